import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { codeEmailedTo, one, say, scenarioApp, toolsCalled } from './agent-fixture';

let app: App;
beforeEach(() => {
  app = scenarioApp();
});
afterEach(async () => app.close());

/** A customer whose one late parcel among their shipped orders is unambiguous. */
const lateShipmentCustomer = (tiers: string[], offset = 0) =>
  one<{ email: string; orderId: string }>(
    app,
    `SELECT c.email, o.id AS orderId FROM sb_customers c
     JOIN sb_orders o ON o.customer_id = c.id JOIN sb_shipments s ON s.order_id = o.id
     WHERE c.tier IN (${tiers.map(() => '?').join(',')}) AND o.status = 'shipped' AND s.status = 'delayed'
       AND (SELECT COUNT(*) FROM sb_orders o2 JOIN sb_shipments s2 ON s2.order_id = o2.id
            WHERE o2.customer_id = c.id AND o2.status = 'shipped'
              AND (s2.status IN ('delayed', 'exception') OR s2.eta > o2.promised_by)) = 1
       AND (SELECT COUNT(*) FROM sb_orders o3 WHERE o3.customer_id = c.id AND o3.status = 'shipped') <= 5
     ORDER BY c.id LIMIT 1 OFFSET ?`,
    ...tiers,
    offset,
  );

/** An order in a given state, of a customer with no other order in that state, within the refund approval limit. */
const orderOf = (status: string, offset = 0) =>
  one<{ email: string; orderId: string; total: number }>(
    app,
    `SELECT c.email, o.id AS orderId, o.total_cents / 100.0 AS total FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
     WHERE o.status = ? AND o.total_cents <= 100000
       AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id) AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id) ORDER BY o.id LIMIT 1 OFFSET ?`,
    status,
    offset,
  );

describe('the seed scenario: a late order a gold customer needs by Friday', () => {
  const phrasings = [
    "My order hasn't arrived and I need it by Friday",
    'Where is my package?? It should have been here already and I need it by Friday.',
    'my parcel is late and i need it before the weekend',
  ];
  phrasings.forEach((message, index) => {
    it(`looks everything up, credits $15 under policy, emails a new confirmation, logs it and resolves: "${message}"`, async () => {
      const { email, orderId } = lateShipmentCustomer(['gold', 'platinum'], index);
      const report = await say(app, email, message);
      expect(report.intent).toBe('delivery_delay');
      expect(report.outcome).toBe('resolved');
      const calls = toolsCalled(report);
      for (const step of [
        'crm.getCustomer:executed',
        'shipping.track:executed',
        'payments.issueCredit:executed',
        'email.send:executed',
        'crm.logInteraction:executed',
      ]) {
        expect(calls).toContain(step);
      }
      const credit = report.actions.find((a) => a.tool === 'payments.issueCredit');
      expect(credit?.args).toMatchObject({ amount: 15, orderId });
      const email_ = report.actions.find((a) => a.tool === 'email.send');
      expect(email_?.args).toMatchObject({ to: email, orderId });
      expect(report.reply).toContain(orderId);
      expect(report.reply).toContain('$15.00 credit');
      const creditRow = app.db
        .prepare('SELECT amount_cents FROM sb_credits WHERE order_id = ?')
        .get(orderId) as { amount_cents: number } | undefined;
      expect(creditRow?.amount_cents).toBe(1500);
    });
  });

  it('asks how it went once resolved, and records a bare 1-5 answer as CSAT without running the agent', async () => {
    const { email } = lateShipmentCustomer(['gold', 'platinum'], 3);
    const resolved = await say(app, email, "My order hasn't arrived and I need it by Friday");
    const transcript = () => {
      const got = app.conversations.get(resolved.conversationId);
      return got.ok ? got.value.messages : [];
    };
    expect(transcript().at(-1)?.text).toMatch(/How did we do\? Reply with a number from 1/);
    const before = transcript().length;
    await say(app, email, '5', resolved.conversationId);
    expect(transcript()).toHaveLength(before + 1);
    expect(await app.dispatch('outcomes.get', { conversationId: resolved.conversationId })).toMatchObject({
      ok: true,
      value: { resolution: 'resolved', csat: 5, csatBy: 'customer' },
    });
  });

  it('asks a colleague to approve the credit for a silver or bronze customer instead', async () => {
    const { email } = lateShipmentCustomer(['silver', 'bronze']);
    const report = await say(app, email, "My order hasn't arrived yet");
    expect(report.outcome).toBe('awaiting_approval');
    expect(report.actions.find((a) => a.tool === 'payments.issueCredit')?.status).toBe('pending_approval');
    expect(report.reply).toMatch(/approve a credit/);
  });
});

