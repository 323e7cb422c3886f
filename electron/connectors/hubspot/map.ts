import { z } from 'zod';
import { Tier, type ToolInput, type ToolOutput } from '../../../shared/tools';
import type { InteractionRecord } from '../../tools/connector';

type Customer = ToolOutput<'crm.findCustomer'>['customers'][number];
type Interaction = ToolOutput<'crm.logInteraction'>['interaction'];
type Note = ToolOutput<'crm.getCustomer'>['notes'][number];

const Property = z.string().nullish();

export const AccountDetails = z.object({
  portalId: z.number(),
  companyCurrency: z.string(),
  timeZone: z.string(),
});

/**
 * The contact properties the app reads. `customer_tier` (bronze…platinum) and `total_revenue` are
 * optional: HubSpot ignores properties a portal does not have, and the mapping falls back to bronze and 0.
 */
export const contactProperties = [
  'email',
  'firstname',
  'lastname',
  'phone',
  'customer_tier',
  'total_revenue',
];

export const Contact = z.object({
  id: z.string(),
  createdAt: z.string(),
  properties: z.object({
    email: Property,
    firstname: Property,
    lastname: Property,
    phone: Property,
    customer_tier: Property,
    total_revenue: Property,
  }),
});
export type Contact = z.infer<typeof Contact>;

export const noteProperties = ['hs_note_body', 'hs_timestamp'];

export const NoteObject = z.object({
  id: z.string(),
  createdAt: z.string(),
  properties: z.object({ hs_note_body: Property, hs_timestamp: Property }),
});
export type NoteObject = z.infer<typeof NoteObject>;

export const searchPage = <T extends z.ZodType>(item: T) => z.object({ results: z.array(item) });

export function customerOf(contact: Contact): Customer {
  const { email, firstname, lastname, phone, customer_tier, total_revenue } = contact.properties;
  const tier = Tier.safeParse(customer_tier?.trim().toLowerCase());
  const revenue = Number(total_revenue ?? '');
  return {
    id: contact.id,
    name: [firstname, lastname].filter(Boolean).join(' ') || (email ?? ''),
    email: email ?? '',
    phone: phone || null,
    tier: tier.success ? tier.data : 'bronze',
    lifetimeValue: total_revenue && Number.isFinite(revenue) ? revenue : 0,
    createdAt: contact.createdAt,
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** A note body as lines of text: paragraphs and breaks become newlines, other tags go. */
export function noteText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name]!)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * An interaction the app logs is a note whose first line reads "Support contact (<channel>): <topic>",
 * then the summary, then "Outcome: …" and, when rated, "CSAT: n/5". Notes in any other shape are a
 * rep's own notes and are shown as notes, not as contacts.
 */
export function noteBody(input: ToolInput<'crm.logInteraction'>): string {
  const lines = [
    `<strong>Support contact (${input.channel}): ${escapeHtml(input.topic)}</strong>`,
    ...input.summary.split('\n').map(escapeHtml),
    `Outcome: ${escapeHtml(input.outcome)}`,
    ...(input.csat === undefined ? [] : [`CSAT: ${input.csat}/5`]),
  ];
  return lines.map((line) => `<p>${line}</p>`).join('');
}

const noteAt = (note: NoteObject) => note.properties.hs_timestamp || note.createdAt;

export function interactionOfNote(note: NoteObject, customerId: string): Interaction | null {
  const lines = noteText(note.properties.hs_note_body ?? '').split('\n');
  const head = /^Support contact \((\w+)\): (.+)$/.exec(lines[0] ?? '');
  if (!head) return null;
  const csat = /^CSAT: ([1-5])\/5$/.exec(lines.at(-1) ?? '');
  const body = csat ? lines.slice(1, -1) : lines.slice(1);
  const outcome = body.at(-1)?.startsWith('Outcome: ') ? body.pop()!.slice('Outcome: '.length) : '';
  return {
    id: note.id,
    customerId,
    channel: head[1]!,
    at: noteAt(note),
    topic: head[2]!,
    summary: body.join('\n'),
    outcome,
    csat: csat ? Number(csat[1]) : null,
  };
}

export const noteOf = (note: NoteObject): Note => ({
  at: noteAt(note),
  text: noteText(note.properties.hs_note_body ?? ''),
});

export const interactionRecord = ({ id, at, channel, topic, summary }: Interaction): InteractionRecord => ({
  id,
  at,
  channel,
  topic,
  summary,
});
