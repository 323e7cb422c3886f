import type {
  CalendarEvent,
  Customer,
  CustomerNote,
  Interaction,
  Order,
  Ticket,
  TicketComment,
} from '../format';
import type { Prng } from '../prng';
import { reps } from './people-tables';
import { callNote, callTitles, interactionTemplates, noteTexts, ticketTemplates } from './support-text';
import { addDays, iso } from '../../../shared/time';

/** Support history: what reps and customers said and did around the orders. */
export interface SupportHistory {
  interactions: Interaction[];
  notes: CustomerNote[];
  tickets: Ticket[];
  calendar: CalendarEvent[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const fill = (template: string, customer: Customer, order: Order | undefined) =>
  template
    .replaceAll('{order}', order?.id ?? 'your order')
    .replaceAll('{first}', customer.name.split(' ')[0] ?? '');

/** The generator's shared draws: one PRNG, times kept before `asOf`, an order of the customer's. */
interface Draws {
  rng: Prng;
  asOf: Date;
  before: (date: Date) => Date;
  orderOf: (customer: Customer) => Order | undefined;
}

/** A customer's interactions (0–4) and, for about a quarter of customers, a rep's note. */
function customerHistory({ rng, asOf, before, orderOf }: Draws, history: SupportHistory, customer: Customer) {
  const count = Number(rng.weighted({ 0: 30, 1: 30, 2: 20, 3: 12, 4: 8 }));
  for (let i = 0; i < count; i++) {
    const order = orderOf(customer);
    const template = rng.pick(interactionTemplates);
    const usable = template.summaries.filter((s) => order !== undefined || !s.includes('{order}'));
    if (usable.length === 0) continue;
    const at = order
      ? addDays(new Date(order.placedAt), 0.2 + rng.next() * 10)
      : addDays(asOf, -rng.next() * 365);
    history.interactions.push({
      id: `int_${pad(history.interactions.length + 1, 6)}`,
      customerId: customer.id,
      channel: rng.weighted({ phone: 35, chat: 35, email: 25, sms: 5 }),
      at: iso(before(at)),
      topic: template.topic,
      summary: fill(rng.pick(usable), customer, order),
      outcome: rng.pick(template.outcomes),
      csat: rng.chance(0.65) ? Number(rng.weighted({ 5: 40, 4: 30, 3: 15, 2: 9, 1: 6 })) : null,
    });
  }
  if (rng.chance(0.25)) {
    history.notes.push({
      id: `note_${pad(history.notes.length + 1, 5)}`,
      customerId: customer.id,
      author: rng.pick(reps),
      text: rng.pick(noteTexts),
      at: iso(addDays(asOf, -rng.next() * 700)),
    });
  }
}

/** A ticket with its thread: settled tickets have the whole thread, open ones its first message or two. */
function ticketOf(
  { rng, asOf, before, orderOf }: Draws,
  customer: Customer,
  id: string,
  commentsBefore: number,
): Ticket {
  const order = orderOf(customer);
  const template = rng.pick(
    ticketTemplates.filter((t) => order !== undefined || !t.subject.includes('{order}')),
  );
  const status = rng.weighted({ open: 20, pending: 20, solved: 45, closed: 15 });
  const settled = status === 'solved' || status === 'closed';
  const length = settled ? template.thread.length : Math.min(template.thread.length, rng.int(1, 2));
  const rep = rng.pick(reps);
  let clock = before(
    order ? addDays(new Date(order.placedAt), 1 + rng.next() * 9) : addDays(asOf, -rng.next() * 120),
  );
  const thread = template.thread.slice(0, length).map((text, index): TicketComment => {
    if (index > 0) clock = before(addDays(clock, 0.05 + rng.next() * 1.2));
    return {
      id: `cmt_${pad(commentsBefore + index + 1, 6)}`,
      author: index % 2 === 0 ? customer.name : rep,
      body: fill(text, customer, order),
      public: true,
      at: iso(clock),
    };
  });
  return {
    id,
    customerId: customer.id,
    orderId: template.subject.includes('{order}') && order ? order.id : null,
    subject: fill(template.subject, customer, order),
    status,
    priority: template.priority,
    tags: [...template.tags],
    assignee: status === 'open' && rng.chance(0.5) ? null : rep,
    createdAt: thread[0]!.at,
    updatedAt: thread[thread.length - 1]!.at,
    comments: thread,
  };
}

/** One calendar: calls take distinct half-hour slots on weekdays, 14:00-21:30 UTC (US business hours). */
function callSlots(asOf: Date): Date[] {
  const slots: Date[] = [];
  for (let day = 1; day <= 14; day++) {
    const date = addDays(asOf, day);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (let half = 0; half < 16; half++) slots.push(addDays(date, (14 + half / 2) / 24));
  }
  return slots;
}

function bookCalls(
  { rng, asOf, orderOf }: Draws,
  customers: readonly Customer[],
  callFirst: readonly Customer[],
): CalendarEvent[] {
  const slots = callSlots(asOf);
  const callCount = Math.min(slots.length, Math.max(3, Math.round(customers.length / 50)));
  const others = rng.sample(
    customers.filter((c) => !callFirst.includes(c)),
    callCount,
  );
  const callees = [...callFirst, ...others].slice(0, callCount);
  return rng.sample(slots, callCount).map((startsAt, index) => {
    const customer = callees[index]!;
    const order = orderOf(customer);
    return {
      id: `cal_${pad(index + 1, 5)}`,
      customerId: customer.id,
      startsAt: iso(startsAt),
      durationMinutes: rng.pick([15, 30]),
      title: fill(
        rng.pick(callTitles.filter((t) => order !== undefined || !t.includes('{order}'))),
        customer,
        order,
      ),
      notes: rng.chance(0.5) ? callNote : '',
    };
  });
}

/**
 * Interactions (most customers have a few), notes on about a quarter of customers, tickets for about a
 * third, and calls booked over the next two weeks, the customers with delayed Friday deliveries first.
 * Every draw happens in this order: changing it changes every seed's sandbox.
 */
export function generateSupport(
  rng: Prng,
  customers: readonly Customer[],
  ordersOf: ReadonlyMap<string, readonly Order[]>,
  callFirst: readonly Customer[],
  asOf: Date,
): SupportHistory {
  const history: SupportHistory = { interactions: [], notes: [], tickets: [], calendar: [] };
  const draws: Draws = {
    rng,
    asOf,
    before: (date) => new Date(Math.min(date.getTime(), asOf.getTime() - 600_000)),
    orderOf: (customer) => {
      const orders = ordersOf.get(customer.id) ?? [];
      return orders.length > 0 ? rng.pick(orders) : undefined;
    },
  };
  for (const customer of customers) customerHistory(draws, history, customer);
  let comments = 0;
  for (const customer of rng.sample(customers, Math.round(customers.length * 0.35))) {
    const ticket = ticketOf(draws, customer, `tkt_${pad(history.tickets.length + 1, 5)}`, comments);
    history.tickets.push(ticket);
    comments += ticket.comments.length;
  }
  history.calendar.push(...bookCalls(draws, customers, callFirst));
  return history;
}