describe('everyday requests', () => {
  it('answers where an order is with the carrier and the expected date', async () => {
    const onTime = (offset: number) =>
      one<{ email: string; orderId: string }>(
        app,
        `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id JOIN sb_shipments s ON s.order_id = o.id
         WHERE o.status = 'shipped' AND s.status = 'in_transit' AND (o.promised_by IS NULL OR s.eta <= o.promised_by) ORDER BY o.id LIMIT 1 OFFSET ?`,
        offset,
      );
    for (const [index, template] of [
      'Where is order ORDER?',
      'can you check the status of ORDER please',
    ].entries()) {
      const { email, orderId } = onTime(index);
      const message = template.replace('ORDER', orderId);
      const report = await say(app, email, message);
      expect(toolsCalled(report)).toContain('shipping.track:executed');
      expect(report.reply).toContain(orderId);
      expect(report.reply).toMatch(/on its way|expected/);
    }
  });

  it('cancels a pending order', async () => {
    for (const [index, message] of [
      'Please cancel order ORDER',
      'I changed my mind, cancel ORDER',
      'cancel my order ORDER asap',
    ].entries()) {
      const { email, orderId } = orderOf('pending', index);
      const report = await say(app, email, message.replace('ORDER', orderId));
      expect(report.actions.find((a) => a.tool === 'orders.cancel')?.status).toBe('executed');
      expect(report.outcome).toBe('resolved');
      expect(one<{ status: string }>(app, 'SELECT status FROM sb_orders WHERE id = ?', orderId).status).toBe(
        'cancelled',
      );
    }
  });

  it('refuses politely to cancel a shipped order, citing its state, and changes nothing', async () => {
    const { email, orderId } = orderOf('shipped');
    const report = await say(app, email, `Please cancel order ${orderId}`);
    // A shipped order cannot be cancelled whatever the policy says: nothing is even proposed.
    expect(report.actions.find((a) => a.tool === 'orders.cancel')).toBeUndefined();
    expect(report.reply).toContain("can't be cancelled");
    expect(one<{ status: string }>(app, 'SELECT status FROM sb_orders WHERE id = ?', orderId).status).toBe(
      'shipped',
    );
  });

  it('opens a return of a delivered order and parks the refund for approval', async () => {
    for (const [index, message] of [
      `I'd like to return order ORDER`,
      'The shoes from ORDER do not fit, I want to send them back',
      'how do I return ORDER? I want my money back',
    ].entries()) {
      const { email, orderId } = orderOf('delivered', index * 7);
      const report = await say(app, email, message.replace('ORDER', orderId));
      expect(report.actions.find((a) => a.tool === 'orders.return')?.status).toBe('executed');
      expect(report.actions.find((a) => a.tool === 'payments.refund')?.status).toBe('pending_approval');
      expect(report.outcome).toBe('awaiting_approval');
    }
  });

  it('changes the address of a pending order', async () => {
    const { email, orderId } = orderOf('pending', 5);
    const report = await say(
      app,
      email,
      `Please change the shipping address of order ${orderId} to 12 Oak Street, Springfield, IL 62704`,
    );
    const change = report.actions.find((a) => a.tool === 'orders.updateAddress');
    expect(change?.status).toBe('executed');
    expect(change?.args).toMatchObject({
      address: { line1: '12 Oak Street', city: 'Springfield', zip: '62704' },
    });
  });

  it('asks for the new address when the customer did not give it', async () => {
    const { email, orderId } = orderOf('pending', 6);
    const report = await say(app, email, `I need to change the delivery address for ${orderId}`);
    expect(report.outcome).toBe('clarifying');
    expect(report.reply).toMatch(/new shipping address/);
  });

  it('helps with account access from the knowledge base, citing the article', async () => {
    for (const [index, message] of [
      "I can't log in to my account",
      'I forgot my password, how do I reset it?',
    ].entries()) {
      const { email } = orderOf('delivered', 20 + index);
      const report = await say(app, email, message);
      expect(toolsCalled(report)).toContain('kb.search:executed');
      expect(report.reply).toMatch(/\[kb_[^\]]+\]/);
    }
  });

  it('answers a how-to question from the knowledge base with a citation', async () => {
    const report = await say(app, 'someone@example.com', 'How long do I have to return an item?');
    expect(toolsCalled(report)).toContain('kb.search:executed');
    expect(report.reply).toMatch(/help center says in ".+" \[kb_[^\]]+\]/);
  });

  it('asks who the customer is when no account matches', async () => {
    const report = await say(app, 'nobody-here@example.com', 'Where is my order?');
    expect(report.outcome).toBe('clarifying');
    expect(report.reply).toMatch(/email address|order number/);
    expect(report.actions.filter((a) => a.tool.startsWith('payments'))).toEqual([]);
  });

  it('carries on with the request once the customer proves who they are with the code sent to their address', async () => {
    const { email, orderId } = orderOf('pending', 11);
    const first = await say(app, 'visitor-7731@chat.example', `Please cancel order ${orderId}`);
    expect(first.reply).toMatch(/email address/);
    expect(first.actions.filter((a) => a.tool === 'orders.cancel')).toEqual([]);
    const second = await say(app, 'visitor-7731@chat.example', `My email is ${email}.`, first.conversationId);
    expect(second.reply).toMatch(/code/);
    expect(second.actions.filter((a) => a.tool === 'orders.cancel')).toEqual([]);
    const third = await say(
      app,
      'visitor-7731@chat.example',
      codeEmailedTo(app, email),
      first.conversationId,
    );
    expect(third.intent).toBe('cancel_order');
    expect(third.actions.find((a) => a.tool === 'orders.cancel')).toMatchObject({
      status: 'executed',
      args: expect.objectContaining({ orderId }),
    });
  });

  it('finds the order among several by the product the customer names', async () => {
    // A customer with two delivered orders, neither returned, and a product only the first one holds.
    const pairs = app.db
      .prepare(
        `SELECT c.email, a.id AS orderId, b.id AS otherId FROM sb_customers c
         JOIN sb_orders a ON a.customer_id = c.id AND a.status = 'delivered'
         JOIN sb_orders b ON b.customer_id = c.id AND b.status = 'delivered' AND b.id <> a.id
         WHERE (SELECT COUNT(*) FROM sb_orders o WHERE o.customer_id = c.id AND o.status = 'delivered') = 2
           AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id IN (a.id, b.id))
           AND a.total_cents <= 100000`,
      )
      .all() as { email: string; orderId: string; otherId: string }[];
    const itemsOf = (orderId: string) =>
      (
        app.db.prepare('SELECT name FROM sb_order_items WHERE order_id = ?').all(orderId) as {
          name: string;
        }[]
      ).map((row) => row.name);
    // Item names carry their options in brackets ("Wool Slipper (Berry, L)"); customers name the product.
    const productOf = (name: string) => name.replace(/\(.*\)/, '').trim();
    const lastWord = (name: string) => productOf(name).toLowerCase().split(/\W+/).filter(Boolean).at(-1);
    const pick = pairs
      .map((pair) => ({
        ...pair,
        product: itemsOf(pair.orderId).find(
          (name) => !itemsOf(pair.otherId).some((other) => lastWord(other) === lastWord(name)),
        ),
      }))
      .find((pair) => pair.product !== undefined);
    if (!pick)
      throw new Error('the seeded sandbox has no customer with two distinguishable delivered orders');
    const report = await say(
      app,
      pick.email,
      `I want to return the ${productOf(pick.product!)}, it is not what I expected`,
    );
    // It goes straight to that order (a return there, or the question to confirm one), not "which one?".
    expect(report.actions.filter((a) => a.tool === 'orders.get').map((a) => a.args)).toEqual([
      { orderId: pick.orderId },
    ]);
    expect(report.reply).toContain(pick.orderId);
    expect(report.reply).not.toMatch(/several orders/);
  });

  it('takes the most recent order when the customer says so', async () => {
    const { email, orderId } = one<{ email: string; orderId: string }>(
      app,
      `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
       WHERE o.status = 'delivered' AND o.total_cents <= 100000
         AND (SELECT COUNT(*) FROM sb_orders x WHERE x.customer_id = c.id AND x.status = 'delivered') >= 2
         AND o.placed_at = (SELECT MAX(x.placed_at) FROM sb_orders x WHERE x.customer_id = c.id AND x.status = 'delivered')
         AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)
       ORDER BY c.id LIMIT 1`,
    );
    const report = await say(app, email, 'I want to return my most recent order, it is not what I expected');
    expect(report.actions.filter((a) => a.tool === 'orders.get').map((a) => a.args)).toEqual([{ orderId }]);
    expect(report.reply).toContain(orderId);
    expect(report.reply).not.toMatch(/several orders/);
  });

  it('looks past an order number the customer was unsure of to the order holding the product', async () => {
    const { email, orderId, guessed, product } = one<{
      email: string;
      orderId: string;
      guessed: string;
      product: string;
    }>(
      app,
      `SELECT c.email, d.id AS orderId, p.id AS guessed, i.name AS product FROM sb_customers c
       JOIN sb_orders d ON d.customer_id = c.id AND d.status = 'delivered' AND d.total_cents <= 100000
       JOIN sb_order_items i ON i.order_id = d.id
       JOIN sb_orders p ON p.customer_id = c.id AND p.status IN ('pending', 'processing')
       WHERE (SELECT COUNT(*) FROM sb_orders x WHERE x.customer_id = c.id AND x.status = 'delivered') = 1
         AND (SELECT COUNT(*) FROM sb_order_items y WHERE y.order_id = p.id AND y.name = i.name) = 0
         AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = d.id)
       ORDER BY c.id LIMIT 1`,
    );
    const name = product.replace(/\s*\(.*\)$/, '');
    // Written from a chat handle the CRM does not know, so the agent first asks who they are.
    const first = await say(
      app,
      'visitor-5120@chat.example',
      `I want to return the ${name}. I think the order number is ${guessed} but I'm not sure`,
    );
    expect(first.reply).toMatch(/email address/);
    await say(app, 'visitor-5120@chat.example', `My email is ${email}`, first.conversationId);
    const report = await say(
      app,
      'visitor-5120@chat.example',
      codeEmailedTo(app, email),
      first.conversationId,
    );
    const opened = report.actions.find((a) => a.tool === 'orders.return');
    expect(opened).toMatchObject({ status: 'executed', args: expect.objectContaining({ orderId }) });
    // The return states the request in the customer's words, not their last reply.
    expect((opened!.args as { reason: string }).reason).toContain(`return the ${name}`);
  });

  it('ships a pending order to an address on file the customer names by its city', async () => {
    const { email, orderId, otherId } = one<{ email: string; orderId: string; otherId: string }>(
      app,
      `SELECT c.email, o.id AS orderId, x.id AS otherId FROM sb_customers c
       JOIN sb_orders o ON o.customer_id = c.id AND o.status IN ('pending', 'processing')
       JOIN sb_orders x ON x.customer_id = c.id AND x.id <> o.id
       WHERE (SELECT COUNT(*) FROM sb_orders p WHERE p.customer_id = c.id AND p.status IN ('pending', 'processing')) = 1
       ORDER BY c.id LIMIT 1`,
    );
    const office = { line1: '40 Market Street', city: 'Boulder', state: 'CO', zip: '80302', country: 'US' };
    app.db
      .prepare('UPDATE sb_orders SET shipping_address = ? WHERE id = ?')
      .run(JSON.stringify(office), otherId);
    const report = await say(app, email, 'Please send my pending order to my Boulder address instead');
    expect(report.actions.find((a) => a.tool === 'orders.updateAddress')).toMatchObject({
      status: 'executed',
      args: { orderId, address: office },
    });
    expect(report.reply).toContain('40 Market Street');
  });

  it('asks a clarifying question when the message is ambiguous', async () => {
    for (const [index, message] of ['hmm', 'banana', 'asdf qwerty'].entries()) {
      const report = await say(app, `someone${index}@example.com`, message);
      expect(report.outcome).toBe('clarifying');
      expect(report.reply).toMatch(/order, a delivery, a return or refund, billing, or your account/);
    }
  });

  it('remembers the customer and order across turns of one conversation', async () => {
    const { email, orderId } = orderOf('pending', 9);
    const first = await say(app, email, `Where is order ${orderId}?`);
    const second = await say(app, email, 'Actually, please cancel it', first.conversationId);
    expect(second.conversationId).toBe(first.conversationId);
    const cancels = second.actions.filter((a) => a.tool === 'orders.cancel');
    expect(cancels).toEqual([
      expect.objectContaining({ status: 'executed', args: expect.objectContaining({ orderId }) }),
    ]);
    expect(second.actions.filter((a) => a.tool === 'crm.getCustomer')).toHaveLength(1);
  });
});
