import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { say, scenarioApp } from './agent-fixture';

let app: App;
beforeEach(() => {
  app = scenarioApp();
});
afterEach(async () => app.close());

interface Line {
  email: string;
  orderId: string;
  sku: string;
  product: string;
  productId: string;
  options: Record<string, string>;
}

/** Delivered one-line orders, never returned, of products sold in colours and letter sizes. */
function oneLineOrders(): Line[] {
  const rows = app.db
    .prepare(
      `SELECT c.email, o.id AS orderId, i.sku, p.name AS product, p.id AS productId, v.options
       FROM sb_orders o JOIN sb_customers c ON c.id = o.customer_id
       JOIN sb_order_items i ON i.order_id = o.id JOIN sb_variants v ON v.sku = i.sku
       JOIN sb_products p ON p.id = v.product_id
       WHERE o.status = 'delivered' AND (SELECT COUNT(*) FROM sb_order_items x WHERE x.order_id = o.id) = 1
         AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)
       ORDER BY o.id`,
    )
    .all() as (Omit<Line, 'options'> & { options: string })[];
  return rows
    .map((row) => ({ ...row, options: JSON.parse(row.options) as Record<string, string> }))
    .filter((row) => row.options.color !== undefined && /^(?:XS|S|M|L|XL)$/.test(row.options.size ?? ''));
}

const variantsOf = (productId: string) =>
  (
    app.db.prepare('SELECT sku, options, available FROM sb_variants WHERE product_id = ?').all(productId) as {
      sku: string;
      options: string;
      available: number;
    }[]
  ).map((v) => {
    const options = JSON.parse(v.options) as { color?: string; size?: string };
    return { sku: v.sku, available: v.available === 1, color: options.color, size: options.size };
  });

/** A line and another colour in which its size is available. */
function lineWithColour(): Line & { color: string; target: string } {
  for (const line of oneLineOrders()) {
    const other = variantsOf(line.productId).find(
      (v) => v.available && v.size === line.options.size && v.color !== line.options.color,
    );
    if (other) return { ...line, color: other.color!, target: other.sku };
  }
  throw new Error('the seeded sandbox has no delivered order of a product in several colours');
}

