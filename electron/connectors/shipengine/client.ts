import { z } from 'zod';
import { systems } from '../../../shared/connections';
import { registerSecret } from '../../security/secret-registry';
import { createHttpClient, type HttpClient } from '../http/http-client';
import type { SystemDeps } from '../system';

export const ShipengineConfig = z.object({
  baseUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ })])
    .optional()
    .transform((url) => url || systems.shipengine.defaultBaseUrl!),
  apiKey: z.string().trim().min(1),
});
export type ShipengineConfig = z.infer<typeof ShipengineConfig>;

/**
 * ShipEngine's REST API over the app's request helper. No SDK: `shipengine` sends through its own
 * transport, past our fetch, timeouts and call log. The app only reads from ShipEngine.
 */
export function shipengineClient(config: ShipengineConfig, deps: SystemDeps): HttpClient {
  registerSecret(config.apiKey);
  return createHttpClient({
    system: 'shipengine',
    baseUrl: config.baseUrl,
    headers: () => ({ 'api-key': config.apiKey }),
    idempotencyHeader: null,
    health: deps.health,
    onCall: deps.onCall,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}
