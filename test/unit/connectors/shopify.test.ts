import { isDeepStrictEqual } from 'node:util';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import { shopify } from '../../../electron/connectors/shopify';
import accessDeniedReply from '../../../electron/connectors/shopify/fixtures/access-denied.json';
import cancelReply from '../../../electron/connectors/shopify/fixtures/order-cancel.json';
import updateReply from '../../../electron/connectors/shopify/fixtures/order-update.json';
import ordersReply from '../../../electron/connectors/shopify/fixtures/orders.json';
import productReply from '../../../electron/connectors/shopify/fixtures/product.json';
import returnReply from '../../../electron/connectors/shopify/fixtures/return-create.json';
import returnableReply from '../../../electron/connectors/shopify/fixtures/returnable-fulfillments.json';
import shopReply from '../../../electron/connectors/shopify/fixtures/shop.json';
import throttledReply from '../../../electron/connectors/shopify/fixtures/throttled.json';
import variantsReply from '../../../electron/connectors/shopify/fixtures/variants-by-sku.json';
import type { CustomerDirectory, SystemDeps } from '../../../electron/connectors/system';
import { knownSecrets } from '../../../electron/security/secret-registry';
import type { ToolContext } from '../../../electron/tools/connector';
import { ToolError } from '../../../electron/tools/tool-error';
import { tools, type ToolName, type ToolOutput } from '../../../shared/tools';

const base = 'https://acme.myshopify.com';
const path = '/admin/api/2025-07/graphql.json';
const accessToken = 'shpat_acme_token_123';
const now = new Date('2026-03-10T12:00:00Z');

/** The CRM knows Bob (cus_bob) and Ana (cus_ana); other emails belong to no customer. */
const customers: CustomerDirectory = {
  idForEmail: async (email) =>
    ({ 'bob.norman@mail.example.com': 'cus_bob', 'ana@example.com': 'cus_ana' })[email] ?? null,
  emailForId: async (id) =>
    ({ cus_bob: 'bob.norman@mail.example.com', cus_ana: 'ana@example.com' })[id] ?? null,
};

function open(fields: Record<string, string> = {}, extra: Partial<SystemDeps> = {}) {
  const parsed = shopify.parseConfig({ baseUrl: base, accessToken, ...fields });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const deps: SystemDeps = {
    customers,
    health: new SystemHealth(),
    onCall: () => {},
    now: () => now,
    sleep: async () => {},
    ...extra,
  };
  return shopify.open(parsed.value, deps);
}

const context = (): ToolContext => ({
  idempotencyKey: 'act-1',
  signal: new AbortController().signal,
  now: () => now,
});

/** Runs a handler with contract-valid input and checks its output against the contract. */
async function call<T extends ToolName>(name: T, input: unknown, fields?: Record<string, string>) {
  const handler = open(fields).handlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  const output = await handler(tools[name].input.parse(input) as never, context());
  return tools[name].output.parse(output) as ToolOutput<T>;
}

const failure = async (promise: Promise<unknown>): Promise<ToolError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ToolError) return error;
    throw error;
  }
  throw new Error('expected a ToolError');
};

/** One GraphQL call: the operation it opens with, exactly these variables, and any text it must hold. */
const graphql = (operation: string, variables: object, text = '') =>
  nock(base, {
    reqheaders: { 'x-shopify-access-token': accessToken, 'content-type': 'application/json' },
  }).post(
    path,
    (body: { query: string; variables: object }) =>
      body.query.trimStart().startsWith(operation) &&
      body.query.includes(text) &&
      isDeepStrictEqual(body.variables, variables),
  );

const orderQuery = (name: string) => ({ query: `name:"${name}" OR name:"#${name}"`, first: 5 });
const findOrder = (reply: object = ordersReply) =>
  graphql('query Orders(', orderQuery('1001')).reply(200, reply);

