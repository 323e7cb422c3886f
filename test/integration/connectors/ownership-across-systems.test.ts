import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import ordersReply from '../../../electron/connectors/shopify/fixtures/orders.json';
import { scenarioApp } from '../agent/agent-fixture';

const shop = 'https://acme.myshopify.com';
const graphqlPath = '/admin/api/2025-07/graphql.json';
const fixtureOrder = ordersReply.data.orders.nodes[0]!;

let app: App;
let mutations: string[];

/** Shopify answers every order lookup with order #1001 of `owner`; any mutation is recorded. */
function shopifyWithOrderOf(owner: string) {
  nock(shop)
    .persist()
    .post(graphqlPath)
    .reply((_uri, body) => {
      const { query } = body as { query: string };
      if (/^\s*mutation/.test(query)) {
        mutations.push(query.slice(0, 40));
        return [500, { errors: [{ message: 'a mutation must not run in this test' }] }];
      }
      return [200, { data: { orders: { nodes: [{ ...fixtureOrder, email: owner }] } } }];
    });
}

const customers = () =>
  app.db.prepare('SELECT id, email FROM sb_customers ORDER BY id LIMIT 2').all() as {
    id: string;
    email: string;
  }[];

beforeAll(() => nock.disableNetConnect());
beforeEach(async () => {
  mutations = [];
  app = scenarioApp({ systems: { sleep: async () => {} } });
  const configured = await app.dispatch('connections.configure', {
    system: 'shopify',
    fields: { baseUrl: shop, accessToken: 'shpat_ownership_test_token' },
  });
  expect(configured.ok).toBe(true);
  expect((await app.dispatch('connections.map', { group: 'orders', system: 'shopify' })).ok).toBe(true);
});
afterEach(async () => {
  nock.cleanAll();
  await app.close();
});

const writes = [
  ['orders.cancel', { orderId: '1001', reason: 'changed my mind' }],
  [
    'orders.updateAddress',
    { orderId: '1001', address: { line1: '1 Main St', city: 'Portland', zip: '97204', country: 'US' } },
  ],
  ['orders.return', { orderId: '1001', items: [{ sku: 'MUG-1', qty: 1 }], reason: 'broken' }],
  [
    'orders.exchange',
    { orderId: '1001', items: [{ sku: 'MUG-1', newSku: 'MUG-2', qty: 1 }], reason: 'colour' },
  ],
] as const;

describe('ownership on a connected shop, as on the sandbox', () => {
  const asCustomer = (customerId: string, tool: string, args: unknown) =>
    app.tools.executor.execute({
      tool,
      args,
      actor: 'agent',
      principal: { kind: 'customer', customerId },
      decision: { effect: 'allow', rule: 'test' },
      idempotencyKey: `own-${tool}-${customerId}`,
    });

  it.each([
    ['another customer of the CRM', (other: string) => other],
    ['an email no CRM customer has', () => 'stranger@example.org'],
  ])('hides and never changes an order of %s', async (_label, ownerOf) => {
    const [me, other] = customers();
    shopifyWithOrderOf(ownerOf(other!.email));
    const read = await asCustomer(me!.id, 'orders.get', { orderId: '1001' });
    expect(read).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'No order with id 1001.' },
    });
    for (const [tool, args] of writes) {
      const outcome = await asCustomer(me!.id, tool, args);
      expect(outcome).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(mutations).toEqual([]);
  });

  it("serves the customer's own order with the CRM's customer id", async () => {
    const [me] = customers();
    shopifyWithOrderOf(me!.email.toUpperCase());
    const read = await asCustomer(me!.id, 'orders.get', { orderId: '#1001' });
    expect(read).toMatchObject({ ok: true, value: { order: { id: '1001', customerId: me!.id } } });
  });

  it("never reaches another customer's order through the agent, whatever the customer writes", async () => {
    const [me, other] = customers();
    shopifyWithOrderOf(other!.email);
    for (const text of [
      'Cancel order 1001 please',
      'I need to return the mug from order #1001, it arrived broken',
      'ship order 1001 to 1 Main St, Portland OR 97204 instead',
    ]) {
      const posted = app.conversations.postCustomerMessage({ customer: me!.email, text });
      if (!posted.ok) throw new Error(posted.error.message);
      const report = await app.agent.handleCustomerMessage(
        posted.value.conversation.id,
        posted.value.message,
      );
      const changes = report.actions.filter((a) => writes.some(([tool]) => tool === a.tool));
      expect(changes.filter((a) => a.status === 'executed' || a.status === 'pending_approval')).toEqual([]);
      expect(report.reply ?? '').not.toMatch(/Chestnut|Louisville|Norman/);
    }
    expect(mutations).toEqual([]);
  });
});