describe('exchanges', () => {
  it('exchanges an item for the colour the customer names, keeping its size', async () => {
    const line = lineWithColour();
    const report = await say(
      app,
      line.email,
      `I'd like to exchange the ${line.product} from ${line.orderId} for the ${line.color.toLowerCase()} one`,
    );
    expect(report.actions.find((a) => a.tool === 'orders.exchange')).toMatchObject({
      status: 'executed',
      args: { orderId: line.orderId, items: [{ sku: line.sku, newSku: line.target, qty: 1 }] },
    });
    expect(report.reply).toContain(`Done: on order ${line.orderId}`);
    const row = app.db
      .prepare("SELECT items FROM sb_returns WHERE order_id = ? AND kind = 'exchange'")
      .get(line.orderId);
    expect(row).toBeDefined();
  });

  it('asks which variant when several fit, and exchanges for the one the customer then picks', async () => {
    const line = lineWithColour();
    // The same size in that colour is sold out: the other sizes fit equally well.
    app.db.prepare('UPDATE sb_variants SET available = 0 WHERE sku = ?').run(line.target);
    const first = await say(
      app,
      line.email,
      `I'd like to exchange the ${line.product} from ${line.orderId} for the ${line.color.toLowerCase()} one`,
    );
    expect(first.outcome).toBe('clarifying');
    expect(first.reply).toMatch(/Which one would you like/);
    const pick = variantsOf(line.productId).find(
      (v) => v.available && v.color === line.color && v.size !== line.options.size,
    )!;
    const second = await say(app, line.email, `${pick.size} please`, first.conversationId);
    expect(second.actions.find((a) => a.tool === 'orders.exchange')).toMatchObject({
      status: 'executed',
      args: { items: [{ sku: line.sku, newSku: pick.sku, qty: 1 }] },
    });
  });

  it('waits for a rep where the policy says so, and passes a rejection on instead of opening a ticket', async () => {
    const rule = '  - id: returns-of-delivered-orders';
    const saved = app.policy.save(
      defaultPolicyText.replace(
        rule,
        `  - id: exchanges-need-approval\n    tool: orders.exchange\n    effect: approve\n${rule}`,
      ),
    );
    expect(saved.ok).toBe(true);
    const line = lineWithColour();
    const report = await say(
      app,
      line.email,
      `I'd like to exchange the ${line.product} from ${line.orderId} for the ${line.color.toLowerCase()} one`,
    );
    const pending = report.actions.find((a) => a.tool === 'orders.exchange');
    expect(pending?.status).toBe('pending_approval');
    expect(report.reply).toContain('A colleague needs to approve the exchange');
    const reason = 'that colour is being recalled';
    expect((await app.agent.reject(pending!.id, reason)).ok).toBe(true);
    const last = app.db
      .prepare(
        "SELECT text FROM messages WHERE conversation_id = ? AND role = 'agent' ORDER BY at DESC, rowid DESC LIMIT 1",
      )
      .pluck()
      .get(report.conversationId) as string;
    expect(last).toContain(reason);
    const tickets = app.db
      .prepare("SELECT COUNT(*) FROM sb_tickets WHERE subject LIKE 'Exchange for%'")
      .pluck()
      .get();
    expect(tickets).toBe(0);
  });

  it('asks the customer to agree to pay the difference for a dearer variant before exchanging', async () => {
    const rows = app.db
      .prepare(
        `SELECT c.email, o.id AS orderId, i.sku, p.name AS product, cur.options AS current, v.sku AS target,
                v.options AS wanted, (v.price_cents - cur.price_cents) AS extra
         FROM sb_orders o JOIN sb_customers c ON c.id = o.customer_id
         JOIN sb_order_items i ON i.order_id = o.id AND i.qty = 1
         JOIN sb_variants cur ON cur.sku = i.sku JOIN sb_products p ON p.id = cur.product_id
         JOIN sb_variants v ON v.product_id = p.id AND v.available = 1 AND v.price_cents > cur.price_cents
         WHERE o.status = 'delivered' AND (SELECT COUNT(*) FROM sb_order_items x WHERE x.order_id = o.id) = 1
           AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)
         ORDER BY o.id`,
      )
      .all() as {
      email: string;
      orderId: string;
      sku: string;
      product: string;
      current: string;
      target: string;
      wanted: string;
      extra: number;
    }[];
    // A dearer variant that differs from the one they have in a single option, so naming it is enough.
    const pick = rows
      .map((row) => {
        const current = JSON.parse(row.current) as Record<string, string>;
        const wanted = JSON.parse(row.wanted) as Record<string, string>;
        const changed = Object.keys(wanted).filter((key) => wanted[key] !== current[key]);
        return { ...row, value: changed.length === 1 ? wanted[changed[0]!]! : null };
      })
      .find((row) => row.value !== null);
    if (!pick) throw new Error('the seeded sandbox has no delivered item with a dearer variant');
    const first = await say(
      app,
      pick.email,
      `Can I exchange the ${pick.product} from ${pick.orderId} for the ${pick.value} one?`,
    );
    expect(first.outcome).toBe('clarifying');
    expect(first.reply).toContain(`pay the difference of $${(pick.extra / 100).toFixed(2)}`);
    expect(first.actions.map((a) => a.tool)).not.toContain('orders.exchange');
    const second = await say(app, pick.email, 'Yes, go ahead', first.conversationId);
    expect(second.actions.find((a) => a.tool === 'orders.exchange')).toMatchObject({
      status: 'executed',
      args: { items: [{ sku: pick.sku, newSku: pick.target, qty: 1 }] },
    });
    expect(second.reply).toContain('will be charged to your original payment method');
  });

  it('hands the exchange to the team when the customer names no option', async () => {
    const line = lineWithColour();
    const report = await say(app, line.email, `I want to exchange the ${line.product} from ${line.orderId}`);
    expect(report.actions.map((a) => a.tool)).not.toContain('orders.exchange');
    expect(report.actions.find((a) => a.tool === 'tickets.create')).toMatchObject({
      status: 'executed',
      args: expect.objectContaining({ body: expect.stringContaining('no option was named') }),
    });
  });
});

describe('returns of some items', () => {
  it('returns only the item the customer names and refunds what it cost', async () => {
    const order = app.db
      .prepare(
        `SELECT c.email, o.id AS orderId FROM sb_orders o JOIN sb_customers c ON c.id = o.customer_id
         WHERE o.status = 'delivered' AND o.total_cents <= 100000
           AND (SELECT COUNT(DISTINCT i.name) FROM sb_order_items i WHERE i.order_id = o.id) >= 2
           AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)
           AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id)
         ORDER BY o.id LIMIT 1`,
      )
      .get() as { email: string; orderId: string };
    const items = app.db
      .prepare('SELECT sku, name, qty, price_cents FROM sb_order_items WHERE order_id = ? ORDER BY line')
      .all(order.orderId) as { sku: string; name: string; qty: number; price_cents: number }[];
    const product = (name: string) => name.replace(/\s*\(.*\)$/, '');
    const [first] = items.filter((i) => !items.some((o) => o !== i && product(o.name) === product(i.name)));
    if (!first) throw new Error(`order ${order.orderId} has no item named once`);
    const report = await say(
      app,
      order.email,
      `I want to return the ${product(first.name)} from order ${order.orderId}, the rest is fine`,
    );
    expect(report.actions.find((a) => a.tool === 'orders.return')).toMatchObject({
      status: 'executed',
      args: expect.objectContaining({ items: [{ sku: first.sku, qty: first.qty }] }),
    });
    expect(report.actions.find((a) => a.tool === 'payments.refund')?.args).toMatchObject({
      amount: (first.price_cents * first.qty) / 100,
    });
  });
});
