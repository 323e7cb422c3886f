import { z } from 'zod';
import { ConnectorError } from '../http/connector-error';
import type { HttpClient } from '../http/http-client';
import type { TicketSource } from '../inbound/ticket-source';
import { isTicketId, updateTicket } from './client';
import {
  Conversation,
  FreshdeskTicket,
  statusCodes,
  textToHtml,
  toInboundTicket,
  type FreshdeskAgent,
} from './map';

const perPage = 100;
/** Freshdesk serves list pages up to this number. */
const lastPage = 300;
const firstWindowMs = 7 * 24 * 3600 * 1000;

const listPage = (http: HttpClient, since: string, page: number, signal?: AbortSignal) =>
  http.request({
    method: 'GET',
    path: '/api/v2/tickets',
    query: {
      updated_since: since,
      order_by: 'updated_at',
      order_type: 'asc',
      per_page: perPage,
      page,
      include: 'requester,description',
    },
    schema: z.array(FreshdeskTicket),
    signal,
  });

async function conversationsOf(
  http: HttpClient,
  ticketId: number,
  signal?: AbortSignal,
): Promise<Conversation[]> {
  const entries: Conversation[] = [];
  for (let page = 1; ; page++) {
    const batch = await http.request({
      method: 'GET',
      path: `/api/v2/tickets/${ticketId}/conversations`,
      query: { per_page: perPage, page },
      schema: z.array(Conversation),
      signal,
    });
    entries.push(...batch);
    if (batch.length < perPage) return entries;
  }
}

/** Tickets updated since `since`, page by page; `full` when the last page was full (more may follow). */
async function ticketsSince(http: HttpClient, since: string, signal?: AbortSignal) {
  const tickets: FreshdeskTicket[] = [];
  let full: boolean;
  // A full page all updated at `since` would give the same cursor again: read on until it moves.
  for (let page = 1; ; page++) {
    const batch = await listPage(http, since, page, signal);
    tickets.push(...batch);
    full = batch.length === perPage;
    const moved = batch.some((ticket) => ticket.updated_at !== since);
    if (!full || moved || page === lastPage) break;
  }
  return { tickets, full };
}

const checked = (ticketId: string) => {
  if (!isTicketId(ticketId))
    throw new ConnectorError('freshdesk', 'not_found', `No Freshdesk ticket with id ${ticketId}.`);
  return ticketId;
};

/** A private note, then the change of status and tags, if any. */
async function postNote(
  http: HttpClient,
  ticketId: string,
  text: string,
  change: Parameters<TicketSource['postNote']>[3],
): Promise<{ commentId: string }> {
  const id = checked(ticketId);
  const posted = await http.request({
    method: 'POST',
    path: `/api/v2/tickets/${id}/notes`,
    json: { body: textToHtml(text), private: true },
    schema: Conversation,
  });
  const update: Record<string, unknown> = {};
  if (change?.status) update.status = statusCodes[change.status];
  if (change?.tags?.length) {
    // Tags sent on an update replace the ticket's list, so the new ones join the existing ones.
    const current = await http.request({
      method: 'GET',
      path: `/api/v2/tickets/${id}`,
      schema: FreshdeskTicket,
    });
    update.tags = [...new Set([...(current.tags ?? []), ...change.tags])];
  }
  if (Object.keys(update).length > 0) await updateTicket(http, id, update);
  return { commentId: String(posted.id) };
}

/**
 * Freshdesk as a ticket source: tickets by `updated_since`, oldest change first, with their whole
 * conversation. The cursor is the last ticket's `updated_at`; Freshdesk counts tickets updated at that
 * very time again on the next pull, which the app's upsert absorbs.
 */
export function freshdeskTicketSource(
  http: HttpClient,
  now: () => Date,
  us: () => Promise<FreshdeskAgent>,
): TicketSource {
  return {
    async pull(cursor, signal) {
      const since = cursor ?? new Date(now().getTime() - firstWindowMs).toISOString();
      const { tickets, full } = await ticketsSince(http, since, signal);
      const me = await us();
      const inbound = [];
      for (const ticket of tickets)
        inbound.push(toInboundTicket(ticket, await conversationsOf(http, ticket.id, signal), me.id));
      return { tickets: inbound, cursor: tickets.at(-1)?.updated_at ?? cursor, more: full };
    },

    // Freshdesk takes no idempotency key, so `key` is not sent.
    async postReply(ticketId, text) {
      const posted = await http.request({
        method: 'POST',
        path: `/api/v2/tickets/${checked(ticketId)}/reply`,
        json: { body: textToHtml(text) },
        schema: Conversation,
      });
      return { commentId: String(posted.id) };
    },

    postNote: (ticketId, text, _key, change) => postNote(http, ticketId, text, change),
  };
}