const order = ordersReply.data.orders.nodes[0]!;
const withOrder = (changes: Record<string, unknown>) => ({
  data: { orders: { nodes: [{ ...order, ...changes }] } },
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('Shopify settings', () => {
  it('needs the shop URL and token, and defaults the API version', () => {
    expect(shopify.parseConfig({ baseUrl: base, accessToken, apiVersion: '' })).toEqual({
      ok: true,
      value: { baseUrl: base, accessToken, apiVersion: '2025-07' },
    });
    const bad = shopify.parseConfig({ baseUrl: 'acme shop', apiVersion: 'July' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => p.split(':')[0])).toEqual(['baseUrl', 'accessToken', 'apiVersion']);
  });

  it('registers the token as a secret', () => {
    open();
    expect(knownSecrets()).toContain(accessToken);
  });
});

describe('Shopify connection test', () => {
  it('names the shop', async () => {
    graphql('query ConnectionTest', {}).reply(200, shopReply);
    await expect(open().test()).resolves.toEqual({
      system: 'shopify',
      ok: true,
      account: 'Acme Store (acme.myshopify.com)',
      problem: null,
      scope: null,
      message: 'Connected to Acme Store (acme.myshopify.com).',
    });
  });

  it('names the access scope the token lacks', async () => {
    graphql('query ConnectionTest', {}).reply(200, accessDeniedReply);
    const result = await open().test();
    expect(result).toMatchObject({ ok: false, problem: 'scope_missing', scope: 'read_orders' });
    expect(result.message).toMatch(/lacks the scope read_orders/);
  });

  it('reports a rejected token', async () => {
    graphql('query ConnectionTest', {}).reply(401, {
      errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
    });
    await expect(open().test()).resolves.toMatchObject({ ok: false, problem: 'token_rejected' });
  });

  it('names a host that does not exist', async () => {
    const fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    const result = await open({ baseUrl: 'https://nope.myshopify.com' }, { fetch }).test();
    expect(result).toMatchObject({ ok: false, problem: 'host_not_found' });
  });
});

describe('orders.get and orders.list', () => {
  const mapped = {
    id: '1001',
    customerId: 'cus_bob',
    status: 'processing',
    placedAt: '2026-03-01T14:22:10Z',
    promisedBy: null,
    items: [
      { sku: 'TSHIRT-M-BLUE', name: 'T-shirt - M / Blue', qty: 2, price: 25 },
      { sku: 'MUG-1', name: 'Mug', qty: 1, price: 9 },
    ],
    total: 59,
    currency: 'USD',
    shippingAddress: {
      line1: 'Chestnut Street 92',
      line2: 'Apt 2',
      city: 'Louisville',
      state: 'KY',
      zip: '40202',
      country: 'US',
    },
    paymentMethod: 'shopify_payments',
  };

  it('finds an order by its name, with or without the #', async () => {
    findOrder();
    await expect(call('orders.get', { orderId: '1001' })).resolves.toEqual({ order: mapped });
    findOrder();
    await expect(call('orders.get', { orderId: '#1001' })).resolves.toEqual({ order: mapped });
  });

  it('does not take a near match of the name for the order', async () => {
    findOrder(withOrder({ name: '#10010' }));
    expect((await failure(call('orders.get', { orderId: '1001' }))).code).toBe('not_found');
  });

  it('names the owner of another customer’s order by that customer, or by Shopify’s id', async () => {
    findOrder(withOrder({ email: 'ana@example.com' }));
    expect((await call('orders.get', { orderId: '1001' })).order.customerId).toBe('cus_ana');
    findOrder(withOrder({ email: 'stranger@example.com' }));
    expect((await call('orders.get', { orderId: '1001' })).order.customerId).toBe('shopify:544365967');
    findOrder(withOrder({ email: null, customer: null }));
    expect((await call('orders.get', { orderId: '1001' })).order.customerId).toBe('shopify:order-148977776');
  });

  it('maps shipping progress and payment to our statuses', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ displayFinancialStatus: 'PENDING' }, 'pending'],
      [{ displayFulfillmentStatus: 'PARTIALLY_FULFILLED' }, 'shipped'],
      [
        {
          displayFulfillmentStatus: 'FULFILLED',
          fulfillments: [{ displayStatus: 'IN_TRANSIT', estimatedDeliveryAt: '2026-03-12T18:00:00Z' }],
        },
        'shipped',
      ],
      [
        { displayFulfillmentStatus: 'FULFILLED', fulfillments: [{ displayStatus: 'DELIVERED' }] },
        'delivered',
      ],
      [{ cancelledAt: '2026-03-02T09:00:00Z' }, 'cancelled'],
    ];
    for (const [changes, status] of cases) {
      findOrder(withOrder(changes));
      expect((await call('orders.get', { orderId: '1001' })).order.status).toBe(status);
    }
  });

  it('lists a customer’s orders by email, newest first, keeping only that email and the status asked', async () => {
    const reply = {
      data: {
        orders: {
          nodes: [
            { ...order, name: '#1003', displayFulfillmentStatus: 'FULFILLED' },
            { ...order, name: '#1002', email: 'bob.norman@mail.example.com.evil' },
            order,
          ],
        },
      },
    };
    graphql('query Orders(', { query: 'email:"bob.norman@mail.example.com"', first: 50 }).reply(200, reply);
    const all = await call('orders.list', { customerId: 'cus_bob' });
    expect(all.orders.map((o) => o.id)).toEqual(['1003', '1001']);

    graphql('query Orders(', { query: 'email:"bob.norman@mail.example.com"', first: 100 }).reply(200, reply);
    const shipped = await call('orders.list', { customerId: 'cus_bob', status: 'shipped', limit: 5 });
    expect(shipped.orders.map((o) => o.id)).toEqual(['1003']);
  });

  it('refuses a customer the CRM does not know', async () => {
    expect((await failure(call('orders.list', { customerId: 'cus_x' }))).code).toBe('not_found');
  });

  it('waits out Shopify’s throttle and asks again', async () => {
    const waits: number[] = [];
    graphql('query Orders(', orderQuery('1001')).reply(200, throttledReply);
    findOrder();
    const handler = open({}, { sleep: async (ms) => void waits.push(ms) }).handlers['orders.get']!;
    const out = await handler({ orderId: '1001' }, context());
    expect(out.order.id).toBe('1001');
    expect(waits).toEqual([2000]);
  });

  it('repeats a read after a 500, but never a write', async () => {
    graphql('query Orders(', orderQuery('1001')).reply(500);
    findOrder();
    expect((await call('orders.get', { orderId: '1001' })).order.id).toBe('1001');

    findOrder();
    graphql('mutation OrderCancel', {
      orderId: order.id,
      reason: 'CUSTOMER',
      staffNote: 'Ordered twice',
    }).reply(503);
    await expect(call('orders.cancel', { orderId: '1001', reason: 'Ordered twice' })).rejects.toMatchObject({
      kind: 'unavailable',
    });
  });
});

