import type { z } from 'zod';
import type {
  Address,
  Customer,
  Order,
  OrderStatus,
  PaymentMethod,
  Product,
  Refund,
  ReturnRequest,
  SandboxData,
  Shipment,
} from '../format';
import { fromCents, toCents } from '../../../shared/money';
import { Prng } from '../prng';
import { generateKb } from '../seed/kb-articles';
import { addBusinessDays, addDays, iso, isoDate, startOfDay } from '../../../shared/time';
import { tierForLifetimeValue } from '../tiers';
import type { FileCheck } from './parse-file';
import { combineIssues, issue, issuesOfZod } from '../../data-files/issues';
import { type Tau2Address, Tau2Db } from './tau2-schema';
import { requestOf, type PriceOf, type Tau2Order } from './tau2-requests';

/** τ² statuses → ours, and whether the order carries a return or an exchange request. */
const statusMap: Readonly<Record<string, { status: OrderStatus; request?: 'return' | 'exchange' }>> = {
  pending: { status: 'pending' },
  'pending (item modified)': { status: 'processing' },
  'pending (items modified)': { status: 'processing' },
  processed: { status: 'shipped' },
  delivered: { status: 'delivered' },
  cancelled: { status: 'cancelled' },
  'return requested': { status: 'delivered', request: 'return' },
  'exchange requested': { status: 'delivered', request: 'exchange' },
};

/** How long ago (in days) an order in each of our statuses is said to have been placed. */
const ageDays: Record<OrderStatus, [number, number]> = {
  pending: [0.1, 2],
  processing: [0.5, 3],
  shipped: [1, 4],
  delivered: [20, 200],
  cancelled: [5, 60],
};

/** FNV-1a: a stable number from an id, so dates derived from it are the same on every import. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

const toAddress = (a: z.output<typeof Tau2Address>): Address => ({
  line1: a.address1,
  ...(a.address2.trim() ? { line2: a.address2 } : {}),
  city: a.city,
  ...(a.state.trim() ? { state: a.state } : {}),
  zip: a.zip,
  country: a.country,
});

type Tau2 = z.output<typeof Tau2Db>;
type MappedOrder = ReturnType<typeof mapOrder>;

/** The records that follow from the orders, and what each user spent (payments less refunds). */
interface OrderRecords {
  orders: Order[];
  shipments: Shipment[];
  refunds: Refund[];
  returns: ReturnRequest[];
  spent: Map<string, number>;
}

function productsOf(db: Tau2): Product[] {
  return Object.values(db.products).map((p) => ({
    id: p.product_id,
    name: p.name,
    description: '',
    currency: 'USD',
    variants: Object.values(p.variants).map((v) => ({
      sku: v.item_id,
      options: v.options,
      price: v.price,
      available: v.available,
    })),
  }));
}

const shipmentsOf = (source: Tau2Order, mapped: MappedOrder): Shipment[] =>
  mapped.parcels.map(({ trackingNumber, delivered }) => ({
    id: `shp_${trackingNumber}`,
    orderId: source.order_id,
    carrier: 'unknown',
    trackingNumber,
    status: delivered ? 'delivered' : 'in_transit',
    eta: mapped.order.promisedBy,
    events: [],
  }));

/** Adds an order's payments to what its user spent, and records its refunds. */
function recordPayments(records: OrderRecords, source: Tau2Order, order: Order) {
  source.payment_history.forEach((payment, index) => {
    const cents = toCents(payment.amount);
    const sign = payment.transaction_type === 'refund' ? -1 : 1;
    records.spent.set(source.user_id, (records.spent.get(source.user_id) ?? 0) + sign * cents);
    if (payment.transaction_type !== 'refund') return;
    records.refunds.push({
      id: `rf_${String(records.refunds.length + 1).padStart(5, '0')}`,
      customerId: source.user_id,
      orderId: source.order_id,
      amount: payment.amount,
      currency: 'USD',
      reason: order.cancelReason
        ? `Order cancelled: ${order.cancelReason}`
        : 'Refund recorded in the source data',
      idempotencyKey: `tau2-${source.order_id}-refund-${index}`,
      createdAt: order.cancelledAt ?? order.placedAt,
    });
  });
}

function mapOrders(db: Tau2, today: Date): OrderRecords {
  const priceOf: PriceOf = new Map(
    Object.values(db.products).flatMap((p) =>
      Object.values(p.variants).map((v) => [v.item_id, v.price] as const),
    ),
  );
  const records: OrderRecords = { orders: [], shipments: [], refunds: [], returns: [], spent: new Map() };
  for (const source of Object.values(db.orders)) {
    const mapped = mapOrder(source, today);
    records.orders.push(mapped.order);
    if (mapped.order.status !== 'cancelled') records.shipments.push(...shipmentsOf(source, mapped));
    recordPayments(records, source, mapped.order);
    const kind = statusMap[source.status]?.request;
    const request = requestOf(source, kind, mapped.order.placedAt, priceOf, records.returns.length + 1);
    if (request) records.returns.push(request);
  }
  return records;
}

