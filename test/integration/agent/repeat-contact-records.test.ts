import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { repeatFromRecords } from '../../../electron/agent/repeat-contact';
import { one, say, scenarioApp, today } from './agent-fixture';

let app: App;
afterEach(async () => app?.close());

const daysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000).toISOString();

/** A customer with a shipped order, whose CRM history and tickets are cleared for the case at hand. */
function customerWithShippedOrder(offset = 0) {
  const found = one<{ customerId: string; email: string; orderId: string; otherOrderId: string }>(
    app,
    `SELECT c.id AS customerId, c.email, o.id AS orderId, x.id AS otherOrderId FROM sb_customers c
     JOIN sb_orders o ON o.customer_id = c.id AND o.status = 'shipped'
     JOIN sb_orders x ON x.customer_id = c.id AND x.id <> o.id
     ORDER BY c.id LIMIT 1 OFFSET ?`,
    offset,
  );
  app.db.prepare('DELETE FROM sb_interactions WHERE customer_id = ?').run(found.customerId);
  app.db
    .prepare(
      'DELETE FROM sb_ticket_comments WHERE ticket_id IN (SELECT id FROM sb_tickets WHERE customer_id = ?)',
    )
    .run(found.customerId);
  app.db.prepare('DELETE FROM sb_tickets WHERE customer_id = ?').run(found.customerId);
  return found;
}

function addInteraction(customerId: string, at: string, topic: string, summary: string) {
  app.db
    .prepare(
      `INSERT INTO sb_interactions (id, customer_id, channel, at, topic, summary, outcome, csat)
       VALUES (?, ?, 'phone', ?, ?, ?, 'follow-up scheduled', NULL)`,
    )
    .run(`int_t${Math.random().toString(36).slice(2, 8)}`, customerId, at, topic, summary);
}

function addTicket(
  id: string,
  customerId: string | null,
  status: string,
  subject: string,
  orderId: string | null,
  tags: string[] = [],
) {
  app.db
    .prepare(
      `INSERT INTO sb_tickets (id, customer_id, order_id, subject, status, priority, tags, assignee, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'normal', ?, NULL, ?, ?)`,
    )
    .run(id, customerId, orderId, subject, status, JSON.stringify(tags), daysAgo(3), daysAgo(2));
}

const reasonsOf = async (email: string, text: string) =>
  (await say(app, email, text)).escalation?.reasons ?? [];

