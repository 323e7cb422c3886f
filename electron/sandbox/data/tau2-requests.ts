import type { z } from 'zod';
import type { ReturnRequest } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import { addDays, iso } from '../../../shared/time';
import type { Tau2Db } from './tau2-schema';

export type Tau2Order = z.output<typeof Tau2Db>['orders'][string];
/** Item id → unit price, over the whole catalog. */
export type PriceOf = ReadonlyMap<string, number>;

/** Counts each sku of a list ("a, a, b" → a×2, b×1), keeping first-seen order. */
function tally(skus: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sku of skus) counts.set(sku, (counts.get(sku) ?? 0) + 1);
  return counts;
}

function returnOf(
  source: Tau2Order,
  skus: readonly string[],
  priceOf: PriceOf,
  n: number,
  at: string,
): ReturnRequest {
  return {
    id: `ret_${String(n).padStart(5, '0')}`,
    orderId: source.order_id,
    kind: 'return',
    items: [...tally(skus)].map(([sku, qty]) => ({ sku, qty, newSku: null })),
    reason: 'Return requested',
    paymentMethod: source.return_payment_method_id ?? null,
    amount: fromCents(skus.reduce((sum, sku) => sum + toCents(priceOf.get(sku) ?? 0), 0)),
    currency: 'USD',
    status: 'requested',
    createdAt: at,
  };
}

function exchangeOf(
  source: Tau2Order,
  skus: readonly string[],
  priceOf: PriceOf,
  n: number,
  at: string,
): ReturnRequest {
  const newSkuOf = (sku: string, i: number) => source.exchange_new_items?.[i] ?? sku;
  const pairs = skus.map((sku, i) => `${sku}\u0000${newSkuOf(sku, i)}`);
  return {
    id: `exc_${String(n).padStart(5, '0')}`,
    orderId: source.order_id,
    kind: 'exchange',
    items: [...tally(pairs)].map(([pair, qty]) => {
      const [sku = '', newSku = ''] = pair.split('\u0000');
      return { sku, qty, newSku };
    }),
    reason: 'Exchange requested',
    paymentMethod: source.exchange_payment_method_id ?? null,
    amount: fromCents(
      skus.reduce(
        (sum, sku, i) => sum + toCents(priceOf.get(newSkuOf(sku, i)) ?? 0) - toCents(priceOf.get(sku) ?? 0),
        0,
      ),
    ),
    currency: 'USD',
    status: 'requested',
    createdAt: at,
  };
}

/**
 * The return or exchange request a τ² order carries (`kind`, from its status), if any: requested 15 days
 * after the order was placed, numbered `n` among the sandbox's returns.
 */
export function requestOf(
  source: Tau2Order,
  kind: 'return' | 'exchange' | undefined,
  placedAt: string,
  priceOf: PriceOf,
  n: number,
): ReturnRequest | null {
  const requestedAt = iso(addDays(new Date(placedAt), 15));
  if (kind === 'return' && source.return_items)
    return returnOf(source, source.return_items, priceOf, n, requestedAt);
  if (kind === 'exchange' && source.exchange_items && source.exchange_new_items)
    return exchangeOf(source, source.exchange_items, priceOf, n, requestedAt);
  return null;
}