function customersOf(db: Tau2, spent: ReadonlyMap<string, number>, today: Date): Customer[] {
  return Object.values(db.users).map((user) => {
    const lifetimeValue = fromCents(Math.max(0, spent.get(user.user_id) ?? 0));
    return {
      id: user.user_id,
      name: `${user.name.first_name} ${user.name.last_name}`,
      email: user.email,
      phone: null,
      tier: tierForLifetimeValue(lifetimeValue),
      lifetimeValue,
      currency: 'USD',
      address: toAddress(user.address),
      paymentMethods: Object.values(user.payment_methods).map((m): PaymentMethod => ({
        id: m.id,
        type: m.source,
        ...(m.brand === undefined ? {} : { brand: m.brand }),
        ...(m.last_four === undefined ? {} : { lastFour: m.last_four }),
        ...(m.balance === undefined ? {} : { balance: m.balance }),
      })),
      createdAt: iso(addDays(today, -400 - (hashOf(user.user_id) % 1600))),
    };
  });
}

/** The file as a τ² db, or why not: its shape, or an order status with no counterpart here. */
function parseTau2(json: unknown): { ok: true; db: Tau2 } | Extract<FileCheck, { ok: false }> {
  const parsed = Tau2Db.safeParse(json);
  if (!parsed.success) {
    const issues = issuesOfZod(parsed.error);
    return { ok: false, error: combineIssues(issues), issues };
  }
  const problems = Object.entries(parsed.data.orders).flatMap(([key, order]) =>
    statusMap[order.status]
      ? []
      : [issue(['orders', key, 'status'], `unknown τ² order status "${order.status}"`)],
  );
  if (problems.length > 0) return { ok: false, error: combineIssues(problems), issues: problems };
  return { ok: true, db: parsed.data };
}

/**
 * Maps a τ²-bench retail db.json to a sandbox (rules in docs/sandbox-import-format.md). Ids are kept
 * (users, "#W…" orders, products, item ids as skus); the file has no dates, so each order's dates are
 * derived from a hash of its id, counted back from `asOf`. The knowledge base is the project's own.
 */
export function fromTau2Retail(json: unknown, asOf: Date): FileCheck {
  const parsed = parseTau2(json);
  if (!parsed.ok) return parsed;
  const today = startOfDay(asOf);
  const { orders, shipments, refunds, returns, spent } = mapOrders(parsed.db, today);
  const data: SandboxData = {
    customers: customersOf(parsed.db, spent, today),
    notes: [],
    interactions: [],
    products: productsOf(parsed.db),
    orders,
    returns,
    shipments,
    credits: [],
    refunds,
    tickets: [],
    kbArticles: generateKb(new Prng(hashOf('knowledge-base')), today),
    outbox: [],
    calendar: [],
    accounts: [],
    subscriptions: [],
    usage: [],
    touchpoints: [],
  };
  return { ok: true, value: data };
}

function mapOrder(source: Tau2Order, today: Date) {
  const { status } = statusMap[source.status]!;
  const rng = new Prng(hashOf(source.order_id));
  const [youngest, oldest] = ageDays[status];
  const placedAt = addDays(today, -(youngest + rng.next() * (oldest - youngest)));
  const subtotal = source.items.reduce((sum, item) => sum + toCents(item.price), 0);
  const firstPayment = source.payment_history.find((p) => p.transaction_type === 'payment');
  const cancelledAt = status === 'cancelled' ? iso(addDays(placedAt, 0.1)) : null;
  const order: Order = {
    id: source.order_id,
    customerId: source.user_id,
    status,
    placedAt: iso(placedAt),
    promisedBy: isoDate(addBusinessDays(placedAt, 7)),
    currency: 'USD',
    items: source.items.map((item) => ({ sku: item.item_id, name: item.name, qty: 1, price: item.price })),
    totals: { subtotal: fromCents(subtotal), shipping: 0, tax: 0, discount: 0, total: fromCents(subtotal) },
    shippingAddress: toAddress(source.address),
    paymentMethod: firstPayment?.payment_method_id ?? 'unknown',
    cancelledAt,
    cancelReason: status === 'cancelled' ? (source.cancel_reason ?? null) : null,
  };
  const delivered = status === 'delivered';
  return {
    order,
    parcels: source.fulfillments.flatMap((f) =>
      f.tracking_id.map((trackingNumber) => ({ trackingNumber, delivered })),
    ),
  };
}
