import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScopes, type Scopes } from '../../../shared/policy';
import { tools, toolNames, type ToolName, type ToolOutput } from '../../../shared/tools';
import { readSandbox, replaceSandbox } from '../../../electron/sandbox/data/sandbox-store';
import { generateSandbox } from '../../../electron/sandbox/seed/generate-sandbox';
import { openDatabase, type Database } from '../../../electron/store/database';
import type { Principal } from '../../../electron/tools/principal';
import { createToolBridge, type ToolBridge } from '../../../electron/tools/tool-bridge';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { renewalQuoter } from '../../../electron/renewals/build-cheat-sheet';
import { sandboxRenewalSignals } from '../../../electron/tools/connectors/sandbox-renewal-signals';

let db: Database;
let bridge: ToolBridge;
let scopes: Scopes = defaultScopes;
const today = new Date('2026-11-27T15:00:00Z');

beforeAll(() => {
  db = openDatabase(':memory:');
  replaceSandbox(db, generateSandbox({ size: 120, asOf: today }));
  bridge = createToolBridge(db, {
    now: () => today,
    policy: () => ({ ...defaultPolicy(), scopes }),
    renewalQuote: renewalQuoter(() => sandboxRenewalSignals(db), defaultPolicy),
  });
});
afterAll(() => db.close());

interface Owner {
  id: string;
  email: string;
  orderId: string;
  tracking: string;
  ticketId: string;
  accountId: string;
}

/** Customers who own one of each kind of record, so every tool can be aimed at them. */
function owners(count: number): Owner[] {
  return db
    .prepare(
      `SELECT c.id, c.email,
              (SELECT o.id FROM sb_orders o WHERE o.customer_id = c.id ORDER BY o.id LIMIT 1) AS orderId,
              (SELECT s.tracking_number FROM sb_shipments s JOIN sb_orders o ON o.id = s.order_id
               WHERE o.customer_id = c.id LIMIT 1) AS tracking,
              (SELECT t.id FROM sb_tickets t WHERE t.customer_id = c.id LIMIT 1) AS ticketId,
              (SELECT a.id FROM sb_accounts a WHERE a.customer_id = c.id LIMIT 1) AS accountId
       FROM sb_customers c
       WHERE tracking IS NOT NULL AND ticketId IS NOT NULL AND accountId IS NOT NULL
       ORDER BY c.id LIMIT ?`,
    )
    .all(count) as Owner[];
}

/** A call of every tool aimed at one customer's records (or, for email, at their address). */
const aimedAt = (v: Owner): Partial<Record<ToolName, Record<string, unknown>>> => ({
  'crm.getCustomer': { customerId: v.id },
  'crm.logInteraction': { customerId: v.id, channel: 'chat', topic: 'x', summary: 'x', outcome: 'x' },
  'orders.get': { orderId: v.orderId },
  'orders.list': { customerId: v.id },
  'orders.cancel': { orderId: v.orderId, reason: 'changed my mind' },
  'orders.updateAddress': {
    orderId: v.orderId,
    address: { line1: '9 Harbor View Rd', city: 'Portland', zip: '97201', country: 'US' },
  },
  'orders.return': { orderId: v.orderId, items: [{ sku: 'ANY-SKU', qty: 1 }], reason: 'broken' },
  'orders.exchange': {
    orderId: v.orderId,
    items: [{ sku: 'ANY-SKU', newSku: 'OTHER-SKU', qty: 1 }],
    reason: 'size',
  },
  'shipping.track': { trackingNumber: v.tracking },
  'payments.issueCredit': {
    customerId: v.id,
    amount: 15,
    currency: 'USD',
    reason: 'late',
    orderId: v.orderId,
  },
  'payments.refund': { orderId: v.orderId, amount: 5, currency: 'USD', reason: 'broken' },
  'tickets.create': { customerId: v.id, subject: 'Help', body: 'Please help' },
  'tickets.comment': { ticketId: v.ticketId, body: 'A note' },
  'tickets.update': { ticketId: v.ticketId, status: 'solved' },
  'accounts.get': { accountId: v.accountId },
  'accounts.usage': { accountId: v.accountId },
  'renewals.quote': { accountId: v.accountId },
  'email.send': { to: v.email, subject: 'Hello', body: 'Hi' },
  'calendar.schedule': {
    customerId: v.id,
    startsAt: '2026-12-01T15:00:00Z',
    durationMinutes: 30,
    title: 'Call',
  },
});

/** Ids that name no record, to compare a refusal with a plain miss. */
const missing: Owner = {
  id: 'cus_9999',
  email: 'nobody-here@example.com',
  orderId: '#W9999999',
  tracking: '1Z999999999',
  ticketId: 'tkt_99999',
  accountId: 'acc_9999',
};

