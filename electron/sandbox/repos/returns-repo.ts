import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import { Id, PositiveInt, text, type Order, type ReturnItem, type ReturnRequest } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import { loadOrder, readReturns, returnWriter } from '../tables/orders';
import { checkInput, nextId, orderNotFound, systemClock, type Clock } from './repo-support';

const NewReturn = z.strictObject({
  orderId: Id,
  items: z
    .array(z.strictObject({ sku: Id, qty: PositiveInt }))
    .min(1, { error: 'expected at least one item' }),
  reason: text(500),
  paymentMethod: text(100).optional(),
});
export type NewReturn = z.input<typeof NewReturn>;

const NewExchange = z.strictObject({
  orderId: Id,
  items: z
    .array(z.strictObject({ sku: Id, newSku: Id, qty: PositiveInt }))
    .min(1, { error: 'expected at least one item' }),
  reason: text(500),
  paymentMethod: text(100).optional(),
});
export type NewExchange = z.input<typeof NewExchange>;

interface VariantFacts {
  product_id: string;
  price_cents: number;
  available: number;
}

/**
 * Returns and exchanges of delivered orders. It keeps them consistent with the order (only items on
 * it, never more units than were bought across all requests) and leaves entitlement to the policy.
 */
export class ReturnsRepo {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  /** Opens a return of items of a delivered order; the record carries the refund due. */
  createReturn(input: NewReturn): Result<ReturnRequest> {
    const checked = checkInput(NewReturn, input);
    if (!checked.ok) return checked;
    const { orderId, items, reason, paymentMethod } = checked.value;
    return this.db.transaction((): Result<ReturnRequest> => {
      const order = this.returnable(orderId);
      if (!order.ok) return order;
      const taken = this.takeItems(order.value, items);
      if (!taken.ok) return taken;
      const amount = items.reduce((sum, item) => sum + item.qty * taken.value.get(item.sku)!, 0);
      return ok(
        this.record(
          'return',
          order.value,
          items.map((i) => ({ ...i, newSku: null })),
          reason,
          paymentMethod,
          amount,
        ),
      );
    })();
  }

  /** Opens an exchange of items of a delivered order for other variants of the same products. */
  createExchange(input: NewExchange): Result<ReturnRequest> {
    const checked = checkInput(NewExchange, input);
    if (!checked.ok) return checked;
    const { orderId, items, reason, paymentMethod } = checked.value;
    return this.db.transaction((): Result<ReturnRequest> => {
      const order = this.returnable(orderId);
      if (!order.ok) return order;
      const taken = this.takeItems(order.value, items);
      if (!taken.ok) return taken;
      const variant = this.db.prepare(
        'SELECT product_id, price_cents, available FROM sb_variants WHERE sku = ?',
      );
      let amount = 0;
      for (const [j, item] of items.entries()) {
        const field = `items[${j}].newSku`;
        if (item.newSku === item.sku)
          return fail('bad_request', `${field}: expected a different variant`, field);
        const before = variant.get(item.sku) as VariantFacts | undefined;
        const after = variant.get(item.newSku) as VariantFacts | undefined;
        if (!after) return fail('not_found', `${field}: no product has the sku ${item.newSku}`, field);
        if (!before) {
          return fail(
            'conflict',
            `items[${j}].sku: ${item.sku} is not in the catalog, so it has no other variants`,
            `items[${j}].sku`,
          );
        }
        if (before.product_id !== after.product_id) {
          return fail(
            'bad_request',
            `${field}: ${item.newSku} is not a variant of the same product as ${item.sku}`,
            field,
          );
        }
        if (after.available !== 1) return fail('conflict', `${field}: ${item.newSku} is out of stock`, field);
        amount += item.qty * (after.price_cents - taken.value.get(item.sku)!);
      }
      return ok(this.record('exchange', order.value, items, reason, paymentMethod, amount));
    })();
  }

  private returnable(orderId: string): Result<Order> {
    const order = loadOrder(this.db, orderId);
    if (!order) return orderNotFound(orderId);
    if (order.status !== 'delivered') {
      return fail(
        'conflict',
        `Order ${order.id} is ${order.status}; only a delivered order can be returned or exchanged.`,
        'orderId',
      );
    }
    return ok(order);
  }

  /**
   * Checks that each requested sku is on the order with enough units not already in another return or
   * exchange; answers each sku's unit price in cents.
   */
  private takeItems(
    order: Order,
    items: readonly { sku: string; qty: number }[],
  ): Result<Map<string, number>> {
    const left = new Map<string, number>();
    const price = new Map<string, number>();
    for (const line of order.items) {
      left.set(line.sku, (left.get(line.sku) ?? 0) + line.qty);
      if (!price.has(line.sku)) price.set(line.sku, toCents(line.price));
    }
    for (const request of readReturns(this.db, "WHERE order_id = ? AND status != 'rejected'", order.id)) {
      for (const item of request.items) left.set(item.sku, (left.get(item.sku) ?? 0) - item.qty);
    }
    for (const [j, item] of items.entries()) {
      const remaining = left.get(item.sku);
      if (remaining === undefined) {
        return fail(
          'bad_request',
          `items[${j}].sku: order ${order.id} has no item ${item.sku}`,
          `items[${j}].sku`,
        );
      }
      if (item.qty > remaining) {
        return fail(
          'conflict',
          `items[${j}].qty: only ${Math.max(0, remaining)} of ${item.sku} can still be returned or exchanged`,
          `items[${j}].qty`,
        );
      }
      left.set(item.sku, remaining - item.qty);
    }
    return ok(price);
  }

  private record(
    kind: ReturnRequest['kind'],
    order: Order,
    items: ReturnItem[],
    reason: string,
    paymentMethod: string | undefined,
    amountCents: number,
  ): ReturnRequest {
    const request: ReturnRequest = {
      id: nextId(this.db, 'sb_returns', kind === 'return' ? 'ret_' : 'exc_', 5),
      orderId: order.id,
      kind,
      items,
      reason,
      paymentMethod: paymentMethod ?? null,
      amount: fromCents(amountCents),
      currency: order.currency,
      status: 'requested',
      createdAt: this.now().toISOString(),
    };
    returnWriter(this.db)(request);
    return request;
  }
}
