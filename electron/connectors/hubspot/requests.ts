import { ConnectorError } from '../http/connector-error';
import type { HttpClient } from '../http/http-client';
import type { ToolInput } from '../../../shared/tools';
import { Contact, contactProperties, NoteObject, noteBody, noteProperties, searchPage } from './map';

/** One search filter of HubSpot's CRM search; filters in a group must all match, groups are alternatives. */
export interface Filter {
  propertyName: string;
  operator: 'EQ' | 'GTE' | 'CONTAINS_TOKEN';
  value: string;
}

/** HubSpot record ids are numbers; anything else cannot name a contact (and never reaches a URL). */
const isRecordId = (id: string) => /^\d{1,20}$/.test(id);

export async function getContact(
  client: HttpClient,
  id: string,
  signal?: AbortSignal,
): Promise<Contact | null> {
  if (!isRecordId(id)) return null;
  try {
    return await client.request({
      method: 'GET',
      path: `/crm/v3/objects/contacts/${id}`,
      query: { properties: contactProperties.join(',') },
      schema: Contact,
      signal,
    });
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === 'not_found') return null;
    throw error;
  }
}

export async function searchContacts(
  client: HttpClient,
  filterGroups: Filter[][],
  limit: number,
  signal?: AbortSignal,
): Promise<Contact[]> {
  const page = await client.request({
    method: 'POST',
    path: '/crm/v3/objects/contacts/search',
    json: {
      filterGroups: filterGroups.map((filters) => ({ filters })),
      properties: contactProperties,
      limit,
    },
    schema: searchPage(Contact),
    signal,
  });
  return page.results;
}

/** Notes associated with a contact, newest first (`since` is an ISO time). */
export async function notesOfContact(
  client: HttpClient,
  contactId: string,
  options: { since?: string; limit: number },
  signal?: AbortSignal,
): Promise<NoteObject[]> {
  const filters: Filter[] = [{ propertyName: 'associations.contact', operator: 'EQ', value: contactId }];
  if (options.since !== undefined)
    filters.push({ propertyName: 'hs_timestamp', operator: 'GTE', value: String(Date.parse(options.since)) });
  const page = await client.request({
    method: 'POST',
    path: '/crm/v3/objects/notes/search',
    json: {
      filterGroups: [{ filters }],
      properties: noteProperties,
      sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
      limit: options.limit,
    },
    schema: searchPage(NoteObject),
    signal,
  });
  return page.results;
}

/** HubSpot's own association type of a note to a contact. */
const noteToContact = 202;

export function createNote(
  client: HttpClient,
  input: ToolInput<'crm.logInteraction'>,
  at: string,
  signal?: AbortSignal,
): Promise<NoteObject> {
  return client.request({
    method: 'POST',
    path: '/crm/v3/objects/notes',
    json: {
      properties: { hs_timestamp: at, hs_note_body: noteBody(input) },
      associations: [
        {
          to: { id: input.customerId },
          types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: noteToContact }],
        },
      ],
    },
    schema: NoteObject,
    signal,
  });
}
