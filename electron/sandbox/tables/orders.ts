import type { Database } from '../../store/database';
import type { Address, Order, OrderItem, OrderStatus, ReturnItem, ReturnRequest } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import { fromJson, toJson } from './json-column';

interface OrderRow {
  id: string;
  customer_id: string;
  status: OrderStatus;
  placed_at: string;
  promised_by: string | null;
  currency: string;
  subtotal_cents: number;
  shipping_cents: number;
  tax_cents: number;
  discount_cents: number;
  total_cents: number;
  shipping_address: string;
  payment_method: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

interface ItemRow {
  sku: string;
  name: string;
  qty: number;
  price_cents: number;
}

/** Orders (with their items) matching an SQL tail over sb_orders. */
export function readOrders(db: Database, tail: string, ...params: unknown[]): Order[] {
  const rows = db.prepare(`SELECT * FROM sb_orders ${tail}`).all(...params) as OrderRow[];
  const items = db.prepare(
    'SELECT sku, name, qty, price_cents FROM sb_order_items WHERE order_id = ? ORDER BY line',
  );
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    status: row.status,
    placedAt: row.placed_at,
    promisedBy: row.promised_by,
    currency: row.currency,
    items: (items.all(row.id) as ItemRow[]).map((item): OrderItem => ({
      sku: item.sku,
      name: item.name,
      qty: item.qty,
      price: fromCents(item.price_cents),
    })),
    totals: {
      subtotal: fromCents(row.subtotal_cents),
      shipping: fromCents(row.shipping_cents),
      tax: fromCents(row.tax_cents),
      discount: fromCents(row.discount_cents),
      total: fromCents(row.total_cents),
    },
    shippingAddress: fromJson<Address>(row.shipping_address),
    paymentMethod: row.payment_method,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
  }));
}

/** Prepares an insert of whole orders with their items. */
export function orderWriter(db: Database): (order: Order) => void {
  const insertOrder = db.prepare(
    `INSERT INTO sb_orders (id, customer_id, status, placed_at, promised_by, currency, subtotal_cents, shipping_cents,
       tax_cents, discount_cents, total_cents, shipping_address, payment_method, cancelled_at, cancel_reason)
     VALUES (@id, @customerId, @status, @placedAt, @promisedBy, @currency, @subtotal, @shipping,
       @tax, @discount, @total, @shippingAddress, @paymentMethod, @cancelledAt, @cancelReason)`,
  );
  const insertItem = db.prepare(
    'INSERT INTO sb_order_items (order_id, line, sku, name, qty, price_cents) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return (order) => {
    insertOrder.run({
      id: order.id,
      customerId: order.customerId,
      status: order.status,
      placedAt: order.placedAt,
      promisedBy: order.promisedBy,
      currency: order.currency,
      subtotal: toCents(order.totals.subtotal),
      shipping: toCents(order.totals.shipping),
      tax: toCents(order.totals.tax),
      discount: toCents(order.totals.discount),
      total: toCents(order.totals.total),
      shippingAddress: toJson(order.shippingAddress),
      paymentMethod: order.paymentMethod,
      cancelledAt: order.cancelledAt,
      cancelReason: order.cancelReason,
    });
    order.items.forEach((item, line) =>
      insertItem.run(order.id, line, item.sku, item.name, item.qty, toCents(item.price)),
    );
  };
}

interface ReturnRow {
  id: string;
  order_id: string;
  kind: ReturnRequest['kind'];
  items: string;
  reason: string;
  payment_method: string | null;
  amount_cents: number;
  currency: string;
  status: ReturnRequest['status'];
  created_at: string;
}

/** Returns and exchanges matching an SQL tail over sb_returns. */
export function readReturns(db: Database, tail: string, ...params: unknown[]): ReturnRequest[] {
  const rows = db.prepare(`SELECT * FROM sb_returns ${tail}`).all(...params) as ReturnRow[];
  return rows.map((row) => ({
    id: row.id,
    orderId: row.order_id,
    kind: row.kind,
    items: fromJson<ReturnItem[]>(row.items),
    reason: row.reason,
    paymentMethod: row.payment_method,
    amount: fromCents(row.amount_cents),
    currency: row.currency,
    status: row.status,
    createdAt: row.created_at,
  }));
}

/** Prepares an insert of returns and exchanges. */
export function returnWriter(db: Database): (request: ReturnRequest) => void {
  const insert = db.prepare(
    `INSERT INTO sb_returns (id, order_id, kind, items, reason, payment_method, amount_cents, currency, status, created_at)
     VALUES (@id, @orderId, @kind, @items, @reason, @paymentMethod, @cents, @currency, @status, @createdAt)`,
  );
  return (request) =>
    insert.run({ ...request, items: toJson(request.items), cents: toCents(request.amount) });
}

/** The stored id of an order; "W1000123" also finds "#W1000123", since people often drop the '#'. */
export function resolveOrderId(db: Database, orderId: string): string | undefined {
  const find = db.prepare('SELECT id FROM sb_orders WHERE id = ?').pluck();
  const exact = find.get(orderId.trim()) as string | undefined;
  if (exact !== undefined || orderId.trim().startsWith('#')) return exact;
  return find.get(`#${orderId.trim().toUpperCase()}`) as string | undefined;
}

/** One order by id (see resolveOrderId), or undefined. */
export function loadOrder(db: Database, orderId: string): Order | undefined {
  const id = resolveOrderId(db, orderId);
  return id === undefined ? undefined : readOrders(db, 'WHERE id = ?', id)[0];
}
