import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import { Currency, Id, PositiveMoney, text, type Credit, type Refund } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import { resolveOrderId } from '../tables/orders';
import { creditWriter, readCredits, readRefunds, refundWriter } from '../tables/payments';
import { checkInput, nextId, systemClock, type Clock } from './repo-support';

const NewCredit = z.strictObject({
  customerId: Id,
  amount: PositiveMoney,
  currency: Currency,
  reason: text(500),
  idempotencyKey: text(200),
  orderId: Id.optional(),
});
export type NewCredit = z.input<typeof NewCredit>;

const NewRefund = z.strictObject({
  orderId: Id,
  amount: PositiveMoney,
  currency: Currency,
  reason: text(500),
  idempotencyKey: text(200),
});
export type NewRefund = z.input<typeof NewRefund>;

/** A money movement and whether it already existed under the same idempotency key. */
export interface Issued<T> {
  record: T;
  replayed: boolean;
}

/** A customer's store credit in one currency. */
export interface Balance {
  customerId: string;
  amount: number;
  currency: string;
}

interface OrderMoney {
  id: string;
  customer_id: string;
  currency: string;
  total_cents: number;
}

const sameMovement = (
  a: Credit | Refund,
  b: { customerId: string; orderId: string | null; amount: number; currency: string },
) =>
  a.customerId === b.customerId &&
  a.orderId === b.orderId &&
  toCents(a.amount) === toCents(b.amount) &&
  a.currency === b.currency;

const reused = (key: string, existing: Credit | Refund): Result<never> =>
  fail(
    'conflict',
    `idempotencyKey: "${key}" was already used for ${existing.id} (${existing.amount.toFixed(2)} ${existing.currency}) with other details`,
    'idempotencyKey',
  );

/**
 * Payments: store credits and refunds. Each carries an idempotency key (unique in the database): the
 * same key with the same details returns the first record and never moves money twice.
 */
export class PaymentsRepo {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  /** Adds store credit to a customer's balance, once per idempotency key. */
  issueCredit(input: NewCredit): Result<Issued<Credit>> {
    const checked = checkInput(NewCredit, input);
    if (!checked.ok) return checked;
    const { customerId, amount, currency, reason, idempotencyKey } = checked.value;
    return this.db.transaction((): Result<Issued<Credit>> => {
      let orderId: string | null = null;
      if (checked.value.orderId !== undefined) {
        const order = this.order(checked.value.orderId);
        if (!order) return fail('not_found', `No order with id ${checked.value.orderId}.`, 'orderId');
        if (order.customer_id !== customerId) {
          return fail('bad_request', `orderId: order ${order.id} belongs to another customer`, 'orderId');
        }
        orderId = order.id;
      }
      const [existing] = readCredits(this.db, 'WHERE idempotency_key = ?', idempotencyKey);
      if (existing) {
        return sameMovement(existing, { customerId, orderId, amount, currency })
          ? ok({ record: existing, replayed: true })
          : reused(idempotencyKey, existing);
      }
      if (this.db.prepare('SELECT 1 FROM sb_customers WHERE id = ?').get(customerId) === undefined) {
        return fail('not_found', `No customer with id ${customerId}.`, 'customerId');
      }
      const credit: Credit = {
        id: nextId(this.db, 'sb_credits', 'cr_', 5),
        customerId,
        orderId,
        amount,
        currency,
        reason,
        idempotencyKey,
        createdAt: this.now().toISOString(),
      };
      creditWriter(this.db)(credit);
      return ok({ record: credit, replayed: false });
    })();
  }

  /** Refunds money to an order's payment method, once per idempotency key, never above what was paid. */
  issueRefund(input: NewRefund): Result<Issued<Refund>> {
    const checked = checkInput(NewRefund, input);
    if (!checked.ok) return checked;
    const { amount, currency, reason, idempotencyKey } = checked.value;
    return this.db.transaction((): Result<Issued<Refund>> => {
      const order = this.order(checked.value.orderId);
      if (!order) return fail('not_found', `No order with id ${checked.value.orderId}.`, 'orderId');
      const [existing] = readRefunds(this.db, 'WHERE idempotency_key = ?', idempotencyKey);
      if (existing) {
        return sameMovement(existing, { customerId: order.customer_id, orderId: order.id, amount, currency })
          ? ok({ record: existing, replayed: true })
          : reused(idempotencyKey, existing);
      }
      if (currency !== order.currency) {
        return fail('bad_request', `currency: order ${order.id} was paid in ${order.currency}`, 'currency');
      }
      const refunded = this.db
        .prepare('SELECT COALESCE(SUM(amount_cents), 0) FROM sb_refunds WHERE order_id = ?')
        .pluck()
        .get(order.id) as number;
      const left = order.total_cents - refunded;
      if (toCents(amount) > left) {
        return fail(
          'conflict',
          `amount: only ${fromCents(left).toFixed(2)} ${order.currency} of order ${order.id} is left to refund`,
          'amount',
        );
      }
      const refund: Refund = {
        id: nextId(this.db, 'sb_refunds', 'rf_', 5),
        customerId: order.customer_id,
        orderId: order.id,
        amount,
        currency,
        reason,
        idempotencyKey,
        createdAt: this.now().toISOString(),
      };
      refundWriter(this.db)(refund);
      return ok({ record: refund, replayed: false });
    })();
  }

  /** A customer's store credit; in their own currency unless another is named. */
  balance(customerId: string, currency?: string): Result<Balance> {
    const customer = this.db
      .prepare('SELECT currency FROM sb_customers WHERE id = ?')
      .pluck()
      .get(customerId) as string | undefined;
    if (customer === undefined) return fail('not_found', `No customer with id ${customerId}.`, 'customerId');
    const inCurrency = currency ?? customer;
    const cents = this.db
      .prepare('SELECT COALESCE(SUM(amount_cents), 0) FROM sb_credits WHERE customer_id = ? AND currency = ?')
      .pluck()
      .get(customerId, inCurrency) as number;
    return ok({ customerId, amount: fromCents(cents), currency: inCurrency });
  }

  private order(orderId: string): OrderMoney | undefined {
    const id = resolveOrderId(this.db, orderId);
    if (id === undefined) return undefined;
    return this.db
      .prepare('SELECT id, customer_id, currency, total_cents FROM sb_orders WHERE id = ?')
      .get(id) as OrderMoney;
  }
}
