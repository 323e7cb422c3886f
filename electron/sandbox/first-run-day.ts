import type { Database } from '../store/database';
import { TicketsRepo } from './repos/tickets-repo';
import type { Clock } from './repos/repo-support';

/** A sandbox customer worth playing, and why. */
export interface DemoCustomer {
  email: string;
  name: string;
  /** What makes them interesting ("a late order: the credit waits for your approval"). */
  why: string;
  /** A first message that shows it off. */
  try: string;
}

interface Candidate {
  id: string;
  name: string;
  email: string;
  orderId: string;
}

/** Only customers whose email names one account, so the agent identifies them without asking. */
const uniqueEmail = `(SELECT COUNT(*) FROM sb_customers twin WHERE twin.email = c.email COLLATE NOCASE) = 1`;

/** Customers with exactly one shipped order, whose shipment the carrier reports as delayed. */
const lateOrder = (tiers: string) => `
  SELECT c.id, c.name, c.email, o.id AS orderId
  FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id AND o.status = 'shipped'
  JOIN sb_shipments s ON s.order_id = o.id AND s.status = 'delayed'
  WHERE c.tier IN (${tiers}) AND ${uniqueEmail}
    AND (SELECT COUNT(*) FROM sb_orders x WHERE x.customer_id = c.id AND x.status = 'shipped') = 1
  ORDER BY c.id LIMIT 12`;

/** The scenarios, a few customers each: the first open a ticket on first start, later ones are for playing. */
const scenarios = {
  /** Silver or bronze: the default policy makes their late-delivery credit wait for a rep's approval. */
  late: lateOrder(`'silver', 'bronze'`),
  /** Gold or platinum: the credit goes through on its own. */
  vip: lateOrder(`'gold', 'platinum'`),
  /** One pending order, which the agent may cancel. */
  pending: `
    SELECT c.id, c.name, c.email, o.id AS orderId
    FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id AND o.status = 'pending'
    WHERE ${uniqueEmail}
      AND (SELECT COUNT(*) FROM sb_orders x WHERE x.customer_id = c.id AND x.status IN ('pending', 'processing')) = 1
    ORDER BY c.id LIMIT 12`,
  /** One delivered order and nothing else under way: a damaged item to exchange or refund. */
  delivered: `
    SELECT c.id, c.name, c.email, o.id AS orderId
    FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id AND o.status = 'delivered'
    WHERE ${uniqueEmail}
      AND (SELECT COUNT(*) FROM sb_orders x WHERE x.customer_id = c.id
           AND x.status IN ('delivered', 'shipped', 'cancelled')) = 1
      AND o.total_cents BETWEEN 4000 AND 50000
    ORDER BY c.id LIMIT 12`,
} as const;

type Scenario = keyof typeof scenarios;
const scenarioOrder: readonly Scenario[] = ['late', 'vip', 'pending', 'delivered'];

const candidates = (db: Database, scenario: Scenario): Candidate[] =>
  db.prepare(scenarios[scenario]).all() as Candidate[];

/** One customer per scenario, each a different one, skipping `excluded`. */
function allocate(db: Database, excluded: ReadonlySet<string> = new Set()): Map<Scenario, Candidate> {
  const used = new Set(excluded);
  const picks = new Map<Scenario, Candidate>();
  for (const scenario of scenarioOrder) {
    const pick = candidates(db, scenario).find((candidate) => !used.has(candidate.id));
    if (!pick) continue;
    used.add(pick.id);
    picks.set(scenario, pick);
  }
  return picks;
}

const describeDemo: Record<Scenario, (c: Candidate) => Omit<DemoCustomer, 'email' | 'name'>> = {
  late: (c) => ({
    why: `Order ${c.orderId} is late: the goodwill credit waits for your approval.`,
    try: "My order hasn't arrived yet",
  }),
  delivered: (c) => ({
    why: `Order ${c.orderId} was delivered: say an item arrived damaged.`,
    try: `One of the items in ${c.orderId} arrived damaged.`,
  }),
  vip: (c) => ({
    why: `A VIP (gold or platinum) whose order ${c.orderId} is late: the credit goes through on its own.`,
    try: "My order hasn't arrived yet",
  }),
  pending: (c) => ({
    why: `Order ${c.orderId} has not shipped yet: ask to cancel it.`,
    try: `Please cancel my order ${c.orderId}.`,
  }),
};

