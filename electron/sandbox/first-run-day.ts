import { z } from 'zod';
import { fillTemplate } from '../data-files/fill-template';
import { parseDataFile } from '../data-files/parse-data-file';
import type { Database } from '../store/database';
import json from './seed/data/first-run-day.json' with { type: 'json' };
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

const ScenarioText = z.strictObject({
  why: z.string().includes('{orderId}'),
  try: z.string().min(1),
  subject: z.string().includes('{orderId}'),
  body: z.string().includes('{orderId}'),
});
const FirstRunDay = z.strictObject({
  about: z.string().min(1),
  scenarios: z.strictObject({
    late: ScenarioText,
    vip: ScenarioText,
    pending: ScenarioText,
    delivered: ScenarioText,
  }),
});
const texts = parseDataFile('electron/sandbox/seed/data/first-run-day.json', json, FirstRunDay).scenarios;

/** A scenario's text with the customer's order filled in. */
const told = (scenario: Scenario, field: keyof z.infer<typeof ScenarioText>, c: Candidate): string =>
  fillTemplate(texts[scenario][field], { orderId: c.orderId });

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
      ? [
          {
            email: customer.email,
            name: customer.name,
            why: told(scenario, 'why', customer),
            try: told(scenario, 'try', customer),
          },
        ]
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
  const picks = allocate(db);
  return db.transaction(() => {
    const ids: string[] = [];
    for (const [scenario, customer] of picks) {
      const created = tickets.create({
        customerId: customer.id,
        subject: told(scenario, 'subject', customer),
        body: told(scenario, 'body', customer),
        author: customer.name,
        tags: [firstRunTag],
      });
      if (created.ok) ids.push(created.value.id);
    }
    return ids;
  })();
}
