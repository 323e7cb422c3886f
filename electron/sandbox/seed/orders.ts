import type { Customer, Order, OrderItem, OrderStatus, Product, Tier } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import type { Prng } from '../prng';
import type { CustomerDraft } from './customers';
import { generateAddress } from './customers';
import { freeShippingFrom, shippingSpeeds } from './store-facts';
import { addBusinessDays, addDays, iso, isoDate, nextFriday } from '../../../shared/time';

export type Speed = (typeof shippingSpeeds)[number];

/** How the parcel of an order fares; drives its shipment's status, ETA and events. */
export type ShippingPlan =
  'none' | 'on_time' | 'delayed' | 'exception' | 'delivered_on_time' | 'delivered_late';

/** An order with what the shipment and after-sales generators need to stay consistent with it. */
export interface PlacedOrder {
  order: Order;
  customer: Customer;
  speed: Speed;
  plan: ShippingPlan;
  /** A gold or platinum customer whose delayed parcel was promised for the coming Friday. */
  scenario: boolean;
}

const statusWeights: Record<OrderStatus, number> = {
  pending: 11,
  processing: 6,
  shipped: 15,
  delivered: 60,
  cancelled: 8,
};
/** How long ago (in days) an order in each status was placed. */
const ageDays: Record<OrderStatus, [number, number]> = {
  pending: [0.05, 1.5],
  processing: [0.5, 3],
  shipped: [1.5, 8],
  delivered: [20, 365],
  cancelled: [1, 240],
};
const ordersPerSegment: Record<Tier, number> = { bronze: 1, silver: 1.6, gold: 2.4, platinum: 3.2 };
const salesTax: Readonly<Record<string, number>> = {
  CA: 0.0725,
  TX: 0.0625,
  WA: 0.065,
  OR: 0,
  NY: 0.04,
  FL: 0.06,
  IL: 0.0625,
  PA: 0.06,
  NJ: 0.06625,
  AK: 0,
  HI: 0.04,
  CO: 0.029,
};
const speedWeights: Record<Speed['name'], number> = { Standard: 75, Express: 20, Overnight: 5 };
const speedNamed = (name: Speed['name']): Speed => shippingSpeeds.find((speed) => speed.name === name)!;
const cancelReasons = [
  'no longer needed',
  'ordered by mistake',
  'found a better price',
  'delivery date too late',
  'duplicate order',
];

interface Draft {
  customer: CustomerDraft;
  status: OrderStatus;
  placedAt: Date;
  speed: Speed;
  plan: ShippingPlan;
  scenario: boolean;
}

function items(rng: Prng, catalog: readonly Product[]): OrderItem[] {
  const lines = Number(rng.weighted({ 1: 50, 2: 30, 3: 14, 4: 6 }));
  return rng.sample(catalog, lines).map((product) => {
    const variant = rng.pick(product.variants);
    return {
      sku: variant.sku,
      name: `${product.name} (${Object.values(variant.options).join(', ')})`,
      qty: Number(rng.weighted({ 1: 85, 2: 12, 3: 3 })),
      price: variant.price,
    };
  });
}

function plannedShipping(rng: Prng, status: OrderStatus): ShippingPlan {
  if (status === 'shipped') return rng.weighted({ on_time: 70, delayed: 25, exception: 5 });
  if (status === 'delivered') return rng.chance(0.12) ? 'delivered_late' : 'delivered_on_time';
  return 'none';
}

/** Picks customers in proportion to how much their segment orders. */
function customerPicker(rng: Prng, customers: readonly CustomerDraft[]): () => CustomerDraft {
  const cumulative: number[] = [];
  let total = 0;
  for (const c of customers) cumulative.push((total += ordersPerSegment[c.segment]));
  return () => {
    const roll = rng.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > roll) high = mid;
      else low = mid + 1;
    }
    return customers[low]!;
  };
}

function toOrder(rng: Prng, draft: Draft, id: string, catalog: readonly Product[], asOf: Date): Order {
  const { customer } = draft.customer;
  const lines = items(rng, catalog);
  const subtotal = lines.reduce((sum, line) => sum + line.qty * toCents(line.price), 0);
  const discount = rng.chance(0.12) ? Math.round(subtotal * 0.1) : 0;
  const shippingAddress = customer.address && rng.chance(0.92) ? customer.address : generateAddress(rng);
  const tax = Math.round((subtotal - discount) * (salesTax[shippingAddress.state ?? ''] ?? 0.05));
  const free = draft.speed.name === 'Standard' && subtotal >= freeShippingFrom * 100;
  const shipping = free ? 0 : toCents(draft.speed.fee);
  const promisedBy = draft.scenario
    ? nextFriday(asOf)
    : addBusinessDays(draft.placedAt, draft.speed.maxDays + 1);
  const cancelledAt = draft.status === 'cancelled' ? addDays(draft.placedAt, 0.05 + rng.next() * 0.9) : null;
  return {
    id,
    customerId: customer.id,
    status: draft.status,
    placedAt: iso(draft.placedAt),
    promisedBy: isoDate(promisedBy),
    currency: 'USD',
    items: lines,
    totals: {
      subtotal: fromCents(subtotal),
      shipping: fromCents(shipping),
      tax: fromCents(tax),
      discount: fromCents(discount),
      total: fromCents(subtotal + shipping + tax - discount),
    },
    shippingAddress,
    paymentMethod: rng.pick(customer.paymentMethods).id,
    cancelledAt: cancelledAt && iso(cancelledAt),
    cancelReason: cancelledAt && rng.pick(cancelReasons),
  };
}

/**
 * `count` orders, ids #W1000001… in the order they were placed. The first few belong to the seed
 * scenario: a gold or platinum customer whose parcel is delayed past the coming Friday it was promised for.
 */
export function generateOrders(
  rng: Prng,
  customers: readonly CustomerDraft[],
  catalog: readonly Product[],
  count: number,
  asOf: Date,
): PlacedOrder[] {
  const valued = customers.filter((c) => c.segment === 'gold' || c.segment === 'platinum');
  const scenarioCustomers = rng.sample(
    valued,
    Math.min(count, Math.max(3, Math.round(customers.length / 100))),
  );
  const pick = customerPicker(rng, customers);
  const drafts: Draft[] = Array.from({ length: count }, (_, index): Draft => {
    const scenario = index < scenarioCustomers.length;
    const status: OrderStatus = scenario ? 'shipped' : rng.weighted(statusWeights);
    const [youngest, oldest] = scenario ? [2, 4] : ageDays[status];
    const placedAt = addDays(asOf, -(youngest + rng.next() * (oldest - youngest)));
    const speed = scenario ? shippingSpeeds[0] : speedNamed(rng.weighted(speedWeights));
    let plan: ShippingPlan = scenario ? 'delayed' : plannedShipping(rng, status);
    // A parcel still travelling after its promised day is late, whatever was planned.
    if (plan === 'on_time' && addBusinessDays(placedAt, speed.maxDays + 1) < asOf) plan = 'delayed';
    return {
      customer: scenario ? scenarioCustomers[index]! : pick(),
      status,
      placedAt,
      speed,
      plan,
      scenario,
    };
  });
  const byPlacement = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => a.draft.placedAt.getTime() - b.draft.placedAt.getTime() || a.index - b.index);
  return byPlacement.map(({ draft }, position) => ({
    order: toOrder(rng, draft, `#W${1_000_001 + position}`, catalog, asOf),
    customer: draft.customer.customer,
    speed: draft.speed,
    plan: draft.plan,
    scenario: draft.scenario,
  }));
}
