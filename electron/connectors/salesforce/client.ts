import { z } from 'zod';
import { registerSecret } from '../../security/secret-registry';
import { createHttpClient, type HttpClient } from '../http/http-client';
import type { SystemDeps } from '../system';

export const SalesforceConfig = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }),
  accessToken: z.string().trim().min(1),
  apiVersion: z
    .union([z.literal(''), z.string().regex(/^\d{2,3}\.0$/, 'expected a version such as 62.0')])
    .optional()
    .transform((version) => version || '62.0'),
});
export type SalesforceConfig = z.infer<typeof SalesforceConfig>;

/** The REST API of one org: the request helper and the versioned data path. */
export interface SalesforceApi {
  http: HttpClient;
  /** `/services/data/v62.0` + path. */
  data(path: string): string;
}

/**
 * Salesforce's REST API over the app's request helper. No SDK: jsforce 3 is large and sends through its
 * own transport, past our timeouts, retries and call log. The REST API has no idempotency keys.
 */
export function salesforceApi(config: SalesforceConfig, deps: SystemDeps): SalesforceApi {
  registerSecret(config.accessToken);
  const http = createHttpClient({
    system: 'salesforce',
    baseUrl: config.baseUrl,
    headers: () => ({ authorization: `Bearer ${config.accessToken}` }),
    idempotencyHeader: null,
    health: deps.health,
    onCall: deps.onCall,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  return { http, data: (path) => `/services/data/v${config.apiVersion}${path}` };
}
