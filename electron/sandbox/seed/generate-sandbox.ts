import type { Order, SandboxData } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import { Prng } from '../prng';
import { tierForLifetimeValue } from '../tiers';
import { generateAfterSales } from './after-sales';
import { generateCatalog } from './catalog';
import { generateCustomers } from './customers';
import { generateKb } from './kb-articles';
import { loadKbArticles } from './kb-files';
import { generateOrders } from './orders';
import { generateSaas } from './saas';
import { generateShipments } from './shipments';
import { generateSupport } from './support';
import { startOfDay } from '../../../shared/time';

export const defaultSeed = 7;
export const defaultSize = 1000;

export interface GenerateOptions {
  /** PRNG seed; the same seed, size and day give identical data. */
  seed?: number;
  /** Number of customers; orders are five times as many, SaaS accounts a fifth as many. */
  size?: number;
  /** The day the data is generated "as of" (dates are counted back and forward from its midnight UTC). */
  asOf?: Date;
  /** A folder of knowledge-base articles (Markdown with front matter) to use instead of the shipped one. */
  kbFolder?: string;
}

/**
 * A complete, realistic sandbox written by the project: catalog, customers, orders with shipments in
 * every state (on time, delayed, exceptions, delivered late), returns, refunds, credits, emails,
 * support history, calls, the knowledge base and the SaaS side (accounts with subscriptions, usage and
 * touchpoints, healthy and at risk). Each part draws from its own PRNG stream, so a
 * change in one part leaves the others as they were.
 */
export function generateSandbox(options: GenerateOptions = {}): SandboxData {
  const seed = options.seed ?? defaultSeed;
  const size = options.size ?? defaultSize;
  const asOf = startOfDay(options.asOf ?? new Date());
  const stream = (part: number) => new Prng((Math.imul(seed, 0x9e3779b1) + part) >>> 0);

  const products = generateCatalog(stream(1));
  const drafts = generateCustomers(stream(2), size, asOf);
  const placed = generateOrders(stream(3), drafts, products, size * 5, asOf);
  const parcels = generateShipments(stream(4), placed, asOf);
  const sales = generateAfterSales(stream(5), placed, parcels, products, asOf);

  const spent = new Map<string, number>();
  const ordersOf = new Map<string, Order[]>();
  for (const { order } of placed) {
    ordersOf.set(order.customerId, [...(ordersOf.get(order.customerId) ?? []), order]);
    if (order.status !== 'cancelled')
      spent.set(order.customerId, (spent.get(order.customerId) ?? 0) + toCents(order.totals.total));
  }
  const customers = drafts.map(({ customer, priorCents }) => {
    const lifetimeValue = fromCents(priorCents + (spent.get(customer.id) ?? 0));
    return { ...customer, lifetimeValue, tier: tierForLifetimeValue(lifetimeValue) };
  });
  const scenarioCustomers = customers.filter((c) => placed.some((p) => p.scenario && p.customer.id === c.id));
  const support = generateSupport(stream(6), customers, ordersOf, scenarioCustomers, asOf);
  const saas = generateSaas(
    stream(8),
    customers,
    {
      tickets: support.tickets.length,
      comments: support.tickets.reduce((sum, ticket) => sum + ticket.comments.length, 0),
    },
    asOf,
  );

  return {
    customers,
    notes: support.notes,
    interactions: support.interactions,
    products,
    orders: placed.map((p) => p.order),
    returns: sales.returns,
    shipments: parcels.map((p) => p.shipment),
    credits: sales.credits,
    refunds: sales.refunds,
    tickets: [...support.tickets, ...saas.tickets],
    kbArticles: generateKb(stream(7), asOf, loadKbArticles(options.kbFolder)),
    outbox: sales.outbox,
    calendar: support.calendar,
    accounts: saas.accounts,
    subscriptions: saas.subscriptions,
    usage: saas.usage,
    touchpoints: saas.touchpoints,
  };
}
