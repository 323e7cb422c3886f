import { z } from 'zod';
import { registerSecret } from '../../security/secret-registry';
import { ConnectorError } from '../http/connector-error';
import { createHttpClient } from '../http/http-client';
import type { SystemDeps } from '../system';
import { accountUrl } from '../account-url';

/** Settings leave an unset optional field as ''; treat it as absent so the default applies. */
const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);

export const ShopifyConfig = z.object({
  baseUrl: accountUrl('myshopify.com'),
  accessToken: z.string().trim().min(1),
  apiVersion: z.preprocess(
    blankAsAbsent,
    z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}|unstable)$/, 'expected a version such as 2025-07')
      .default('2025-07'),
  ),
});
export type ShopifyConfig = z.infer<typeof ShopifyConfig>;

const GraphqlError = z.object({
  message: z.string(),
  extensions: z.object({ code: z.string().optional(), requiredAccess: z.string().optional() }).optional(),
});

const Envelope = z.object({
  data: z.unknown().optional(),
  errors: z.array(GraphqlError).optional(),
  extensions: z
    .object({
      cost: z
        .object({
          requestedQueryCost: z.number(),
          throttleStatus: z.object({ currentlyAvailable: z.number(), restoreRate: z.number() }),
        })
        .optional(),
    })
    .optional(),
});
type Envelope = z.infer<typeof Envelope>;

/** The access scope named in an ACCESS_DENIED error or a 403 body ("Required access: `read_orders` …"). */
export function scopeNamed(text: string | undefined): string | null {
  return text === undefined ? null : (/\b((?:read|write)_\w+)/.exec(text)?.[1] ?? null);
}

const maxAttempts = 3;
const maxThrottleWaitMs = 30_000;

/** How long until the bucket holds the query's cost again. */
function throttleWaitMs(cost: NonNullable<Envelope['extensions']>['cost']): number {
  if (!cost || cost.throttleStatus.restoreRate <= 0) return 1000;
  const missing = cost.requestedQueryCost - cost.throttleStatus.currentlyAvailable;
  return Math.max(1000, Math.ceil((missing / cost.throttleStatus.restoreRate) * 1000));
}

export interface ShopifyApi {
  readonly apiVersion: string;
  /** A read: repeated after network faults and 5xx like any read. */
  query<T>(document: string, variables: object, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T>;
  /** A write: repeated only when Shopify throttled it, which means it did not run. */
  mutate<T>(document: string, variables: object, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T>;
}

/**
 * The Admin GraphQL API over the app's request helper. No SDK: `@shopify/admin-api-client` forces
 * https on the store domain, so it cannot reach a test server on 127.0.0.1.
 */
export function shopifyClient(config: ShopifyConfig, deps: SystemDeps): ShopifyApi {
  registerSecret(config.accessToken);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const http = createHttpClient({
    system: 'shopify',
    baseUrl: config.baseUrl,
    headers: () => ({ 'x-shopify-access-token': config.accessToken }),
    // The mutations used here take no idempotency key (Shopify's @idempotent covers refunds and inventory).
    idempotencyHeader: null,
    missingScope: (body) => scopeNamed(JSON.stringify(body)),
    health: deps.health,
    onCall: deps.onCall,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    sleep,
  });
  const path = `/admin/api/${config.apiVersion}/graphql.json`;

  async function run<T>(
    document: string,
    variables: object,
    schema: z.ZodType<T>,
    read: boolean,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const reply = await http.request({
        method: 'POST',
        path,
        json: { query: document, variables },
        schema: Envelope,
        signal,
        // GraphQL reads are POSTs: marked so, they are repeated after network faults like any read.
        repeatable: read,
      });
      const errors = reply.errors ?? [];
      if (errors.some((e) => e.extensions?.code === 'THROTTLED')) {
        const waitMs = throttleWaitMs(reply.extensions?.cost);
        if (attempt < maxAttempts && waitMs <= maxThrottleWaitMs) {
          await sleep(waitMs);
          continue;
        }
        throw new ConnectorError('shopify', 'rate_limited', 'Shopify throttled the call; try again shortly.');
      }
      const denied = errors.find((e) => e.extensions?.code === 'ACCESS_DENIED');
      if (denied) {
        const scope = scopeNamed(denied.extensions?.requiredAccess ?? denied.message);
        throw new ConnectorError(
          'shopify',
          'scope_missing',
          `shopify refused the call${scope ? `: the token lacks the scope ${scope}` : ` (${denied.message})`}.`,
          scope ? { scope } : {},
        );
      }
      if (errors.length > 0)
        throw new ConnectorError(
          'shopify',
          'unexpected_response',
          `Shopify refused the query: ${errors[0]!.message}`,
        );
      const parsed = schema.safeParse(reply.data);
      if (!parsed.success) {
        const where = parsed.error.issues[0]?.path.join('.') || 'data';
        throw new ConnectorError(
          'shopify',
          'unexpected_response',
          `Shopify answered with data the app does not understand (${where}).`,
        );
      }
      return parsed.data;
    }
  }

  return {
    apiVersion: config.apiVersion,
    query: (document, variables, schema, signal) => run(document, variables, schema, true, signal),
    mutate: (document, variables, schema, signal) => run(document, variables, schema, false, signal),
  };
}
