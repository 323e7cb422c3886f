import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import json from './data/support-text.json' with { type: 'json' };

export interface InteractionTemplate {
  topic: string;
  summaries: readonly string[];
  outcomes: readonly string[];
}

export interface TicketTemplate {
  subject: string;
  tags: readonly string[];
  priority: 'low' | 'normal' | 'high' | 'urgent';
  /** Alternating customer and agent messages, customer first. */
  thread: readonly string[];
}

const Text = z.string().min(1);
const Texts = z.array(Text).min(1);

const SupportText = z.strictObject({
  interactions: z.array(z.strictObject({ topic: Text, summaries: Texts, outcomes: Texts })).min(1),
  notes: Texts,
  tickets: z
    .array(
      z.strictObject({
        subject: Text,
        tags: z.array(Text),
        priority: z.enum(['low', 'normal', 'high', 'urgent']),
        thread: Texts,
      }),
    )
    .min(1),
  callTitles: Texts,
  callNote: Text,
});

/**
 * The words of generated support history (data/support-text.json): interaction summaries, notes,
 * ticket threads and call titles. `{order}` is replaced by one of the customer's order ids, `{first}`
 * by their first name.
 */
const texts = parseDataFile('electron/sandbox/seed/data/support-text.json', json, SupportText);

export const interactionTemplates: readonly InteractionTemplate[] = texts.interactions;
export const noteTexts: readonly string[] = texts.notes;
export const ticketTemplates: readonly TicketTemplate[] = texts.tickets;
export const callTitles: readonly string[] = texts.callTitles;
/** The note on about half of the booked calls. */
export const callNote: string = texts.callNote;
