import { createHash } from 'node:crypto';
import { fillTemplate as fill } from '../../data-files/fill-template';
import type { Database } from '../../store/database';
import { seededRandom, shuffleInPlace } from '../../agent/nlu/seeded-random';
import type { AttacksFile, Form, Goal } from './attacks-file';

/** Whose records an attack aims at. */
export interface Victim {
  customerId: string;
  email: string;
  name: string;
  zip: string;
  orderId: string;
  tracking: string | null;
}

/** One scripted attack: who writes what, in how many conversations. */
export interface Attempt {
  id: string;
  /** Requests split once, by their text: tune on `dev`, report `test`. */
  split: 'dev' | 'test';
  goal: Goal;
  form: string;
  /** The channel's identity: a customer's signed-in email, or an address the shop does not know. */
  attacker: { ref: string; customerId: string | null };
  victim: Victim | null;
  /** The messages of each conversation, in order. */
  conversations: string[][];
}

interface CustomerRow {
  id: string;
  email: string;
  name: string;
  tier: string;
  zip: string | null;
}
interface OrderRow {
  id: string;
  customer_id: string;
  status: string;
  tracking: string | null;
  late: number;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Each goal's requests split once, by a hash of their text: the 40% with the highest hashes (at least
 * one) are the test half, the rest the dev half. Editing a request moves only that request.
 */
function splitOf(goal: Goal, request: string): 'dev' | 'test' {
  const ranked = [...goal.requests].sort((a, b) => digest(a).localeCompare(digest(b)));
  const testCount = Math.max(1, Math.round(goal.requests.length * 0.4));
  return ranked.indexOf(request) >= ranked.length - testCount ? 'test' : 'dev';
}

/** The sandbox's customers and orders, as the generator needs them. */
function pools(db: Database) {
  const customers = db
    .prepare(
      `SELECT id, email, name, tier, json_extract(address, '$.zip') AS zip FROM sb_customers ORDER BY id`,
    )
    .all() as CustomerRow[];
  const orders = db
    .prepare(
      `SELECT o.id, o.customer_id, o.status, s.tracking_number AS tracking,
              (s.status IN ('delayed', 'exception') OR s.eta > o.promised_by) AS late
       FROM sb_orders o LEFT JOIN sb_shipments s ON s.order_id = o.id ORDER BY o.id`,
    )
    .all() as OrderRow[];
  const byCustomer = new Map<string, OrderRow[]>();
  for (const order of orders)
    byCustomer.set(order.customer_id, [...(byCustomer.get(order.customer_id) ?? []), order]);
  return { customers: customers.filter((c) => byCustomer.has(c.id)), byCustomer, orders };
}

/** A form's turns around a request; a request of several messages ("a || b") adds turns after it. */
function messages(form: Form, request: string, values: Record<string, string>): string[] {
  const [first, ...rest] = request.split(' || ');
  return form.turns.flatMap((turn) =>
    turn.includes('{request}')
      ? [fill(turn.replace('{request}', first!), values), ...rest.map((r) => fill(r, values))]
      : [fill(turn, values)],
  );
}

/** The seeded draws an attempt is made of, over the sandbox's customers that have orders. */
interface Draws {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  customers: CustomerRow[];
  ownOrders: (c: CustomerRow) => OrderRow[];
}

/** The attacker the goal calls for (none for an unknown address) and one of their own orders. */
function attackerFor(goal: Goal, { pick, customers, ownOrders }: Draws) {
  const lateShipped = (o: OrderRow) => o.status === 'shipped' && o.late === 1;
  const attackerPool =
    goal.attacker === 'late-gold'
      ? customers.filter((c) => ['gold', 'platinum'].includes(c.tier) && ownOrders(c).some(lateShipped))
      : goal.attacker === 'delivered'
        ? customers.filter((c) => ownOrders(c).some((o) => o.status === 'delivered'))
        : customers;
  const attacker = goal.attacker === 'unknown-address' ? null : pick(attackerPool);
  const ownOrder = attacker
    ? goal.attacker === 'late-gold'
      ? pick(ownOrders(attacker).filter(lateShipped))
      : goal.attacker === 'delivered'
        ? pick(ownOrders(attacker).filter((o) => o.status === 'delivered'))
        : pick(ownOrders(attacker))
    : null;
  return { attacker, ownOrder };
}

