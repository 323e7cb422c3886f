import type { InteractionRecord } from '../../tools/connector';
import type { HttpClient } from '../http/http-client';
import { interactionOfNote, interactionRecord } from './map';
import { notesOfContact } from './requests';

/** HubSpot returns at most 200 records a search page; more contacts than that in the window is plenty. */
const pageSize = 200;

/** The contacts the app logged with a customer (notes in its format) at or after `since`, newest first. */
export const interactionsSince =
  (client: HttpClient) =>
  async (customerId: string, since: string): Promise<InteractionRecord[]> => {
    if (!/^\d+$/.test(customerId)) return [];
    const notes = await notesOfContact(client, customerId, { since, limit: pageSize });
    return notes.flatMap((note) => {
      const interaction = interactionOfNote(note, customerId);
      return interaction ? [interactionRecord(interaction)] : [];
    });
  };
