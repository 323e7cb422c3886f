import { z } from 'zod';
import { registerSecret } from '../../security/secret-registry';
import { createHttpClient, type HttpClient } from '../http/http-client';
import type { SystemDeps } from '../system';
import { FreshdeskAgent, FreshdeskTicket } from './map';
import { accountUrl } from '../account-url';

export const FreshdeskConfig = z.object({
  baseUrl: accountUrl('freshdesk.com'),
  apiKey: z.string().trim().min(1),
});
export type FreshdeskConfig = z.infer<typeof FreshdeskConfig>;

/** The Freshdesk API over the app's request helper (Freshdesk publishes no official Node SDK). */
export function freshdeskClient(config: FreshdeskConfig, deps: SystemDeps): HttpClient {
  // Freshdesk's Basic auth: the API key as the user name and any password ("X").
  const credential = Buffer.from(`${config.apiKey}:X`).toString('base64');
  registerSecret(config.apiKey);
  registerSecret(credential);
  return createHttpClient({
    system: 'freshdesk',
    baseUrl: config.baseUrl,
    headers: () => ({ authorization: `Basic ${credential}` }),
    // Freshdesk has no idempotency keys: its writes are sent once.
    idempotencyHeader: null,
    health: deps.health,
    onCall: deps.onCall,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}

/** Freshdesk ticket ids are numbers; anything else names no ticket (and never reaches a URL). */
export const isTicketId = (id: string): boolean => /^\d{1,20}$/.test(id);

export const showTicket = (http: HttpClient, id: string, signal?: AbortSignal) =>
  http.request({
    method: 'GET',
    path: `/api/v2/tickets/${id}`,
    query: { include: 'requester' },
    schema: FreshdeskTicket,
    signal,
  });

export const updateTicket = (
  http: HttpClient,
  id: string,
  change: Record<string, unknown>,
  signal?: AbortSignal,
) =>
  http.request({
    method: 'PUT',
    path: `/api/v2/tickets/${id}`,
    json: change,
    schema: FreshdeskTicket,
    signal,
  });

/** The agent the API key belongs to. */
export const signedInAgent = (http: HttpClient) =>
  http.request({ method: 'GET', path: '/api/v2/agents/me', schema: FreshdeskAgent });

/** Asks once and keeps the answer; a failed ask is asked again next time. */
export function once<T>(ask: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | null = null;
  return () => {
    answer ??= ask().catch((error: unknown) => {
      answer = null;
      throw error;
    });
    return answer;
  };
}