/** Another customer, with a zip code and an order in a state the goal aims at. */
function victimFor(goal: Goal, attacker: CustomerRow | null, { pick, customers, ownOrders }: Draws): Victim {
  const aimedAt = (o: OrderRow) => goal.victimOrder.includes(o.status as never);
  const victimCustomer = pick(
    customers.filter(
      (c) =>
        c.id !== attacker?.id &&
        c.zip !== null &&
        (goal.victimOrder.length === 0 || ownOrders(c).some(aimedAt)),
    ),
  );
  const victimOrder =
    goal.victimOrder.length === 0
      ? pick(ownOrders(victimCustomer))
      : pick(ownOrders(victimCustomer).filter(aimedAt));
  return {
    customerId: victimCustomer.id,
    email: victimCustomer.email,
    name: victimCustomer.name,
    zip: victimCustomer.zip!,
    orderId: victimOrder.id,
    tracking: victimOrder.tracking,
  };
}

/** The placeholders a form's turns and requests are filled with. */
function valuesFor(victim: Victim, ownOrder: OrderRow | null, random: () => number): Record<string, string> {
  return {
    victimOrder: victim.orderId,
    victimEmail: victim.email,
    victimName: victim.name,
    victimZip: victim.zip,
    victimId: victim.customerId,
    victimTracking: victim.tracking ?? `1Z${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
    ownOrder: ownOrder?.id ?? '#W9000001',
    newStreet: `${100 + Math.floor(random() * 900)} Harbor View Rd, Portland, OR 97201`,
    guessedCode: String(Math.floor(random() * 1e6)).padStart(6, '0'),
  };
}

/**
 * `count` attempts drawn from every goal × request × form of a split, in a seeded order (the same seed,
 * the same attempts), each with an attacker and a victim drawn from the sandbox to suit the goal; past
 * the number of combinations they repeat with other attackers and victims.
 */
export function generateAttempts(
  db: Database,
  attacks: AttacksFile,
  count: number,
  split: 'dev' | 'test' | 'all' = 'all',
  seed = 2026,
): Attempt[] {
  const random = seededRandom(seed);
  const { customers, byCustomer } = pools(db);
  const draws: Draws = {
    random,
    pick: (items) => {
      if (items.length === 0) throw new Error('the sandbox has no records for this attack');
      return items[Math.floor(random() * items.length)]!;
    },
    customers,
    ownOrders: (c) => byCustomer.get(c.id) ?? [],
  };
  const combos = shuffleInPlace(
    attacks.goals.flatMap((goal) =>
      goal.requests
        .map((request, r) => ({ request, r }))
        .filter(({ request }) => split === 'all' || splitOf(goal, request) === split)
        .flatMap(({ request, r }) => attacks.forms.map((form) => ({ goal, request, r, form }))),
    ),
    random,
  );
  const attempts: Attempt[] = [];
  for (let i = 0; i < count; i++) {
    const { goal, request, r, form } = combos[i % combos.length]!;
    // The draws come in this order (attacker, victim, values): the same seed gives the same attempts.
    const { attacker, ownOrder } = attackerFor(goal, draws);
    const victim = victimFor(goal, attacker, draws);
    const conversation = messages(form, request, valuesFor(victim, ownOrder, random));
    attempts.push({
      id: `${goal.id}/${r}/${form.id}/${i}`,
      split: splitOf(goal, request),
      goal,
      form: form.id,
      attacker: attacker
        ? { ref: attacker.email, customerId: attacker.id }
        : { ref: `visitor-${i}@chat.example`, customerId: null },
      victim: goal.victimOrder.length === 0 ? null : victim,
      conversations: Array.from({ length: goal.conversations }, () => conversation),
    });
  }
  return attempts;
}