describe('orders.cancel and orders.updateAddress', () => {
  it('cancels without refunding and reads the order back', async () => {
    findOrder();
    graphql(
      'mutation OrderCancel',
      { orderId: order.id, reason: 'CUSTOMER', staffNote: 'Ordered twice' },
      'refundMethod: { originalPaymentMethodsRefund: false }',
    ).reply(200, cancelReply);
    findOrder(withOrder({ cancelledAt: '2026-03-10T12:00:01Z' }));
    const out = await call('orders.cancel', { orderId: '1001', reason: 'Ordered twice' });
    expect(out.order).toMatchObject({ id: '1001', status: 'cancelled', customerId: 'cus_bob' });
  });

  it('refuses an order that has shipped, and passes on Shopify’s refusal', async () => {
    findOrder(withOrder({ displayFulfillmentStatus: 'FULFILLED' }));
    const shipped = await failure(call('orders.cancel', { orderId: '1001', reason: 'Too late' }));
    expect(shipped.code).toBe('conflict');
    expect(shipped.message).toMatch(/#1001 is shipped/);

    findOrder();
    graphql('mutation OrderCancel', { orderId: order.id, reason: 'CUSTOMER', staffNote: 'x' }).reply(200, {
      data: {
        orderCancel: {
          job: null,
          orderCancelUserErrors: [
            { field: ['orderId'], message: 'Cannot cancel an order with pending payments', code: 'INVALID' },
          ],
        },
      },
    });
    const refused = await failure(call('orders.cancel', { orderId: '1001', reason: 'x' }));
    expect(refused).toMatchObject({
      code: 'conflict',
      message: 'Shopify refused: Cannot cancel an order with pending payments',
    });
  });

  it('replaces the shipping address, keeping the recipient and looking up the country code', async () => {
    findOrder();
    graphql('mutation OrderUpdate', {
      input: {
        id: order.id,
        shippingAddress: {
          firstName: 'Bob',
          lastName: 'Norman',
          phone: '+16135551111',
          address1: '190 MacLaren Street',
          city: 'Ottawa',
          provinceCode: 'ON',
          zip: 'K2P 0L6',
          countryCode: 'CA',
        },
      },
    }).reply(200, updateReply);
    const address = {
      line1: '190 MacLaren Street',
      city: 'Ottawa',
      state: 'ON',
      zip: 'K2P 0L6',
      country: 'Canada',
    };
    const out = await call('orders.updateAddress', { orderId: '1001', address });
    expect(out.order.shippingAddress).toEqual({ ...address, country: 'CA' });
  });

  it('refuses a country it cannot name by code', async () => {
    findOrder();
    const address = { line1: '1 Main St', city: 'X', zip: '1', country: 'Atlantis' };
    const error = await failure(call('orders.updateAddress', { orderId: '1001', address }));
    expect(error).toMatchObject({ code: 'bad_request', field: 'address' });
  });
});

describe('orders.return and orders.exchange', () => {
  const returnable = () =>
    graphql('query ReturnableLines', { orderId: order.id }).reply(200, returnableReply);
  const line = 'gid://shopify/FulfillmentLineItem/866550311';

  it('opens a return for the fulfilled lines of the skus, with the refund due after discounts', async () => {
    findOrder(withOrder({ displayFulfillmentStatus: 'FULFILLED' }));
    returnable();
    graphql('mutation ReturnCreate', {
      returnInput: {
        orderId: order.id,
        returnLineItems: [
          {
            fulfillmentLineItemId: line,
            quantity: 1,
            returnReason: 'DEFECTIVE',
            returnReasonNote: 'Arrived damaged',
          },
        ],
      },
    }).reply(200, returnReply);
    await expect(
      call('orders.return', {
        orderId: '#1001',
        items: [{ sku: 'TSHIRT-M-BLUE', qty: 1 }],
        reason: 'Arrived damaged',
      }),
    ).resolves.toEqual({ returnId: '945000954', orderId: '1001', refundDue: 22.5, currency: 'USD' });
  });

  it('refuses more than can still be returned, before opening anything', async () => {
    findOrder();
    returnable();
    const items = [{ sku: 'TSHIRT-M-BLUE', qty: 3 }];
    const error = await failure(call('orders.return', { orderId: '1001', items, reason: 'Too big' }));
    expect(error).toMatchObject({ code: 'bad_request', field: 'items' });
    expect(error.message).toMatch(/Only 2 of TSHIRT-M-BLUE/);
  });

  it('exchanges for another variant of the same product, with the price difference', async () => {
    findOrder();
    returnable();
    graphql('query VariantsBySku', { query: 'sku:"TSHIRT-L-BLUE"' }).reply(200, variantsReply);
    graphql('mutation ReturnCreate', {
      returnInput: {
        orderId: order.id,
        returnLineItems: [
          {
            fulfillmentLineItemId: line,
            quantity: 1,
            returnReason: 'SIZE_TOO_SMALL',
            returnReasonNote: 'Too small',
          },
        ],
        exchangeLineItems: [{ variantId: 'gid://shopify/ProductVariant/30322695', quantity: 1 }],
      },
    }).reply(200, returnReply);
    const items = [{ sku: 'TSHIRT-M-BLUE', newSku: 'TSHIRT-L-BLUE', qty: 1 }];
    await expect(call('orders.exchange', { orderId: '1001', items, reason: 'Too small' })).resolves.toEqual({
      exchangeId: '945000954',
      orderId: '1001',
      priceDifference: 4.5,
      currency: 'USD',
    });
  });

  it('refuses a variant of another product', async () => {
    findOrder();
    returnable();
    graphql('query VariantsBySku', { query: 'sku:"TSHIRT-L-BLUE"' }).reply(200, variantsReply);
    const items = [{ sku: 'MUG-1', newSku: 'TSHIRT-L-BLUE', qty: 1 }];
    const error = await failure(call('orders.exchange', { orderId: '1001', items, reason: 'x' }));
    expect(error).toMatchObject({ code: 'bad_request', field: 'items' });
  });

  it('says when the configured API version cannot exchange', async () => {
    const items = [{ sku: 'TSHIRT-M-BLUE', newSku: 'TSHIRT-L-BLUE', qty: 1 }];
    const error = await failure(
      call('orders.exchange', { orderId: '1001', items, reason: 'x' }, { apiVersion: '2024-04' }),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/2024-07 or later/);
  });
});

describe('catalog.get', () => {
  const tshirt = {
    id: '108828309',
    name: 'T-shirt',
    description: 'A soft cotton T-shirt.',
    variants: [
      { sku: 'TSHIRT-M-BLUE', options: { Size: 'M', Color: 'Blue' }, price: 25, available: true },
      { sku: 'TSHIRT-L-BLUE', options: { Size: 'L', Color: 'Blue' }, price: 27, available: true },
    ],
  };

  it('reads a product by id, leaving out variants without a sku', async () => {
    graphql('query Product', { id: 'gid://shopify/Product/108828309' }).reply(200, productReply);
    await expect(call('catalog.get', { productId: '108828309' })).resolves.toEqual({ product: tshirt });
  });

  it('finds a product by the exact sku of a variant', async () => {
    graphql('query VariantsBySku', { query: 'sku:"TSHIRT-L-BLUE"' }).reply(200, variantsReply);
    await expect(call('catalog.get', { sku: 'TSHIRT-L-BLUE' })).resolves.toEqual({ product: tshirt });
    graphql('query VariantsBySku', { query: 'sku:"TSHIRT-L"' }).reply(200, variantsReply);
    expect((await failure(call('catalog.get', { sku: 'TSHIRT-L' }))).code).toBe('not_found');
  });

  it('finds nothing for a missing product or an id that is not Shopify’s', async () => {
    graphql('query Product', { id: 'gid://shopify/Product/1' }).reply(200, { data: { product: null } });
    expect((await failure(call('catalog.get', { productId: '1' }))).code).toBe('not_found');
    expect((await failure(call('catalog.get', { productId: 'abc' }))).code).toBe('not_found');
  });
});

describe('Shopify records', () => {
  it('names the email that owns an order, and null for no order or another kind', async () => {
    const { records } = open();
    findOrder();
    await expect(records!.ownerEmailOf('order', '1001')).resolves.toBe('bob.norman@mail.example.com');
    findOrder({ data: { orders: { nodes: [] } } });
    await expect(records!.ownerEmailOf('order', '1001')).resolves.toBeNull();
    await expect(records!.ownerEmailOf('shipment', '1Z999')).resolves.toBeNull();
  });
});
