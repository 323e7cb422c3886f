import type { Credit, OutboxEmail, Product, Refund, ReturnRequest } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import type { Prng } from '../prng';
import type { PlacedOrder } from './orders';
import type { GeneratedShipment } from './shipments';
import { addDays, iso } from '../../../shared/time';

const returnReasons = [
  'does not fit',
  'colour looks different from the photos',
  'arrived damaged',
  'changed my mind',
  'received the wrong item',
  'quality not as expected',
  'arrived too late for the occasion',
];
const exchangeReasons = ['wrong size', 'prefer another colour', 'does not fit', 'wanted the other option'];

/** Returns, refunds, credits and emails that follow from the generated orders. */
export interface AfterSales {
  returns: ReturnRequest[];
  refunds: Refund[];
  credits: Credit[];
  outbox: OutboxEmail[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

type Order = PlacedOrder['order'];

/** The lists being filled, and the latest a record may be dated: an hour before `asOf`. */
interface Books {
  sales: AfterSales;
  latest: (date: Date) => string;
}

function recordRefund(books: Books, order: Order, cents: number, reason: string, key: string, at: Date) {
  books.sales.refunds.push({
    id: `rf_${pad(books.sales.refunds.length + 1, 5)}`,
    customerId: order.customerId,
    orderId: order.id,
    amount: fromCents(cents),
    currency: order.currency,
    reason,
    idempotencyKey: key,
    createdAt: books.latest(at),
  });
}

function sendShippedEmail(
  sales: AfterSales,
  order: Order,
  customer: PlacedOrder['customer'],
  parcel: GeneratedShipment,
) {
  sales.outbox.push({
    id: `em_${pad(sales.outbox.length + 1, 6)}`,
    to: customer.email,
    subject: `Your order ${order.id} is on its way`,
    body: `Hi ${customer.name.split(' ')[0]},\n\nGood news: order ${order.id} has shipped with ${parcel.shipment.carrier}. Your tracking number is ${parcel.shipment.trackingNumber}, and the parcel is due by ${order.promisedBy}.\n\nThank you for shopping with us.`,
    sentAt: iso(parcel.labelAt),
    relatedOrderId: order.id,
    customerId: customer.id,
  });
}

function grantLateCredit(rng: Prng, books: Books, order: Order, customerId: string, deliveredAt: Date) {
  books.sales.credits.push({
    id: `cr_${pad(books.sales.credits.length + 1, 5)}`,
    customerId,
    orderId: order.id,
    amount: rng.pick([10, 15, 20]),
    currency: order.currency,
    reason: 'Goodwill credit for a late delivery',
    idempotencyKey: `seed-late-${order.id}`,
    createdAt: books.latest(addDays(deliveredAt, rng.next() * 2)),
  });
}

/** A return or an exchange of one line of a delivered order; a completed return is refunded. */
function openReturn(
  rng: Prng,
  books: Books,
  order: Order,
  deliveredAt: Date,
  productOfSku: ReadonlyMap<string, Product>,
) {
  const line = rng.pick(order.items);
  const product = productOfSku.get(line.sku);
  const swap = product?.variants.filter((v) => v.available && v.sku !== line.sku) ?? [];
  const exchange = swap.length > 0 && rng.chance(0.25);
  const qty = rng.int(1, line.qty);
  const createdAt = addDays(deliveredAt, 1 + rng.next() * 19);
  const status = rng.weighted({ requested: 40, received: 25, completed: 35 });
  const newVariant = exchange ? rng.pick(swap) : null;
  const amountCents = newVariant
    ? qty * (toCents(newVariant.price) - toCents(line.price))
    : qty * toCents(line.price);
  const request: ReturnRequest = {
    id: `${exchange ? 'exc' : 'ret'}_${pad(books.sales.returns.length + 1, 5)}`,
    orderId: order.id,
    kind: exchange ? 'exchange' : 'return',
    items: [{ sku: line.sku, qty, newSku: newVariant?.sku ?? null }],
    reason: rng.pick(exchange ? exchangeReasons : returnReasons),
    paymentMethod: order.paymentMethod,
    amount: fromCents(amountCents),
    currency: order.currency,
    status,
    createdAt: books.latest(createdAt),
  };
  books.sales.returns.push(request);
  if (!exchange && status === 'completed') {
    recordRefund(
      books,
      order,
      Math.min(amountCents, toCents(order.totals.total)),
      `Return ${request.id}: ${request.reason}`,
      `seed-return-${request.id}`,
      addDays(createdAt, 3 + rng.next() * 5),
    );
  }
}

/**
 * What happened after the sale: cancelled orders refunded in full; about one delivered order in eleven
 * returned or exchanged (completed returns refunded); goodwill credit on some late deliveries; a
 * "your order has shipped" email for every parcel that left in the last three weeks.
 */
export function generateAfterSales(
  rng: Prng,
  placed: readonly PlacedOrder[],
  shipments: readonly GeneratedShipment[],
  catalog: readonly Product[],
  asOf: Date,
): AfterSales {
  const sales: AfterSales = { returns: [], refunds: [], credits: [], outbox: [] };
  const books: Books = {
    sales,
    latest: (date) => iso(new Date(Math.min(date.getTime(), asOf.getTime() - 3_600_000))),
  };
  const byOrder = new Map(shipments.map((s) => [s.shipment.orderId, s]));
  const productOfSku = new Map(catalog.flatMap((p) => p.variants.map((v) => [v.sku, p] as const)));

  // Every draw below happens in this order for each order: changing it changes every seed's sandbox.
  for (const { order, customer, plan } of placed) {
    const parcel = byOrder.get(order.id);
    if (order.status === 'cancelled' && order.cancelledAt) {
      recordRefund(
        books,
        order,
        toCents(order.totals.total),
        `Order cancelled: ${order.cancelReason}`,
        `seed-cancel-${order.id}`,
        new Date(order.cancelledAt),
      );
    }
    if (parcel && addDays(parcel.labelAt, 21) > asOf) sendShippedEmail(sales, order, customer, parcel);
    if (plan === 'delivered_late' && parcel?.deliveredAt && rng.chance(0.4))
      grantLateCredit(rng, books, order, customer.id, parcel.deliveredAt);
    if (order.status === 'delivered' && parcel?.deliveredAt && rng.chance(0.09))
      openReturn(rng, books, order, parcel.deliveredAt, productOfSku);
  }
  return sales;
}
