import { z } from 'zod';
import { registerSecret } from '../../security/secret-registry';
import { createHttpClient, type HttpClient } from '../http/http-client';
import type { SystemDeps } from '../system';
import { TicketWithUsers, TicketWrite, UserReply } from './map';
import { accountUrl } from '../account-url';

export const ZendeskConfig = z.object({
  baseUrl: accountUrl('zendesk.com'),
  email: z.email(),
  apiToken: z.string().trim().min(1),
});
export type ZendeskConfig = z.infer<typeof ZendeskConfig>;

/**
 * The Zendesk API over the app's request helper. No SDK: `node-zendesk` sends through its own
 * transport, past the helper's timeouts, retry rules, health marks and call log.
 */
export function zendeskClient(config: ZendeskConfig, deps: SystemDeps): HttpClient {
  const credential = Buffer.from(`${config.email}/token:${config.apiToken}`).toString('base64');
  registerSecret(config.apiToken);
  registerSecret(credential);
  return createHttpClient({
    system: 'zendesk',
    baseUrl: config.baseUrl,
    headers: () => ({ authorization: `Basic ${credential}` }),
    // Zendesk honours Idempotency-Key on ticket creation; updates are sent without one.
    idempotencyHeader: 'Idempotency-Key',
    health: deps.health,
    onCall: deps.onCall,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}

/** Zendesk ticket ids are numbers; anything else names no ticket (and never reaches a URL). */
export const isTicketId = (id: string): boolean => /^\d{1,20}$/.test(id);

/** A ticket with its requester and assignee sideloaded. */
export const showTicket = (http: HttpClient, id: string, signal?: AbortSignal) =>
  http.request({
    method: 'GET',
    path: `/api/v2/tickets/${id}.json`,
    query: { include: 'users' },
    schema: TicketWithUsers,
    signal,
  });

/** A ticket update; the reply's audit names the comment it added. Sent once: Zendesk takes no key here. */
export const updateTicket = (
  http: HttpClient,
  id: string,
  ticket: Record<string, unknown>,
  signal?: AbortSignal,
) =>
  http.request({
    method: 'PUT',
    path: `/api/v2/tickets/${id}.json`,
    json: { ticket },
    schema: TicketWrite,
    signal,
  });

/** The user the credentials sign in as. */
export const signedInUser = (http: HttpClient) =>
  http
    .request({ method: 'GET', path: '/api/v2/users/me.json', schema: UserReply })
    .then((reply) => reply.user);
