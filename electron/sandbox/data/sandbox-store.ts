import type { Database } from '../../store/database';
import { sandboxLists, type SandboxData } from '../format';
import { accountWriter, readAccounts, readSubscriptions, subscriptionWriter } from '../tables/accounts';
import {
  customerWriter,
  interactionWriter,
  noteWriter,
  readCustomers,
  readInteractions,
  readNotes,
} from '../tables/customers';
import { productWriter, readProducts } from '../tables/catalog';
import { eventWriter, readEvents } from '../tables/calendar';
import { articleWriter, readArticles } from '../tables/kb';
import { orderWriter, readOrders, readReturns, returnWriter } from '../tables/orders';
import { emailWriter, readEmails } from '../tables/outbox';
import { creditWriter, readCredits, readRefunds, refundWriter } from '../tables/payments';
import { readShipments, shipmentWriter } from '../tables/shipments';
import { readTickets, ticketWriter } from '../tables/tickets';
import { readTouchpoints, touchpointWriter } from '../tables/touchpoints';
import { readUsage, usageWriter } from '../tables/usage';

/** Every sandbox table, children before parents, so deleting in this order never breaks a reference. */
const tablesChildFirst = [
  'sb_touchpoints',
  'sb_usage',
  'sb_subscriptions',
  'sb_accounts',
  'sb_ticket_comments',
  'sb_tickets',
  'sb_calendar',
  'sb_outbox',
  'sb_refunds',
  'sb_credits',
  'sb_shipment_events',
  'sb_shipments',
  'sb_returns',
  'sb_order_items',
  'sb_orders',
  'sb_variants',
  'sb_products',
  'sb_interactions',
  'sb_customer_notes',
  'sb_customers',
  'sb_kb_articles',
] as const;

const clear = (db: Database): void => {
  for (const table of tablesChildFirst) db.prepare(`DELETE FROM ${table}`).run();
};

/** Where the sandbox's contents came from; its presence means "never generate over this". */
export type SandboxOrigin = 'seed' | 'import' | 'reset' | 'first-run';

/**
 * Records who last wrote the whole sandbox. Written in the same transaction as the data, so a
 * database either holds the data and its mark or neither: first-run seeding never lands on top of
 * imported, reset or edited data.
 */
const mark = (db: Database, origin: SandboxOrigin): void => {
  db.prepare(
    `INSERT INTO app_meta (key, value) VALUES ('sandbox_seeded', ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(JSON.stringify({ origin, at: new Date().toISOString() }));
};

/** Whether the sandbox was ever written as a whole (seeded, imported or reset). */
export const sandboxMarked = (db: Database): boolean =>
  db.prepare("SELECT 1 FROM app_meta WHERE key = 'sandbox_seeded'").get() !== undefined;

/** Whether any sandbox table holds a row. */
export const sandboxHasData = (db: Database): boolean =>
  tablesChildFirst.some((table) => db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined);

/** Empties every sandbox table, atomically. Other app data (conversations, audit…) is untouched. */
export function resetSandbox(db: Database): void {
  db.transaction(() => {
    clear(db);
    mark(db, 'reset');
  })();
}

/**
 * Swaps the whole sandbox for `data` in one transaction: on any failure nothing changes.
 * The data must already be valid (see parseSandboxFile); prepared statements keep this fast.
 */
export function replaceSandbox(db: Database, data: SandboxData, origin: SandboxOrigin = 'import'): void {
  db.transaction(() => {
    clear(db);
    mark(db, origin);
    const customer = customerWriter(db);
    const note = noteWriter(db);
    const interaction = interactionWriter(db);
    const product = productWriter(db);
    const order = orderWriter(db);
    const request = returnWriter(db);
    const shipment = shipmentWriter(db);
    const credit = creditWriter(db);
    const refund = refundWriter(db);
    const ticket = ticketWriter(db);
    const article = articleWriter(db);
    const email = emailWriter(db);
    const event = eventWriter(db);
    const account = accountWriter(db);
    const subscription = subscriptionWriter(db);
    const usage = usageWriter(db);
    const touchpoint = touchpointWriter(db);
    data.customers.forEach(customer);
    data.notes.forEach(note);
    data.interactions.forEach(interaction);
    data.products.forEach(product);
    data.orders.forEach(order);
    data.returns.forEach(request);
    data.shipments.forEach(shipment);
    data.credits.forEach(credit);
    data.refunds.forEach(refund);
    data.tickets.forEach(ticket);
    data.kbArticles.forEach(article);
    data.outbox.forEach(email);
    data.calendar.forEach(event);
    data.accounts.forEach(account);
    data.subscriptions.forEach(subscription);
    data.usage.forEach(usage);
    data.touchpoints.forEach(touchpoint);
  })();
}

/** The whole sandbox in file order (the order records were written), so export → import round-trips. */
export function readSandbox(db: Database): SandboxData {
  const all = 'ORDER BY rowid';
  return db.transaction((): SandboxData => ({
    customers: readCustomers(db, all),
    notes: readNotes(db, all),
    interactions: readInteractions(db, all),
    products: readProducts(db, all),
    orders: readOrders(db, all),
    returns: readReturns(db, all),
    shipments: readShipments(db, all),
    credits: readCredits(db, all),
    refunds: readRefunds(db, all),
    tickets: readTickets(db, all),
    kbArticles: readArticles(db, all),
    outbox: readEmails(db, all),
    calendar: readEvents(db, all),
    accounts: readAccounts(db, all),
    subscriptions: readSubscriptions(db, all),
    usage: readUsage(db, all),
    touchpoints: readTouchpoints(db, all),
  }))();
}

const tableOfList: Record<(typeof sandboxLists)[number], string> = {
  customers: 'sb_customers',
  notes: 'sb_customer_notes',
  interactions: 'sb_interactions',
  products: 'sb_products',
  orders: 'sb_orders',
  returns: 'sb_returns',
  shipments: 'sb_shipments',
  credits: 'sb_credits',
  refunds: 'sb_refunds',
  tickets: 'sb_tickets',
  kbArticles: 'sb_kb_articles',
  outbox: 'sb_outbox',
  calendar: 'sb_calendar',
  accounts: 'sb_accounts',
  subscriptions: 'sb_subscriptions',
  usage: 'sb_usage',
  touchpoints: 'sb_touchpoints',
};

export type SandboxCounts = Record<(typeof sandboxLists)[number], number>;

/** How many records each list of the sandbox holds. */
export function countSandbox(db: Database): SandboxCounts {
  const counts = {} as SandboxCounts;
  for (const list of sandboxLists) {
    counts[list] = (db.prepare(`SELECT COUNT(*) AS n FROM ${tableOfList[list]}`).get() as { n: number }).n;
  }
  return counts;
}
