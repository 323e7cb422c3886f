import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ToolName } from '../../../shared/tools';
import { toolNames, tools } from '../../../shared/tools';
import { readSandbox, replaceSandbox } from '../../../electron/sandbox/data/sandbox-store';

import { generateSandbox } from '../../../electron/sandbox/seed/generate-sandbox';
import { openDatabase, type Database } from '../../../electron/store/database';
import { createToolBridge, type ToolBridge } from '../../../electron/tools/tool-bridge';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { renewalQuoter } from '../../../electron/renewals/build-cheat-sheet';
import { sandboxRenewalSignals } from '../../../electron/tools/connectors/sandbox-renewal-signals';

let db: Database;
let bridge: ToolBridge;
const today = new Date('2026-11-27T15:00:00Z');

beforeEach(() => {
  db = openDatabase(':memory:');
  replaceSandbox(db, generateSandbox({ size: 60, asOf: today }));
  bridge = createToolBridge(db, {
    now: () => today,
    // The app passes the renewal desk's quotes in; the tools never import it.
    renewalQuote: renewalQuoter(() => sandboxRenewalSignals(db), defaultPolicy),
  });
});
afterEach(() => db.close());

const row = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
let keys = 0;
const call = (tool: ToolName, args: unknown, key?: string) =>
  bridge.executor.execute({
    tool,
    args,
    actor: 'rep',
    principal: { kind: 'rep' },
    decision: { effect: 'rep', rule: 'test' },
    ...(tools[tool].risk === 'read' ? {} : { idempotencyKey: key ?? `key-${++keys}` }),
  });

/** A valid call of every tool against the seeded sandbox. */
function validCalls(): Record<ToolName, unknown> {
  const customer = row<{ id: string; email: string }>(
    'SELECT id, email FROM sb_customers ORDER BY id LIMIT 1',
  );
  const pending = row<{ id: string }>(
    "SELECT id FROM sb_orders WHERE status = 'pending' ORDER BY id LIMIT 1",
  );
  const processing = row<{ id: string }>(
    "SELECT id FROM sb_orders WHERE status IN ('pending', 'processing') ORDER BY id DESC LIMIT 1",
  );
  const untouchedDelivered = `SELECT o.id FROM sb_orders o WHERE o.status = 'delivered'
     AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id) AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id)`;
  const delivered = row<{ id: string }>(`${untouchedDelivered} ORDER BY o.id LIMIT 1`);
  const deliveredItem = row<{ sku: string }>(
    'SELECT sku FROM sb_order_items WHERE order_id = ? LIMIT 1',
    delivered.id,
  );
  // An exchange needs another order, with an item whose product has a second variant.
  const exchangeable = row<{ orderId: string; sku: string; newSku: string }>(
    `SELECT i.order_id AS orderId, i.sku, v2.sku AS newSku FROM sb_order_items i
     JOIN sb_variants v1 ON v1.sku = i.sku JOIN sb_variants v2 ON v2.product_id = v1.product_id AND v2.sku != v1.sku
     WHERE i.order_id IN (${untouchedDelivered}) AND i.order_id != ? ORDER BY i.order_id LIMIT 1`,
    delivered.id,
  );
  const shipment = row<{ order_id: string }>('SELECT order_id FROM sb_shipments LIMIT 1');
  const ticket = row<{ id: string }>('SELECT id FROM sb_tickets LIMIT 1');
  const account = row<{ id: string }>('SELECT id FROM sb_accounts ORDER BY id LIMIT 1');
  return {
    'crm.findCustomer': { email: customer.email },
    'crm.getCustomer': { customerId: customer.id },
    'crm.logInteraction': {
      customerId: customer.id,
      channel: 'chat',
      topic: 'Test',
      summary: 'Asked about an order',
      outcome: 'answered',
    },
    'orders.get': { orderId: pending.id },
    'orders.list': { customerId: customer.id },
    'orders.cancel': { orderId: pending.id, reason: 'changed mind' },
    'orders.updateAddress': {
      orderId: processing.id,
      address: { line1: '1 Elm St', city: 'Springfield', zip: '62704', country: 'US' },
    },
    'orders.return': {
      orderId: delivered.id,
      items: [{ sku: deliveredItem.sku, qty: 1 }],
      reason: 'too small',
    },
    'orders.exchange': {
      orderId: exchangeable.orderId,
      items: [{ sku: exchangeable.sku, newSku: exchangeable.newSku, qty: 1 }],
      reason: 'other size',
    },
    'catalog.get': { sku: deliveredItem.sku },
    'shipping.track': { orderId: shipment.order_id },
    'payments.issueCredit': { customerId: customer.id, amount: 5, currency: 'USD', reason: 'goodwill' },
    'payments.refund': { orderId: delivered.id, amount: 1, currency: 'USD', reason: 'partial refund' },
    'tickets.create': { customerId: customer.id, subject: 'Help', body: 'Please help' },
    'tickets.comment': { ticketId: ticket.id, body: 'Looking into it' },
    'tickets.update': { ticketId: ticket.id, status: 'pending', priority: 'high' },
    'kb.search': { query: 'return policy' },
    'accounts.get': { accountId: account.id },
    'accounts.usage': { accountId: account.id },
    'renewals.quote': { accountId: account.id },
    'email.send': { to: customer.email, subject: 'Hello', body: 'Your order update' },
    'calendar.schedule': {
      customerId: customer.id,
      startsAt: '2026-12-01T15:00:00Z',
      durationMinutes: 30,
      title: 'Renewal call',
    },
  };
}

