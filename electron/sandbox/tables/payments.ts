import type { Database } from '../../store/database';
import type { Credit, Refund } from '../format';
import { fromCents, toCents } from '../../../shared/money';

interface MovementRow {
  id: string;
  customer_id: string;
  order_id: string | null;
  amount_cents: number;
  currency: string;
  reason: string;
  idempotency_key: string;
  created_at: string;
}

interface RefundRow extends MovementRow {
  order_id: string;
}

const movementFromRow = (row: MovementRow) => ({
  id: row.id,
  customerId: row.customer_id,
  amount: fromCents(row.amount_cents),
  currency: row.currency,
  reason: row.reason,
  idempotencyKey: row.idempotency_key,
  createdAt: row.created_at,
});

/** Store credits matching an SQL tail over sb_credits. */
export function readCredits(db: Database, tail: string, ...params: unknown[]): Credit[] {
  const rows = db.prepare(`SELECT * FROM sb_credits ${tail}`).all(...params) as MovementRow[];
  return rows.map((row) => ({ ...movementFromRow(row), orderId: row.order_id }));
}

/** Refunds matching an SQL tail over sb_refunds. */
export function readRefunds(db: Database, tail: string, ...params: unknown[]): Refund[] {
  const rows = db.prepare(`SELECT * FROM sb_refunds ${tail}`).all(...params) as RefundRow[];
  return rows.map((row) => ({ ...movementFromRow(row), orderId: row.order_id }));
}

const movementColumns = `(id, customer_id, order_id, amount_cents, currency, reason, idempotency_key, created_at)
  VALUES (@id, @customerId, @orderId, @cents, @currency, @reason, @idempotencyKey, @createdAt)`;

/** Prepares an insert of store credits. */
export function creditWriter(db: Database): (credit: Credit) => void {
  const insert = db.prepare(`INSERT INTO sb_credits ${movementColumns}`);
  return (credit) => insert.run({ ...credit, cents: toCents(credit.amount) });
}

/** Prepares an insert of refunds. */
export function refundWriter(db: Database): (refund: Refund) => void {
  const insert = db.prepare(`INSERT INTO sb_refunds ${movementColumns}`);
  return (refund) => insert.run({ ...refund, cents: toCents(refund.amount) });
}
