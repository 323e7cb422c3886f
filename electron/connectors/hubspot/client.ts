import { z } from 'zod';
import { systems } from '../../../shared/connections';
import { registerSecret } from '../../security/secret-registry';
import { createHttpClient, type HttpClient } from '../http/http-client';
import type { SystemDeps } from '../system';

export const HubspotConfig = z.object({
  baseUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/ })])
    .optional()
    .transform((url) => url || systems.hubspot.defaultBaseUrl!),
  accessToken: z.string().trim().min(1),
});
export type HubspotConfig = z.infer<typeof HubspotConfig>;

const MissingScopes = z.object({
  category: z.literal('MISSING_SCOPES'),
  errors: z.array(z.object({ context: z.object({ requiredGranularScopes: z.array(z.string()).min(1) }) })),
});

/** The first scope a MISSING_SCOPES 403 asks for (any one of a list is enough, so the first is named). */
export function missingHubspotScope(body: unknown): string | null {
  const parsed = MissingScopes.safeParse(body);
  return parsed.success ? (parsed.data.errors[0]?.context.requiredGranularScopes[0] ?? null) : null;
}

/**
 * HubSpot's REST API over the app's request helper. No SDK: `@hubspot/api-client` 14 needs Node 22 and
 * 13 sends through node-fetch, past our fetch, timeouts and call log. HubSpot has no idempotency keys.
 */
export function hubspotClient(config: HubspotConfig, deps: SystemDeps): HttpClient {
  registerSecret(config.accessToken);
  return createHttpClient({
    system: 'hubspot',
    baseUrl: config.baseUrl,
    headers: () => ({ authorization: `Bearer ${config.accessToken}` }),
    idempotencyHeader: null,
    missingScope: missingHubspotScope,
    health: deps.health,
    onCall: deps.onCall,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}
