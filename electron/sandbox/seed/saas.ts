import type {
  Account,
  Customer,
  Subscription,
  Ticket,
  TicketComment,
  Touchpoint,
  UsagePoint,
} from '../format';
import type { Prng } from '../prng';
import type { Plan } from '../../../shared/cheatsheet';
import { competitors, listPricePerSeat, planFeatures, type Feature } from '../../../shared/saas-catalog';
import { addDays, iso, isoDate } from '../../../shared/time';
import { reps } from './people-tables';
import {
  accountNameKinds,
  accountNameStarts,
  saasTicketTemplates,
  touchpointSummaries,
  type TouchpointMood,
} from './saas-text';

/** The generated SaaS side, plus the tickets its unhappy accounts raised (appended to the ticket list). */
export interface SaasSide {
  accounts: Account[];
  subscriptions: Subscription[];
  usage: UsagePoint[];
  touchpoints: Touchpoint[];
  tickets: Ticket[];
}

/** Where the ticket and comment sequences stand, so SaaS tickets continue them. */
export interface TicketSequence {
  tickets: number;
  comments: number;
}

/** What puts an account at risk; a healthy account has none. */
type Trait = 'decline' | 'lowSeats' | 'competitor' | 'renewalSoon' | 'unhappy';
const allTraits: readonly Trait[] = ['decline', 'lowSeats', 'competitor', 'renewalSoon', 'unhappy'];

const customersPerAccount = 5;
const usageWeeks = 26;

