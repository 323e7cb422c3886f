import type { z } from 'zod';
import type { ToolInput } from '../../../shared/tools';
import type { SalesforceApi } from './client';
import {
  Contact,
  ContactEmail,
  ContactWithTasks,
  contactFields,
  queryResult,
  SearchResult,
  TaskCreated,
  taskFields,
  Task,
  taskOf,
} from './map';
import { isSalesforceId, soqlDateTime, soqlString } from './soql';

/** The records of one SOQL query (the first page, which the app's LIMITs keep whole). */
export async function query<T extends z.ZodType>(
  api: SalesforceApi,
  soql: string,
  record: T,
  signal?: AbortSignal,
): Promise<z.output<T>[]> {
  const result = await api.http.request({
    method: 'GET',
    path: api.data('/query'),
    query: { q: soql },
    schema: queryResult(record),
    signal,
  });
  return result.records;
}

/** Contacts matching a SOQL condition, or (with a phone) a SOSL phone search narrowed by it. */
export async function findContacts(
  api: SalesforceApi,
  where: string[],
  phoneDigits: string | undefined,
  limit: number,
  signal?: AbortSignal,
): Promise<Contact[]> {
  const condition = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  if (phoneDigits === undefined)
    return query(
      api,
      `SELECT ${contactFields.join(', ')} FROM Contact${condition} ORDER BY Name LIMIT ${limit}`,
      Contact,
      signal,
    );
  // SOSL compares phone fields digit by digit, whatever their formatting; the term is digits only.
  const result = await api.http.request({
    method: 'GET',
    path: api.data('/search'),
    query: {
      q: `FIND {${phoneDigits}} IN PHONE FIELDS RETURNING Contact(${contactFields.join(', ')}${condition} LIMIT ${limit})`,
    },
    schema: SearchResult,
    signal,
  });
  return result.searchRecords;
}

const recentTasks = 5;

export async function contactWithTasks(api: SalesforceApi, id: string, signal?: AbortSignal) {
  if (!isSalesforceId(id)) return null;
  const tasks = `SELECT ${taskFields.join(', ')} FROM Tasks ORDER BY CreatedDate DESC LIMIT ${recentTasks}`;
  const [contact] = await query(
    api,
    `SELECT ${contactFields.join(', ')}, (${tasks}) FROM Contact WHERE Id = ${soqlString(id)}`,
    ContactWithTasks,
    signal,
  );
  return contact ?? null;
}

/** A contact's email; null when there is no such contact, '' when it has no email. */
export async function contactEmail(
  api: SalesforceApi,
  id: string,
  signal?: AbortSignal,
): Promise<string | null> {
  if (!isSalesforceId(id)) return null;
  const [contact] = await query(
    api,
    `SELECT Id, Email FROM Contact WHERE Id = ${soqlString(id)}`,
    ContactEmail,
    signal,
  );
  return contact ? (contact.Email ?? '') : null;
}

export async function createTask(
  api: SalesforceApi,
  input: ToolInput<'crm.logInteraction'>,
  today: string,
  signal?: AbortSignal,
): Promise<string> {
  const created = await api.http.request({
    method: 'POST',
    path: api.data('/sobjects/Task'),
    json: taskOf(input, today),
    schema: TaskCreated,
    signal,
  });
  return created.id;
}

const tasksPage = 200;

export async function tasksSince(api: SalesforceApi, contactId: string, since: string) {
  if (!isSalesforceId(contactId)) return [];
  return query(
    api,
    `SELECT ${taskFields.join(', ')} FROM Task WHERE WhoId = ${soqlString(contactId)} AND CreatedDate >= ${soqlDateTime(since)} ORDER BY CreatedDate DESC LIMIT ${tasksPage}`,
    Task,
  );
}
