import type { OpenSystem, SystemDeps } from '../system';
import type { HttpClient } from '../http/http-client';
import { ConnectorError } from '../http/connector-error';
import { ToolError } from '../../tools/tool-error';
import { isTicketId, showTicket, updateTicket } from './client';
import { ArticleSearch, TicketWrite, commentIdOf, toSearchResults, toTicket } from './map';

const checkedTicketId = (id: string): string => {
  if (!isTicketId(id)) throw new ToolError('not_found', `No Zendesk ticket with id ${id}.`);
  return id;
};

const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** The handlers of the `tickets` and `kb` groups. Every ticket returned is read back with its users. */
export function zendeskTools(http: HttpClient, deps: SystemDeps): OpenSystem['handlers'] {
  const readBack = async (id: string, signal?: AbortSignal) =>
    toTicket(await showTicket(http, id, signal), deps.customers);

  return {
    'tickets.create': async (input, context) => {
      let requester: { email: string } | undefined;
      if (input.customerId !== undefined) {
        const email = await deps.customers.emailForId(input.customerId);
        if (!email) throw new ToolError('not_found', `No customer with id ${input.customerId}.`);
        requester = { email };
      }
      const created = await http.request({
        method: 'POST',
        path: '/api/v2/tickets.json',
        json: {
          ticket: {
            subject: input.subject,
            comment: { body: input.body },
            priority: input.priority,
            tags: input.tags,
            ...(requester ? { requester } : {}),
          },
        },
        idempotencyKey: context.idempotencyKey,
        schema: TicketWrite,
        signal: context.signal,
      });
      return { ticket: await readBack(String(created.ticket.id), context.signal) };
    },

    'tickets.comment': async (input, context) => {
      const id = checkedTicketId(input.ticketId);
      const comment = { body: input.body, public: input.public };
      const written = await updateTicket(http, id, { comment }, context.signal);
      const commentId = commentIdOf(written);
      if (commentId === null)
        throw new ConnectorError(
          'zendesk',
          'unexpected_response',
          `Zendesk added no comment to ticket ${id}.`,
        );
      return { commentId, ticket: await readBack(id, context.signal) };
    },

    'tickets.update': async (input, context) => {
      const id = checkedTicketId(input.ticketId);
      const change: Record<string, unknown> = {};
      if (input.status !== undefined) change.status = input.status;
      if (input.priority !== undefined) change.priority = input.priority;
      if (input.tags !== undefined) change.tags = input.tags;
      if (input.assignee === null) change.assignee_id = null;
      else if (input.assignee !== undefined) {
        if (!isEmail(input.assignee))
          throw new ToolError(
            'bad_request',
            'Zendesk assigns tickets by the agent’s email address.',
            'assignee',
          );
        change.assignee_email = input.assignee;
      }
      if (Object.keys(change).length === 0)
        throw new ToolError('bad_request', 'Give a status, priority, tags or assignee to change.');
      await updateTicket(http, id, change, context.signal);
      return { ticket: await readBack(id, context.signal) };
    },

    'kb.search': async (input, context) => {
      const search = await http.request({
        method: 'GET',
        path: '/api/v2/help_center/articles/search.json',
        query: { query: input.query, per_page: input.limit },
        schema: ArticleSearch,
        signal: context.signal,
      });
      return { results: toSearchResults(search, input.limit) };
    },
  };
}
