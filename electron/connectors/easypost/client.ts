import { z } from 'zod';
import { systems } from '../../../shared/connections';
import { registerSecret } from '../../security/secret-registry';
import { createHttpClient, type HttpClient } from '../http/http-client';
import type { SystemDeps } from '../system';

export const EasypostConfig = z.object({
  baseUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ })])
    .optional()
    .transform((url) => url || systems.easypost.defaultBaseUrl!),
  apiKey: z.string().trim().min(1),
});
export type EasypostConfig = z.infer<typeof EasypostConfig>;

/**
 * EasyPost's REST API over the app's request helper. No SDK: `@easypost/api` sends through superagent,
 * past our fetch, timeouts and call log. The key is the Basic auth user, with an empty password.
 */
export function easypostClient(config: EasypostConfig, deps: SystemDeps): HttpClient {
  const credential = Buffer.from(`${config.apiKey}:`).toString('base64');
  registerSecret(config.apiKey);
  registerSecret(credential);
  return createHttpClient({
    system: 'easypost',
    baseUrl: config.baseUrl,
    headers: () => ({ authorization: `Basic ${credential}` }),
    idempotencyHeader: null,
    health: deps.health,
    onCall: deps.onCall,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}