const seatRange: Record<Plan, [number, number]> = {
  starter: [2, 10],
  team: [5, 40],
  business: [20, 150],
  enterprise: [100, 500],
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Every fifth account position is at risk (declining usage, competitor mentions, renewal within 30
 * days, and often unused seats and open tickets), the one two places later shows one or two warning
 * signs, and the rest are healthy: the mix holds at any size.
 */
function traitsAt(rng: Prng, index: number): Set<Trait> {
  if (index % 5 === 1) {
    const traits = new Set<Trait>(['decline', 'competitor', 'renewalSoon']);
    if (rng.chance(0.5)) traits.add('lowSeats');
    if (rng.chance(0.6)) traits.add('unhappy');
    return traits;
  }
  if (index % 5 === 3) return new Set(rng.sample(allTraits, rng.int(1, 2)));
  return new Set();
}

function accountName(rng: Prng, taken: Set<string>): string {
  let name = '';
  for (let attempt = 0; attempt < 10 && (name === '' || taken.has(name)); attempt++) {
    name = `${rng.pick(accountNameStarts)} ${rng.pick(accountNameKinds)}`;
  }
  taken.add(name);
  return name;
}

function subscriptionFor(rng: Prng, accountId: string, traits: Set<Trait>, asOf: Date): Subscription {
  const plan = rng.weighted<Plan>({ starter: 30, team: 35, business: 25, enterprise: 10 });
  const [low, high] = seatRange[plan];
  const seats = rng.int(low, high);
  const used = traits.has('lowSeats') ? 0.15 + rng.next() * 0.3 : 0.8 + rng.next() * 0.2;
  const renewsIn = traits.has('renewalSoon') ? rng.int(3, 28) : rng.int(35, 365);
  return {
    accountId,
    plan,
    seats,
    seatsUsed: Math.max(1, Math.min(seats, Math.round(seats * used))),
    pricePerSeat: Math.round(listPricePerSeat[plan] * (1 - rng.int(0, 15) / 100)),
    renewalDate: isoDate(addDays(asOf, renewsIn)),
  };
}

/**
 * Weekly active users of every feature of the plan for the last 26 weeks. Some features were never
 * taken up (zero every week); a declining account loses users from 8-14 weeks ago, one feature most.
 */
function usageFor(rng: Prng, subscription: Subscription, traits: Set<Trait>, asOf: Date): UsagePoint[] {
  const paid = planFeatures(subscription.plan);
  const declining = traits.has('decline');
  const unusedChance = traits.size === 0 ? 0.15 : 0.3;
  const adoption = new Map<Feature, number>(
    paid.map((feature, index) => [
      feature,
      index < 2 ? 0.55 + rng.next() * 0.4 : rng.chance(unusedChance) ? 0 : 0.15 + rng.next() * 0.6,
    ]),
  );
  const used = paid.filter((feature) => adoption.get(feature)! > 0);
  const hardest = rng.pick(used);
  const declineFrom = rng.int(8, 14);
  const floor = 0.35 + rng.next() * 0.25;
  const points: UsagePoint[] = [];
  for (const feature of paid) {
    const share = adoption.get(feature)!;
    const end = feature === hardest ? 0.1 + rng.next() * 0.2 : floor;
    for (let week = usageWeeks; week >= 1; week--) {
      // Healthy usage grows slightly towards today; a decline falls linearly to its floor.
      const trend = declining
        ? week >= declineFrom
          ? 1
          : end + ((1 - end) * (week - 1)) / (declineFrom - 1)
        : 0.9 + (0.1 * (usageWeeks - week)) / usageWeeks;
      const active = share * subscription.seatsUsed * trend * (0.93 + rng.next() * 0.14);
      points.push({
        accountId: subscription.accountId,
        feature,
        date: isoDate(addDays(asOf, -7 * week)),
        activeUsers: Math.min(subscription.seatsUsed, Math.round(active)),
      });
    }
  }
  return points;
}

function touchpointsFor(
  rng: Prng,
  account: Account,
  customer: Customer,
  subscription: Subscription,
  traits: Set<Trait>,
  asOf: Date,
): Touchpoint[] {
  const paid = planFeatures(subscription.plan);
  const fill = (template: string) =>
    template
      .replaceAll('{feature}', rng.pick(paid))
      .replaceAll('{competitor}', rng.pick(competitors))
      .replaceAll('{first}', customer.name.split(' ')[0] ?? '')
      .replaceAll('{seats}', String(subscription.seats));
  const moods: [TouchpointMood, number][] = [];
  for (let i = rng.int(2, 5); i > 0; i--) {
    const mood = traits.size === 0 ? rng.weighted({ neutral: 60, positive: 40 }) : 'neutral';
    moods.push([mood, 20 + rng.next() * 160]);
  }
  if (traits.has('unhappy') || traits.has('decline'))
    for (let i = rng.int(1, 2); i > 0; i--) moods.push(['negative', 1 + rng.next() * 45]);
  if (traits.has('competitor'))
    for (let i = rng.int(1, 3); i > 0; i--) moods.push(['competitor', 1 + rng.next() * 60]);
  return moods
    .map(([mood, daysAgo]): Touchpoint => ({
      accountId: account.id,
      at: iso(addDays(asOf, -daysAgo)),
      channel: rng.weighted({ call: 40, email: 35, meeting: 15, note: 10 }),
      summary: fill(rng.pick(touchpointSummaries[mood])),
    }))
    .sort((a, b) => a.at.localeCompare(b.at));
}

function ticketsFor(
  rng: Prng,
  customer: Customer,
  subscription: Subscription,
  sequence: TicketSequence,
  asOf: Date,
): Ticket[] {
  const first = customer.name.split(' ')[0] ?? '';
  const feature = rng.pick(planFeatures(subscription.plan));
  const fill = (text: string) => text.replaceAll('{feature}', feature).replaceAll('{first}', first);
  return rng.sample(saasTicketTemplates, rng.int(1, 2)).map((template): Ticket => {
    const rep = rng.pick(reps);
    let clock = addDays(asOf, -(1 + rng.next() * 20));
    const comments = template.thread.map((body, index): TicketComment => {
      if (index > 0) clock = addDays(clock, 0.05 + rng.next() * 0.5);
      return {
        id: `cmt_${pad(++sequence.comments, 6)}`,
        author: index % 2 === 0 ? customer.name : rep,
        body: fill(body),
        public: true,
        at: iso(clock),
      };
    });
    return {
      id: `tkt_${pad(++sequence.tickets, 5)}`,
      customerId: customer.id,
      orderId: null,
      subject: fill(template.subject),
      status: rng.chance(0.6) ? 'open' : 'pending',
      priority: template.priority,
      tags: [...template.tags],
      assignee: rng.chance(0.3) ? null : rep,
      createdAt: comments[0]!.at,
      updatedAt: comments[comments.length - 1]!.at,
      comments,
    };
  });
}

/**
 * One account per five customers (their contact in the CRM), each with a subscription, 26 weeks of
 * usage per paid feature and a handful of touchpoints; a mix of healthy and at-risk accounts.
 */
export function generateSaas(
  rng: Prng,
  customers: readonly Customer[],
  sequence: TicketSequence,
  asOf: Date,
): SaasSide {
  const side: SaasSide = { accounts: [], subscriptions: [], usage: [], touchpoints: [], tickets: [] };
  const count = Math.round(customers.length / customersPerAccount);
  const order = new Map(customers.map((c, index) => [c.id, index]));
  const contacts = rng.sample(customers, count).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const width = Math.max(4, String(count).length);
  const names = new Set<string>();
  const next = { ...sequence };
  contacts.forEach((customer, index) => {
    const traits = traitsAt(rng, index);
    const account: Account = {
      id: `acc_${pad(index + 1, width)}`,
      customerId: customer.id,
      name: accountName(rng, names),
    };
    const subscription = subscriptionFor(rng, account.id, traits, asOf);
    side.accounts.push(account);
    side.subscriptions.push(subscription);
    side.usage.push(...usageFor(rng, subscription, traits, asOf));
    side.touchpoints.push(...touchpointsFor(rng, account, customer, subscription, traits, asOf));
    if (traits.has('unhappy')) side.tickets.push(...ticketsFor(rng, customer, subscription, next, asOf));
  });
  return side;
}
