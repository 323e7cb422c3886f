import type { HttpClient } from '../http/http-client';
import { ConnectorError } from '../http/connector-error';
import type { InboundTicket, TicketSource } from '../inbound/ticket-source';
import { isTicketId, signedInUser, updateTicket } from './client';
import {
  CommentsPage,
  IncrementalTickets,
  UserReply,
  commentIdOf,
  toInboundTicket,
  type ZendeskComment,
  type ZendeskTicket,
  type ZendeskUser,
} from './map';

/** How far back the first pull reaches. */
const firstWindowSeconds = 7 * 24 * 3600;

/**
 * Zendesk as a ticket source: the cursor-based incremental export (its `after_cursor` is the stored
 * cursor), each ticket's comments in full, and replies and notes as ticket updates.
 */
export function zendeskTicketSource(http: HttpClient, now: () => Date): TicketSource {
  let ourId: Promise<number> | null = null;
  /** The account the app posts as, asked once; a failed ask is asked again next time. */
  const ourUserId = (): Promise<number> => {
    ourId ??= signedInUser(http).then(
      (user) => user.id,
      (error: unknown) => {
        ourId = null;
        throw error;
      },
    );
    return ourId;
  };

  async function commentsOf(ticketId: number, signal?: AbortSignal): Promise<ZendeskComment[]> {
    const comments: ZendeskComment[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await http.request({
        method: 'GET',
        path: `/api/v2/tickets/${ticketId}/comments.json`,
        query: { 'page[size]': 100, 'page[after]': after },
        schema: CommentsPage,
        signal,
      });
      comments.push(...page.comments);
      if (!page.meta.has_more || !page.meta.after_cursor) return comments;
      after = page.meta.after_cursor;
    }
  }

  async function requesterEmail(ticket: ZendeskTicket, users: ZendeskUser[], signal?: AbortSignal) {
    let user = users.find((u) => u.id === ticket.requester_id);
    if (!user) {
      user = (
        await http.request({
          method: 'GET',
          path: `/api/v2/users/${ticket.requester_id}.json`,
          schema: UserReply,
          signal,
        })
      ).user;
      users.push(user);
    }
    return user.email ?? null;
  }

  async function post(ticketId: string, ticket: Record<string, unknown>) {
    if (!isTicketId(ticketId))
      throw new ConnectorError('zendesk', 'not_found', `No Zendesk ticket with id ${ticketId}.`);
    return { commentId: commentIdOf(await updateTicket(http, ticketId, ticket)) };
  }

  return {
    async pull(cursor, signal) {
      const start = Math.floor(now().getTime() / 1000) - firstWindowSeconds;
      const page = await http.request({
        method: 'GET',
        path: '/api/v2/incremental/tickets/cursor.json',
        query: {
          ...(cursor ? { cursor } : { start_time: start }),
          include: 'users',
          exclude_deleted: true,
        },
        schema: IncrementalTickets,
        signal,
      });
      const me = await ourUserId();
      const tickets: InboundTicket[] = [];
      for (const ticket of page.tickets) {
        if (ticket.status === 'deleted') continue;
        const email = await requesterEmail(ticket, page.users, signal);
        tickets.push(toInboundTicket(ticket, email, await commentsOf(ticket.id, signal), me));
      }
      return { tickets, cursor: page.after_cursor ?? cursor, more: !page.end_of_stream };
    },

    // Zendesk takes no idempotency key on updates, so `key` is not sent.
    postReply: (ticketId, text) => post(ticketId, { comment: { body: text, public: true } }),

    postNote: (ticketId, text, _key, change) =>
      post(ticketId, {
        comment: { body: text, public: false },
        ...(change?.status ? { status: change.status } : {}),
        // `tags` would replace the ticket's list; `additional_tags` adds to it.
        ...(change?.tags?.length ? { additional_tags: change.tags } : {}),
      }),
  };
}
