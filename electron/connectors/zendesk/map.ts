import { z } from 'zod';
import type { ToolOutput } from '../../../shared/tools';
import type { CustomerDirectory } from '../system';
import type { InboundComment, InboundTicket } from '../inbound/ticket-source';

type Ticket = ToolOutput<'tickets.update'>['ticket'];
type TicketStatus = Ticket['status'];
type TicketPriority = Ticket['priority'];

// Vendor replies, the fields the connector uses only.

export const ZendeskUser = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string().nullish(),
  role: z.string().optional(),
});
export type ZendeskUser = z.infer<typeof ZendeskUser>;

export const UserReply = z.object({ user: ZendeskUser });

export const ZendeskTicket = z.object({
  id: z.number(),
  subject: z.string().nullish(),
  status: z.string(),
  priority: z.string().nullish(),
  tags: z.array(z.string()).default([]),
  requester_id: z.number(),
  assignee_id: z.number().nullish(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ZendeskTicket = z.infer<typeof ZendeskTicket>;

export const TicketWithUsers = z.object({ ticket: ZendeskTicket, users: z.array(ZendeskUser).default([]) });
export type TicketWithUsers = z.infer<typeof TicketWithUsers>;

/** The reply to a ticket create or update: the audit lists the comment it added. */
export const TicketWrite = z.object({
  ticket: ZendeskTicket,
  audit: z.object({ events: z.array(z.object({ id: z.number(), type: z.string() })) }),
});

export const IncrementalTickets = z.object({
  tickets: z.array(ZendeskTicket),
  users: z.array(ZendeskUser).default([]),
  after_cursor: z.string().nullish(),
  end_of_stream: z.boolean(),
});

export const CommentsPage = z.object({
  comments: z.array(
    z.object({
      id: z.number(),
      author_id: z.number(),
      body: z.string(),
      plain_body: z.string().optional(),
      public: z.boolean(),
      created_at: z.string(),
    }),
  ),
  meta: z.object({ has_more: z.boolean(), after_cursor: z.string().nullish() }),
});
export type ZendeskComment = z.infer<typeof CommentsPage>['comments'][number];

export const ArticleSearch = z.object({
  results: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      body: z.string().nullish(),
      snippet: z.string().nullish(),
    }),
  ),
});

// Mapping to the contract.

/** Zendesk's `new` and `hold` have no contract twin: new is open, on-hold waits like pending. */
const statuses: Record<string, TicketStatus> = {
  new: 'open',
  open: 'open',
  pending: 'pending',
  hold: 'pending',
  solved: 'solved',
  closed: 'closed',
};
export const statusOf = (status: string): TicketStatus => statuses[status] ?? 'open';

const priorities: readonly string[] = ['low', 'normal', 'high', 'urgent'];
export const priorityOf = (priority: string | null | undefined): TicketPriority =>
  priority && priorities.includes(priority) ? (priority as TicketPriority) : 'normal';

/** The id of the comment an audit added, or null when it added none. */
export const commentIdOf = (write: z.infer<typeof TicketWrite>): string | null => {
  const event = write.audit.events.find((e) => e.type === 'Comment');
  return event ? String(event.id) : null;
};

/** The CRM id of the requester, or Zendesk's own id (prefixed so it never equals a CRM id). */
export async function customerIdOf(
  customers: CustomerDirectory,
  email: string | null | undefined,
  requesterId: number,
): Promise<string> {
  const crmId = email ? await customers.idForEmail(email) : null;
  return crmId ?? `zendesk:${requesterId}`;
}

const emailOf = (users: readonly ZendeskUser[], id: number | null | undefined): string | null =>
  users.find((user) => user.id === id)?.email ?? null;

/** A ticket shown with its users sideloaded; the assignee is named by email. */
export async function toTicket(shown: TicketWithUsers, customers: CustomerDirectory): Promise<Ticket> {
  const { ticket, users } = shown;
  return {
    id: String(ticket.id),
    customerId: await customerIdOf(customers, emailOf(users, ticket.requester_id), ticket.requester_id),
    subject: ticket.subject ?? '',
    status: statusOf(ticket.status),
    priority: priorityOf(ticket.priority),
    tags: ticket.tags,
    assignee: emailOf(users, ticket.assignee_id),
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
  };
}

export const requesterEmailOf = (shown: TicketWithUsers): string | null =>
  emailOf(shown.users, shown.ticket.requester_id);

export function toInboundTicket(
  ticket: ZendeskTicket,
  requesterEmail: string | null,
  comments: readonly ZendeskComment[],
  ourId: number,
): InboundTicket {
  return {
    id: String(ticket.id),
    subject: ticket.subject ?? '',
    requesterEmail,
    status: statusOf(ticket.status),
    updatedAt: ticket.updated_at,
    comments: comments.map((comment): InboundComment => ({
      id: String(comment.id),
      byUs: comment.author_id === ourId,
      byRequester: comment.author_id === ticket.requester_id,
      public: comment.public,
      text: comment.plain_body ?? comment.body,
      at: comment.created_at,
    })),
  };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Help Center HTML as plain text: tags dropped, common entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (!name.startsWith('#')) return entities[name.toLowerCase()] ?? whole;
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const snippetLength = 240;

/** Search hits in Zendesk's order; the score falls with the rank, as Zendesk gives none. */
export function toSearchResults(
  search: z.infer<typeof ArticleSearch>,
  limit: number,
): ToolOutput<'kb.search'>['results'] {
  const hits = search.results.slice(0, limit);
  return hits.map((hit, index) => {
    const text = htmlToText(hit.snippet || hit.body || '');
    return {
      id: String(hit.id),
      title: htmlToText(hit.title),
      snippet: text.length > snippetLength ? `${text.slice(0, snippetLength - 1).trimEnd()}…` : text,
      score: Math.round((1 - index / hits.length) * 1000) / 1000,
    };
  });
}
