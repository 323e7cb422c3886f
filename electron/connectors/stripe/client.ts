import { z } from 'zod';
import { systems } from '../../../shared/connections';
import { registerSecret } from '../../security/secret-registry';
import { createHttpClient, type HttpClient } from '../http/http-client';
import type { SystemDeps } from '../system';

/** Settings leave an unset optional field as ''; treat it as absent so the default applies. */
const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);

export const StripeConfig = z.object({
  baseUrl: z.preprocess(
    blankAsAbsent,
    z.url({ protocol: /^https?$/ }).default(systems.stripe.defaultBaseUrl ?? 'https://api.stripe.com'),
  ),
  secretKey: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'expected a secret key (sk_…) or a restricted key (rk_…)'),
  orderIdMetadataKey: z.preprocess(
    blankAsAbsent,
    z
      .string()
      .trim()
      .regex(/^[\w.-]{1,40}$/, 'expected a metadata key of up to 40 letters, digits, _ . or -')
      .default('order_id'),
  ),
});
export type StripeConfig = z.infer<typeof StripeConfig>;

/** The reply shapes in map.ts are those of this version, whatever the account's default is. */
const stripeVersion = '2025-05-28.basil';

/** Stripe names the permission a restricted key lacks in the 403's message. */
export function missingPermission(body: unknown): string | null {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof message !== 'string') return null;
  return /Having the '(\w+)' permission/.exec(message)?.[1] ?? null;
}

/**
 * The Stripe API over the app's request helper. No SDK: `stripe` can take our fetch, host and key, but
 * it retries on its own schedule and would bypass the helper's health marks and call log.
 */
export function stripeClient(config: StripeConfig, deps: SystemDeps): HttpClient {
  registerSecret(config.secretKey);
  return createHttpClient({
    system: 'stripe',
    baseUrl: config.baseUrl,
    headers: () => ({ authorization: `Bearer ${config.secretKey}`, 'stripe-version': stripeVersion }),
    idempotencyHeader: 'Idempotency-Key',
    missingScope: missingPermission,
    health: deps.health,
    onCall: deps.onCall,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}