/**
 * A few sandbox customers a newcomer can play, each with what makes them interesting. Never one with
 * an open ticket (the first-run working day's, taken in or about to be), so playing them starts a
 * fresh story.
 */
export function demoCustomers(db: Database): DemoCustomer[] {
  const withOpenTickets = db
    .prepare(
      `SELECT DISTINCT customer_id FROM sb_tickets WHERE status IN ('open', 'pending') AND customer_id IS NOT NULL`,
    )
    .pluck()
    .all() as string[];
  const excluded = new Set(withOpenTickets);
  if (openedTickets(db).length === 0) for (const customer of allocate(db).values()) excluded.add(customer.id);
  const picks = allocate(db, excluded);
  return (['late', 'delivered', 'vip', 'pending'] as const).flatMap((scenario) => {
    const customer = picks.get(scenario);
    return customer
      ? [{ email: customer.email, name: customer.name, ...describeDemo[scenario](customer) }]
      : [];
  });
}

/** Tag of the tickets the first-run working day opens, so it opens them once. */
export const firstRunTag = 'first-run';

/**
 * The tickets the first-run working day takes in: a few opened today by seeded customers whose story
 * shows each outcome (a late order whose credit waits for approval, a VIP's late order and a pending
 * order the agent settles, a customer who asks for a person), and the most recently updated of the
 * seed's open tickets, `limit` in all. Deterministic for a given sandbox; the opened ones once only.
 */
export function firstRunTickets(db: Database, clock: Clock, limit = 12): string[] {
  const opened = openedTickets(db);
  const ours = opened.length > 0 ? opened : openFirstRunTickets(db, clock);
  const recent = db
    .prepare(
      `SELECT id FROM sb_tickets WHERE status IN ('open', 'pending') AND customer_id IS NOT NULL
         AND tags NOT LIKE ? ORDER BY updated_at DESC, id DESC LIMIT ?`,
    )
    .all(`%"${firstRunTag}"%`, Math.max(0, limit - ours.length)) as { id: string }[];
  return [...ours, ...recent.map((row) => row.id)];
}

const openedTickets = (db: Database): string[] =>
  (
    db.prepare('SELECT id FROM sb_tickets WHERE tags LIKE ? ORDER BY id').all(`%"${firstRunTag}"%`) as {
      id: string;
    }[]
  ).map((row) => row.id);

function openFirstRunTickets(db: Database, clock: Clock): string[] {
  const tickets = new TicketsRepo(db, clock);
  const stories: Record<Scenario, (c: Candidate) => { subject: string; body: string }> = {
    late: (c) => ({
      subject: `Order ${c.orderId} is late`,
      body: `My order ${c.orderId} hasn't arrived yet.`,
    }),
    vip: (c) => ({
      subject: `Where is order ${c.orderId}?`,
      body: `My order ${c.orderId} hasn't arrived yet.`,
    }),
    pending: (c) => ({ subject: `Cancel order ${c.orderId}`, body: `Please cancel my order ${c.orderId}.` }),
    delivered: (c) => ({
      subject: `Complaint about order ${c.orderId}`,
      body: `I want to speak to a human about my order ${c.orderId}.`,
    }),
  };
  const picks = allocate(db);
  return db.transaction(() => {
    const ids: string[] = [];
    for (const [scenario, customer] of picks) {
      const created = tickets.create({
        customerId: customer.id,
        ...stories[scenario](customer),
        author: customer.name,
        tags: [firstRunTag],
      });
      if (created.ok) ids.push(created.value.id);
    }
    return ids;
  })();
}