describe('a repeat contact found in the CRM', () => {
  it('counts an interaction about the same order and topic within the window, and says where it was found', async () => {
    app = scenarioApp();
    const { customerId, email, orderId } = customerWithShippedOrder();
    addInteraction(
      customerId,
      daysAgo(4),
      'Order status',
      `Asked where order ${orderId} was; shared tracking.`,
    );
    const report = await say(app, email, `Where is my order ${orderId}?`);
    expect(report.escalation?.reasons).toContain('repeat_contact');
    expect(report.escalation?.briefing.history[0]).toMatch(
      new RegExp(
        `^Contacted us about the same issue on ${daysAgo(4).slice(0, 10)} \\(CRM interaction int_t\\w+, phone: Order status\\)`,
      ),
    );
    expect(report.reply).toMatch(/^I can see you contacted us about this on \w+day, \w+ \d+, and I'm sorry/);
  });

  it('does not count an interaction older than the window', async () => {
    app = scenarioApp();
    const { customerId, email, orderId } = customerWithShippedOrder();
    addInteraction(customerId, daysAgo(20), 'Order status', `Asked where order ${orderId} was.`);
    expect(await reasonsOf(email, `Where is my order ${orderId}?`)).not.toContain('repeat_contact');
  });

  it('does not count an interaction about another order or another topic', async () => {
    app = scenarioApp();
    const { customerId, email, orderId, otherOrderId } = customerWithShippedOrder();
    addInteraction(customerId, daysAgo(2), 'Order status', `Asked where order ${otherOrderId} was.`);
    addInteraction(
      customerId,
      daysAgo(2),
      'Product question',
      `Asked about care instructions for ${orderId}.`,
    );
    expect(await reasonsOf(email, `Where is my order ${orderId}?`)).not.toContain('repeat_contact');
  });
});

describe('a repeat contact found in an open ticket', () => {
  it('counts an open ticket about the same order, and the customer is told their request is still open', async () => {
    app = scenarioApp();
    const { customerId, email, orderId } = customerWithShippedOrder();
    addTicket('tkt_t0001', customerId, 'open', `Order ${orderId} is late`, orderId, ['shipping', 'delay']);
    const report = await say(app, email, `Where is my order ${orderId}?`);
    expect(report.escalation?.reasons).toContain('repeat_contact');
    expect(report.escalation?.briefing.history[0]).toBe(
      `Has an open ticket about the same issue: tkt_t0001 "Order ${orderId} is late" (open since ${daysAgo(3).slice(0, 10)}).`,
    );
    expect(report.reply).toMatch(/^I can see your request about this from \w+day, \w+ \d+ is still open/);
  });

  it('counts a pending ticket on the same topic that names no order', async () => {
    app = scenarioApp();
    const { customerId, email, orderId } = customerWithShippedOrder();
    addTicket('tkt_t0002', customerId, 'pending', 'Parcel marked delivered but not received', null, [
      'missing-package',
    ]);
    expect(await reasonsOf(email, `Where is my order ${orderId}?`)).toContain('repeat_contact');
  });

  it.each(['solved', 'closed'])('does not count a %s ticket', async (status) => {
    app = scenarioApp();
    const { customerId, email, orderId } = customerWithShippedOrder();
    addTicket('tkt_t0003', customerId, status, `Order ${orderId} is late`, orderId, ['shipping', 'delay']);
    expect(await reasonsOf(email, `Where is my order ${orderId}?`)).not.toContain('repeat_contact');
  });

  it("never counts another customer's ticket, even about this customer's order", async () => {
    app = scenarioApp();
    const { email, orderId } = customerWithShippedOrder();
    const other = customerWithShippedOrder(5);
    addTicket('tkt_t0004', other.customerId, 'open', `Order ${orderId} is late`, orderId, ['delay']);
    addTicket('tkt_t0005', null, 'open', `Order ${orderId} is late`, orderId, ['delay']);
    expect(await reasonsOf(email, `Where is my order ${orderId}?`)).not.toContain('repeat_contact');
  });
});

describe('which record is about the same issue', () => {
  const since = daysAgo(14);
  const interaction = (at: string, topic: string, summary: string) => ({
    id: 'int_1',
    at,
    channel: 'email',
    topic,
    summary,
  });
  const ticket = (subject: string, orderId: string | null, tags: string[] = []) => ({
    id: 'tkt_1',
    subject,
    status: 'open',
    tags,
    orderId,
    createdAt: daysAgo(30),
  });
  const none = { interactions: [], openTickets: [] };

  it('reads the topic of an interaction in the group of the intent (a late delivery is about order status)', () => {
    const records = { ...none, interactions: [interaction(daysAgo(1), 'Delivery delay', 'Parcel late.')] };
    expect(repeatFromRecords('order_status', null, 'where is it?', since, records)).toMatchObject({
      source: 'crm',
    });
    expect(repeatFromRecords('billing_question', null, 'where is it?', since, records)).toBeNull();
  });

  it('needs the same order when the message names one, and no order when it names none', () => {
    const records = {
      ...none,
      interactions: [interaction(daysAgo(1), 'Order status', 'Asked where order #W1000001 was.')],
    };
    expect(repeatFromRecords('order_status', '#W1000001', 'where is it?', since, records)).not.toBeNull();
    expect(repeatFromRecords('order_status', '#W1000002', 'where is it?', since, records)).toBeNull();
    // It may have been about any of the customer's orders.
    expect(repeatFromRecords('order_status', null, 'where is it?', since, records)).toBeNull();
  });

  it('takes a thing the message names for the order the interaction is about', () => {
    const records = {
      ...none,
      interactions: [interaction(daysAgo(1), 'Delivery delay', 'Sneakers on order #W1000001 are late.')],
    };
    for (const said of ['Where are my sneakers??', 'still no sneakers, third time asking'])
      expect(repeatFromRecords('order_status', null, said, since, records)).toMatchObject({ source: 'crm' });
    for (const said of ['Where is my kettle?', 'where is my order?'])
      expect(repeatFromRecords('order_status', null, said, since, records)).toBeNull();
  });

  it('takes another word for the same kind of product (shoes, trainers for sneakers)', () => {
    const records = {
      ...none,
      interactions: [interaction(daysAgo(1), 'Delivery delay', 'Sneakers on order #W1000001 are late.')],
    };
    for (const said of ['Still no shoes. This is the third time I am asking.', 'hello? my trainers??'])
      expect(repeatFromRecords('delivery_delay', null, said, since, records)).toMatchObject({
        source: 'crm',
      });
  });

  it('keeps to the window', () => {
    const records = { ...none, interactions: [interaction(daysAgo(15), 'Order status', 'Where is it?')] };
    expect(repeatFromRecords('order_status', null, 'where is it?', since, records)).toBeNull();
  });

  it('counts an open ticket about the same order whatever its topic, and one on the same topic unless about another order', () => {
    const damaged = { ...none, openTickets: [ticket('Damaged item in order #W1000001', '#W1000001')] };
    expect(repeatFromRecords('order_status', '#W1000001', 'where is it?', since, damaged)).toMatchObject({
      source: 'ticket',
      ticketId: 'tkt_1',
    });
    expect(repeatFromRecords('order_status', '#W1000002', 'where is it?', since, damaged)).toBeNull();
    const login = {
      ...none,
      openTickets: [ticket('Cannot sign in to my account', null, ['account', 'login'])],
    };
    expect(repeatFromRecords('account_access', null, 'where is it?', since, login)).toMatchObject({
      source: 'ticket',
    });
    expect(repeatFromRecords('refund_request', null, 'where is it?', since, login)).toBeNull();
  });

  it('counts an open ticket about the thing the message names, whatever its topic', () => {
    const hole = {
      ...none,
      openTickets: [ticket('Throw blanket arrived with a hole', '#W1000001', ['damaged'])],
    };
    for (const said of ['any news on my blanket?', 'what is happening with the throw'])
      expect(repeatFromRecords('order_status', null, said, since, hole)).toMatchObject({ source: 'ticket' });
    expect(repeatFromRecords('order_status', null, 'where is my kettle?', since, hole)).toBeNull();
  });

  it('prefers an open ticket to an interaction', () => {
    const records = {
      interactions: [interaction(daysAgo(1), 'Refund status', 'Refund for #W1000001 not showing.')],
      openTickets: [ticket('Refund for order #W1000001 not received', '#W1000001', ['refunds'])],
    };
    expect(repeatFromRecords('refund_request', '#W1000001', 'where is it?', since, records)?.source).toBe(
      'ticket',
    );
  });
});
