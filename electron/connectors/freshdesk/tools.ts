import { z } from 'zod';
import { ToolError } from '../../tools/tool-error';
import type { HttpClient } from '../http/http-client';
import type { OpenSystem, SystemDeps } from '../system';
import { isTicketId, showTicket, updateTicket } from './client';
import {
  Conversation,
  FreshdeskAgent,
  FreshdeskTicket,
  SolutionArticles,
  priorityCodes,
  statusCodes,
  textToHtml,
  toSearchResults,
  toTicket,
  type FreshdeskAgent as Agent,
} from './map';

const checkedTicketId = (id: string): string => {
  if (!isTicketId(id)) throw new ToolError('not_found', `No Freshdesk ticket with id ${id}.`);
  return id;
};

const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

type Handlers = OpenSystem['handlers'];

/** What the ticket handlers share: the client, the app's deps and the agent it signs in as. */
interface Freshdesk {
  http: HttpClient;
  deps: SystemDeps;
  us: () => Promise<Agent>;
  /** The ticket as the tools return it, read back with its requester and its assignee's email. */
  readBack: (id: string, signal?: AbortSignal) => ReturnType<typeof toTicket>;
}

/** Agents' emails by id, asked once each (a failed lookup is asked again next time). */
function agentEmails(http: HttpClient): (id: number) => Promise<string | null> {
  const emails = new Map<number, Promise<string | null>>();
  return (id) => {
    let email = emails.get(id);
    if (!email) {
      email = http
        .request({ method: 'GET', path: `/api/v2/agents/${id}`, schema: FreshdeskAgent })
        .then((agent) => agent.contact.email ?? null);
      email.catch(() => emails.delete(id));
      emails.set(id, email);
    }
    return email;
  };
}

async function agentIdFor(http: HttpClient, email: string, signal?: AbortSignal): Promise<number> {
  if (!isEmail(email))
    throw new ToolError('bad_request', 'Freshdesk assigns tickets by the agent’s email address.', 'assignee');
  const [agent] = await http.request({
    method: 'GET',
    path: '/api/v2/agents',
    query: { email },
    schema: z.array(FreshdeskAgent),
    signal,
  });
  if (!agent) throw new ToolError('not_found', `No Freshdesk agent with email ${email}.`, 'assignee');
  return agent.id;
}

function ticketHandlers({ http, deps, us, readBack }: Freshdesk): Handlers {
  return {
    'tickets.create': async (input, context) => {
      // Freshdesk needs a requester; a ticket for no customer is filed under the app's own agent.
      let email: string | null | undefined;
      if (input.customerId !== undefined) {
        email = await deps.customers.emailForId(input.customerId);
        if (!email) throw new ToolError('not_found', `No customer with id ${input.customerId}.`);
      } else email = (await us()).contact.email;
      if (!email) throw new ToolError('bad_request', 'The Freshdesk agent the app signs in as has no email.');
      const created = await http.request({
        method: 'POST',
        path: '/api/v2/tickets',
        json: {
          email,
          subject: input.subject,
          description: textToHtml(input.body),
          status: statusCodes.open,
          priority: priorityCodes[input.priority],
          tags: input.tags,
        },
        schema: FreshdeskTicket,
        signal: context.signal,
      });
      return { ticket: await readBack(String(created.id), context.signal) };
    },

    'tickets.comment': async (input, context) => {
      const id = checkedTicketId(input.ticketId);
      const body = textToHtml(input.body);
      const posted = await http.request(
        input.public
          ? { method: 'POST', path: `/api/v2/tickets/${id}/reply`, json: { body }, schema: Conversation }
          : {
              method: 'POST',
              path: `/api/v2/tickets/${id}/notes`,
              json: { body, private: true },
              schema: Conversation,
            },
      );
      return { commentId: String(posted.id), ticket: await readBack(id, context.signal) };
    },

    'tickets.update': async (input, context) => {
      const id = checkedTicketId(input.ticketId);
      const change: Record<string, unknown> = {};
      if (input.status !== undefined) change.status = statusCodes[input.status];
      if (input.priority !== undefined) change.priority = priorityCodes[input.priority];
      if (input.tags !== undefined) change.tags = input.tags;
      if (input.assignee === null) change.responder_id = null;
      else if (input.assignee !== undefined)
        change.responder_id = await agentIdFor(http, input.assignee, context.signal);
      if (Object.keys(change).length === 0)
        throw new ToolError('bad_request', 'Give a status, priority, tags or assignee to change.');
      await updateTicket(http, id, change, context.signal);
      return { ticket: await readBack(id, context.signal) };
    },
  };
}

const kbHandlers = (http: HttpClient): Handlers => ({
  'kb.search': async (input, context) => {
    const articles = await http.request({
      method: 'GET',
      path: '/api/v2/search/solutions',
      query: { term: input.query },
      schema: SolutionArticles,
      signal: context.signal,
    });
    return { results: toSearchResults(articles, input.limit) };
  },
});

/**
 * The handlers of the `tickets` and `kb` groups. Every ticket returned is read back with its
 * requester; its assignee is named by the agent's email.
 */
export function freshdeskTools(http: HttpClient, deps: SystemDeps, us: () => Promise<Agent>): Handlers {
  const agentEmail = agentEmails(http);
  const readBack = async (id: string, signal?: AbortSignal) => {
    const ticket = await showTicket(http, id, signal);
    const assignee = ticket.responder_id ? await agentEmail(ticket.responder_id) : null;
    return toTicket(ticket, deps.customers, assignee);
  };
  return {
    ...ticketHandlers({ http, deps, us, readBack }),
    ...kbHandlers(http),
  };
}