describe('every tool on the sandbox', () => {
  it('succeeds with valid input, and its output matches the tool’s schema', async () => {
    const calls = validCalls();
    for (const tool of toolNames) {
      const result = await call(tool, calls[tool]);
      expect({ tool, ok: result.ok, error: result.ok ? null : result.error }).toEqual({
        tool,
        ok: true,
        error: null,
      });
    }
  });

  it('refuses bad input for each tool with an error naming the field, and changes nothing', async () => {
    const before = JSON.stringify(readSandbox(db));
    for (const tool of toolNames) {
      const result = await call(tool, { bogus: true });
      expect(result.ok, tool).toBe(false);
      if (!result.ok) {
        expect(result.error.code, tool).toBe('bad_request');
        expect(result.error.field ?? '', tool).toMatch(/^args/);
      }
    }
    expect(JSON.stringify(readSandbox(db))).toBe(before);
  });

  it('reports missing records as not found', async () => {
    const missing: [ToolName, unknown][] = [
      ['crm.getCustomer', { customerId: 'cus_9999' }],
      ['orders.get', { orderId: '#W9999999' }],
      ['orders.list', { customerId: 'cus_9999' }],
      ['orders.cancel', { orderId: '#W9999999', reason: 'x' }],
      ['catalog.get', { sku: 'NOPE-1' }],
      ['shipping.track', { trackingNumber: 'NOPE' }],
      ['payments.issueCredit', { customerId: 'cus_9999', amount: 5, currency: 'USD', reason: 'x' }],
      ['payments.refund', { orderId: '#W9999999', amount: 5, currency: 'USD', reason: 'x' }],
      ['tickets.comment', { ticketId: 'tk_9999', body: 'x' }],
      ['accounts.get', { accountId: 'acc_9999' }],
      ['accounts.usage', { accountId: 'acc_9999' }],
      ['renewals.quote', { accountId: 'acc_9999' }],
    ];
    for (const [tool, args] of missing) {
      const result = await call(tool, args);
      expect(result.ok ? 'ok' : result.error.code, tool).toBe('not_found');
    }
    expect((await call('crm.findCustomer', { email: 'nobody@nowhere.example' })).ok).toBe(true);
  });

  it('acts once for two calls with one idempotency key: one credit', async () => {
    const args = validCalls()['payments.issueCredit'];
    const first = await call('payments.issueCredit', args, 'same-key');
    const second = await call('payments.issueCredit', args, 'same-key');
    expect(second).toMatchObject({ ok: true, replayed: true });
    expect(first.ok && second.ok && second.value).toEqual(first.ok && first.value);
    expect(
      row<{ n: number }>("SELECT COUNT(*) AS n FROM sb_credits WHERE idempotency_key = 'same-key'").n,
    ).toBe(1);
  });

  it('acts once for every write tool called twice with one key', async () => {
    const calls = validCalls();
    for (const tool of toolNames.filter((t) => tools[t].risk !== 'read')) {
      const first = await call(tool, calls[tool], `twice-${tool}`);
      const second = await call(tool, calls[tool], `twice-${tool}`);
      expect(first.ok, tool).toBe(true);
      expect(second, tool).toMatchObject({ ok: true, replayed: true });
    }
    expect(row<{ n: number }>("SELECT COUNT(*) AS n FROM sb_outbox WHERE subject = 'Hello'").n).toBe(1);
    expect(row<{ n: number }>("SELECT COUNT(*) AS n FROM sb_tickets WHERE subject = 'Help'").n).toBe(1);
  });

  it('audits every call with actor, arguments, outcome and the deciding rule', async () => {
    await call('kb.search', { query: 'shipping' });
    await call('orders.get', { orderId: 42 });
    const [ok, failed] = bridge.audit.list();
    expect(ok).toMatchObject({ actor: 'rep', tool: 'kb.search', status: 'ok', decision: { rule: 'test' } });
    expect(failed).toMatchObject({ tool: 'orders.get', status: 'error', error: { code: 'bad_request' } });
  });
});
