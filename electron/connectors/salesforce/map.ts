import { z } from 'zod';
import type { ToolInput, ToolOutput } from '../../../shared/tools';
import type { InteractionRecord } from '../../tools/connector';

type Customer = ToolOutput<'crm.findCustomer'>['customers'][number];
type Interaction = ToolOutput<'crm.logInteraction'>['interaction'];
type Note = ToolOutput<'crm.getCustomer'>['notes'][number];

export const UserInfo = z.object({ preferred_username: z.string(), organization_id: z.string() });

export const contactFields = [
  'Id',
  'Name',
  'Email',
  'Phone',
  'CreatedDate',
  'Description',
  'LastModifiedDate',
];

export const taskFields = ['Id', 'Subject', 'Description', 'TaskSubtype', 'CreatedDate'];

export const Task = z.object({
  Id: z.string(),
  Subject: z.string().nullable(),
  Description: z.string().nullable(),
  TaskSubtype: z.string().nullable(),
  CreatedDate: z.string(),
});
export type Task = z.infer<typeof Task>;

export const queryResult = <T extends z.ZodType>(record: T) => z.object({ records: z.array(record) });

export const Contact = z.object({
  Id: z.string(),
  Name: z.string(),
  Email: z.string().nullable(),
  Phone: z.string().nullable(),
  CreatedDate: z.string(),
  Description: z.string().nullable(),
  LastModifiedDate: z.string(),
});
export type Contact = z.infer<typeof Contact>;

/** A contact with its `Tasks` sub-query (null when it has none). */
export const ContactWithTasks = Contact.extend({ Tasks: queryResult(Task).nullable() });

export const ContactEmail = z.object({ Id: z.string(), Email: z.string().nullable() });

export const SearchResult = z.object({ searchRecords: z.array(Contact) });

export const TaskCreated = z.object({ id: z.string(), success: z.literal(true) });

/** Salesforce writes times as 2024-03-02T15:04:05.000+0000; the app keeps ISO 8601 with Z. */
export const isoTime = (time: string): string =>
  new Date(time.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString();

/** Salesforce has no loyalty tier or lifetime value on a Contact: every customer is bronze with 0. */
export const customerOf = (contact: Contact): Customer => ({
  id: contact.Id,
  name: contact.Name,
  email: contact.Email ?? '',
  phone: contact.Phone,
  tier: 'bronze',
  lifetimeValue: 0,
  createdAt: isoTime(contact.CreatedDate),
});

/** The contact's Description field is its note. */
export const notesOf = (contact: Contact): Note[] =>
  contact.Description?.trim()
    ? [{ at: isoTime(contact.LastModifiedDate), text: contact.Description.trim() }]
    : [];

/**
 * A Task the app logs has the Subject "Support contact (<channel>): <topic>" and the Description
 * "<summary>\n\nOutcome: <outcome>" with "\nCSAT: n/5" when rated; TaskSubtype is Call, Email or Task.
 */
export function taskOf(input: ToolInput<'crm.logInteraction'>, today: string) {
  return {
    WhoId: input.customerId,
    Subject: `Support contact (${input.channel}): ${input.topic}`,
    Description: [
      input.summary,
      '',
      `Outcome: ${input.outcome}`,
      ...(input.csat === undefined ? [] : [`CSAT: ${input.csat}/5`]),
    ].join('\n'),
    Status: 'Completed',
    ActivityDate: today,
    TaskSubtype: input.channel === 'phone' ? 'Call' : input.channel === 'email' ? 'Email' : 'Task',
  };
}

const subtypeChannels: Record<string, string> = { Call: 'phone', Email: 'email' };

/** Any Task on the contact is an interaction; ones the app logged give back every field. */
export function interactionOfTask(task: Task, customerId: string): Interaction {
  const subject = /^Support contact \((\w+)\): (.+)$/.exec(task.Subject ?? '');
  const lines = (task.Description ?? '').split('\n');
  const csat = /^CSAT: ([1-5])\/5$/.exec(lines.at(-1) ?? '');
  if (csat) lines.pop();
  const outcome = lines.at(-1)?.startsWith('Outcome: ') ? lines.pop()!.slice('Outcome: '.length) : '';
  return {
    id: task.Id,
    customerId,
    channel: subject?.[1] ?? subtypeChannels[task.TaskSubtype ?? ''] ?? 'other',
    at: isoTime(task.CreatedDate),
    topic: subject?.[2] ?? task.Subject ?? '',
    summary: lines.join('\n').trim(),
    outcome,
    csat: csat ? Number(csat[1]) : null,
  };
}

export const interactionRecord = ({ id, at, channel, topic, summary }: Interaction): InteractionRecord => ({
  id,
  at,
  channel,
  topic,
  summary,
});
