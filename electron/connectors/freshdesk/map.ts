import { z } from 'zod';
import type { ToolOutput } from '../../../shared/tools';
import type { InboundComment, InboundTicket } from '../inbound/ticket-source';
import type { CustomerDirectory } from '../system';

type Ticket = ToolOutput<'tickets.update'>['ticket'];
type TicketStatus = Ticket['status'];
type TicketPriority = Ticket['priority'];

// Vendor replies, the fields the connector uses only.

export const FreshdeskAgent = z.object({
  id: z.number(),
  contact: z.object({ name: z.string(), email: z.string().nullish() }),
});
export type FreshdeskAgent = z.infer<typeof FreshdeskAgent>;

export const FreshdeskTicket = z.object({
  id: z.number(),
  subject: z.string().nullish(),
  status: z.number(),
  priority: z.number(),
  tags: z.array(z.string()).nullish(),
  requester_id: z.number(),
  responder_id: z.number().nullish(),
  created_at: z.string(),
  updated_at: z.string(),
  description_text: z.string().nullish(),
  /** Present with `include=requester`. */
  requester: z.object({ email: z.string().nullish() }).nullish(),
});
export type FreshdeskTicket = z.infer<typeof FreshdeskTicket>;

/** A conversation entry: a reply, a note, or a customer's message. Replies carry no `private`. */
export const Conversation = z.object({
  id: z.number(),
  body_text: z.string().nullish(),
  user_id: z.number(),
  private: z.boolean().default(false),
  created_at: z.string(),
});
export type Conversation = z.infer<typeof Conversation>;

export const SolutionArticles = z.array(
  z.object({ id: z.number(), title: z.string(), description_text: z.string().nullish() }),
);

// Freshdesk's numeric codes. Custom statuses (6 and up) are waiting states such as "Waiting on customer".

const statusByCode: Record<number, TicketStatus> = { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' };
export const statusOf = (code: number): TicketStatus => statusByCode[code] ?? 'pending';
export const statusCodes: Record<TicketStatus, number> = { open: 2, pending: 3, solved: 4, closed: 5 };

const priorityByCode: Record<number, TicketPriority> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' };
export const priorityOf = (code: number): TicketPriority => priorityByCode[code] ?? 'normal';
export const priorityCodes: Record<TicketPriority, number> = { low: 1, normal: 2, high: 3, urgent: 4 };

/** Plain text as the HTML Freshdesk expects in descriptions, replies and notes. */
export const textToHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r?\n/g, '<br>');

/** The CRM id of the requester, or Freshdesk's own id (prefixed so it never equals a CRM id). */
export async function customerIdOf(customers: CustomerDirectory, ticket: FreshdeskTicket): Promise<string> {
  const email = ticket.requester?.email;
  const crmId = email ? await customers.idForEmail(email) : null;
  return crmId ?? `freshdesk:${ticket.requester_id}`;
}

/** A ticket read with `include=requester`; the assignee is named by the agent's email. */
export async function toTicket(
  ticket: FreshdeskTicket,
  customers: CustomerDirectory,
  assignee: string | null,
): Promise<Ticket> {
  return {
    id: String(ticket.id),
    customerId: await customerIdOf(customers, ticket),
    subject: ticket.subject ?? '',
    status: statusOf(ticket.status),
    priority: priorityOf(ticket.priority),
    tags: ticket.tags ?? [],
    assignee,
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
  };
}

/**
 * A ticket with its conversation. Freshdesk keeps the requester's first message as the ticket's
 * description, not as a conversation entry, so it becomes the first comment with a derived id.
 */
export function toInboundTicket(
  ticket: FreshdeskTicket,
  conversations: readonly Conversation[],
  ourId: number,
): InboundTicket {
  const description: InboundComment = {
    id: `${ticket.id}-description`,
    byUs: ticket.requester_id === ourId,
    byRequester: true,
    public: true,
    text: ticket.description_text ?? '',
    at: ticket.created_at,
  };
  return {
    id: String(ticket.id),
    subject: ticket.subject ?? '',
    requesterEmail: ticket.requester?.email ?? null,
    status: statusOf(ticket.status),
    updatedAt: ticket.updated_at,
    comments: [
      description,
      ...conversations.map((entry): InboundComment => ({
        id: String(entry.id),
        byUs: entry.user_id === ourId,
        byRequester: entry.user_id === ticket.requester_id && !entry.private,
        public: !entry.private,
        text: entry.body_text ?? '',
        at: entry.created_at,
      })),
    ],
  };
}

const snippetLength = 240;

/** Search hits in Freshdesk's order; the score falls with the rank, as Freshdesk gives none. */
export function toSearchResults(
  articles: z.infer<typeof SolutionArticles>,
  limit: number,
): ToolOutput<'kb.search'>['results'] {
  const hits = articles.slice(0, limit);
  return hits.map((article, index) => {
    const text = (article.description_text ?? '').replace(/\s+/g, ' ').trim();
    return {
      id: String(article.id),
      title: article.title,
      snippet: text.length > snippetLength ? `${text.slice(0, snippetLength - 1).trimEnd()}…` : text,
      score: Math.round((1 - index / hits.length) * 1000) / 1000,
    };
  });
}