let keys = 0;
const call = (tool: ToolName, args: unknown, principal: Principal) =>
  bridge.executor.execute({
    tool,
    args,
    actor: 'agent',
    principal,
    decision: { effect: 'allow', rule: 'test' },
    conversationId: 'c-ownership',
    ...(tools[tool].risk === 'read' ? {} : { idempotencyKey: `own-${++keys}` }),
  });

const aimedTools = toolNames.filter((tool) => aimedAt(missing)[tool] !== undefined);

describe('ownership in a customer conversation', () => {
  it('answers every tool aimed at another customer’s records with "not found", as for a missing record, and changes nothing', async () => {
    const people = owners(8);
    expect(people.length).toBe(8);
    const before = JSON.stringify(readSandbox(db));
    for (const [i, attacker] of people.entries()) {
      const victim = people[(i + 1 + (i % 3)) % people.length]!;
      for (const tool of aimedTools) {
        const foreign = await call(tool, aimedAt(victim)[tool], {
          kind: 'customer',
          customerId: attacker.id,
        });
        const absent = await call(tool, aimedAt(missing)[tool], {
          kind: 'customer',
          customerId: attacker.id,
        });
        expect(foreign.ok, `${tool} on ${victim.id}'s records for ${attacker.id}`).toBe(false);
        if (foreign.ok || absent.ok) continue;
        expect(foreign.error.code, tool).toBe('not_found');
        // Same code, same wording, same field: nothing tells a record of someone else from none at all.
        expect(absent.error.code, tool).toBe('not_found');
        expect(foreign.error.field, tool).toBe(absent.error.field);
        const shape = (message: string) => message.replace(/\S*\d\S*|\S+@\S+/g, 'ID');
        expect(shape(foreign.error.message), tool).toBe(shape(absent.error.message));
      }
    }
    expect(JSON.stringify(readSandbox(db))).toBe(before);
  });

  it('audits each refusal as a denied attempt under the record-ownership rule, without running it', async () => {
    const [attacker, victim] = owners(2);
    const result = await call('orders.cancel', aimedAt(victim!)['orders.cancel'], {
      kind: 'customer',
      customerId: attacker!.id,
    });
    expect(result.ok).toBe(false);
    const entry = bridge.audit.list({ conversationId: 'c-ownership' }).at(-1)!;
    expect(entry).toMatchObject({
      tool: 'orders.cancel',
      status: 'denied',
      principal: `customer:${attacker!.id}`,
      decision: { rule: 'record-ownership' },
      result: null,
    });
  });

  it('finds only the verified customer, whatever is searched for', async () => {
    const [me, other] = owners(2);
    const self = { kind: 'customer', customerId: me!.id } as const;
    for (const query of [
      { email: other!.email },
      { customerId: other!.id },
      { name: 'a' },
      { email: me!.email },
    ]) {
      const found = await call('crm.findCustomer', query, self);
      const ids = found.ok ? (found.value as ToolOutput<'crm.findCustomer'>).customers.map((c) => c.id) : [];
      expect(
        ids.every((id) => id === me!.id),
        JSON.stringify(query),
      ).toBe(true);
    }
  });

  it('lets the verified customer use every tool on their own records', async () => {
    const [me] = owners(1);
    for (const tool of [
      'crm.getCustomer',
      'orders.get',
      'orders.list',
      'shipping.track',
      'accounts.get',
    ] as const) {
      const result = await call(tool, aimedAt(me!)[tool], { kind: 'customer', customerId: me!.id });
      expect(result.ok, tool).toBe(true);
    }
  });

  it('reaches no record at all while nobody is verified, but still answers from the knowledge base', async () => {
    const [victim] = owners(1);
    for (const tool of aimedTools) {
      const result = await call(tool, aimedAt(victim!)[tool], { kind: 'customer', customerId: null });
      expect(result.ok, tool).toBe(false);
    }
    expect(
      (await call('kb.search', { query: 'return policy' }, { kind: 'customer', customerId: null })).ok,
    ).toBe(true);
  });
});

describe('the scopes of reps and delegated tasks', () => {
  it('keeps an approval to the conversation’s customer and a task to its account’s, as the policy says', async () => {
    const [customer, other] = owners(2);
    const readOther = (principal: Principal) => call('orders.get', { orderId: other!.orderId }, principal);
    expect((await readOther({ kind: 'rep', customerId: customer!.id })).ok).toBe(false);
    expect((await readOther({ kind: 'task', customerId: customer!.id })).ok).toBe(false);
    expect((await readOther({ kind: 'rep' })).ok).toBe(true);
    scopes = { approvals: 'any', delegatedTasks: 'any' };
    try {
      expect((await readOther({ kind: 'rep', customerId: customer!.id })).ok).toBe(true);
      expect((await readOther({ kind: 'task', customerId: customer!.id })).ok).toBe(true);
      // A customer is never widened by the policy.
      expect((await readOther({ kind: 'customer', customerId: customer!.id })).ok).toBe(false);
    } finally {
      scopes = defaultScopes;
    }
  });
});
