import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import { stripe } from '../../../electron/connectors/stripe';
import type { CustomerDirectory } from '../../../electron/connectors/system';
import type { ToolContext } from '../../../electron/tools/connector';
import { tools, type ToolName, type ToolOutput } from '../../../shared/tools';
import { startOpenApiMock, type MockRequest, type OpenApiMock } from '../../fixtures/openapi-mock-server';

interface Parameter {
  name: string;
  in: string;
}
interface Description {
  paths: Record<string, Record<string, { operationId?: string; parameters?: Parameter[] }>>;
}

/** Stripe's published description, cut down to the operations the connector calls (see openapi/README.md). */
const subset = JSON.parse(
  readFileSync(new URL('../../fixtures/openapi/stripe-subset.json', import.meta.url), 'utf8'),
) as Description;

const balanceTransactions = '/v1/customers/{customer}/balance_transactions';
const spec = subset;

const secretKey = 'sk_test_51AcmeSecretKey';
const now = new Date('2026-03-10T12:00:00Z');

/** The CRM knows Jenny (cus_jenny); Stripe knows her as cus_stripe_jenny. */
const customers: CustomerDirectory = {
  idForEmail: async (email) => (email === 'jennyrosen@example.com' ? 'cus_jenny' : null),
  emailForId: async (id) => (id === 'cus_jenny' ? 'jennyrosen@example.com' : null),
};

const since = '2026-03-01T00:00:00Z';
const sinceUnix = Date.parse(since) / 1000;

let mock: OpenApiMock;

/** Stripe's customer for Jenny, in the shape the description gives a customer. */
const stripeCustomer = () => {
  const list = mock.synthesise('GetCustomers') as { data: Record<string, unknown>[] };
  return { ...list.data[0], id: 'cus_stripe_jenny', email: 'jennyrosen@example.com', currency: 'usd' };
};

type Body = Record<string, unknown> & { data: Record<string, unknown>[] };

beforeAll(async () => {
  mock = await startOpenApiMock(spec, {
    respond: {
      GetAccount: (account: Record<string, unknown>) => ({
        ...account,
        id: 'acct_1Nv0FGQ9RKHgCVdK',
        business_profile: { ...(account.business_profile as object), name: 'Acme Outfitters' },
      }),
      GetCustomers: (list: Body) => ({ ...list, data: [stripeCustomer()], has_more: false }),
      // The checkout's PaymentIntent: the order id in its metadata, paid by Jenny.
      GetPaymentIntentsSearch: (found: Body, request: MockRequest) => {
        const orderId = /metadata\['order_id'\]:'([^']+)'/.exec(String(request.query.query))?.[1];
        return {
          ...found,
          data: [
            {
              ...found.data[0],
              id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
              status: 'succeeded',
              amount: 5999,
              amount_received: 5999,
              currency: 'usd',
              metadata: { order_id: orderId },
              customer: stripeCustomer(),
            },
          ],
          has_more: false,
        };
      },
      PostRefunds: (refund: Record<string, unknown>, request: MockRequest) => {
        const form = request.body as { amount: string; payment_intent: string; metadata: object };
        const { failure_reason: _failure, ...succeeded } = refund;
        return {
          ...succeeded,
          id: 're_3MtwBwLkdIwHu7ix0aNZ3Mj5',
          amount: Number(form.amount),
          currency: 'usd',
          created: 1773144000,
          payment_intent: form.payment_intent,
          metadata: form.metadata,
          status: 'succeeded',
        };
      },
      PostCustomersCustomerBalanceTransactions: (transaction: Record<string, unknown>, request) => {
        const form = request.body as { amount: string; currency: string; metadata?: object };
        return {
          ...transaction,
          id: 'cbtxn_1MrvjsLkdIwHu7ixUhPNHzaY',
          amount: Number(form.amount),
          currency: form.currency,
          created: 1773144000,
          ending_balance: Number(form.amount) - 500,
          metadata: form.metadata ?? {},
          type: 'adjustment',
        };
      },
      GetCustomersCustomerBalanceTransactions: (list: Body) => {
        const [example] = list.data;
        return {
          ...list,
          data: [
            { ...example, id: 'cbtxn_2', amount: -1500, currency: 'usd', created: sinceUnix + 86_400 },
            { ...example, id: 'cbtxn_1', amount: -500, currency: 'usd', created: sinceUnix + 3600 },
            { ...example, id: 'cbtxn_0', amount: -2000, currency: 'usd', type: 'credit_note' },
          ].map((transaction) => ({
            type: 'adjustment',
            ...transaction,
            metadata: transaction.id === 'cbtxn_2' ? { order_id: 'ORD-1001' } : {},
          })),
          has_more: false,
        };
      },
    },
  });
});
afterAll(() => mock.close());
afterEach(() => {
  expect(mock.rejected()).toEqual([]);
  expect(mock.requests.flatMap((request) => request.responseErrors)).toEqual([]);
  mock.requests.length = 0;
});

function open() {
  const parsed = stripe.parseConfig({ secretKey, baseUrl: mock.url });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return stripe.open(parsed.value, {
    customers,
    health: new SystemHealth(),
    onCall: () => {},
    now: () => now,
    sleep: async () => {},
  });
}

const context = (idempotencyKey?: string): ToolContext => ({
  idempotencyKey,
  signal: new AbortController().signal,
  now: () => now,
});

async function call<T extends ToolName>(name: T, input: unknown, key: string) {
  const handler = open().handlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  const output = await handler(tools[name].input.parse(input) as never, context(key));
  return tools[name].output.parse(output) as ToolOutput<T>;
}

const operations = () => mock.requests.map((request) => [request.operationId, request.status]);

describe('Stripe against its OpenAPI description', () => {
  it('describes the operations the connector calls', () => {
    expect(subset.paths['/v1/account']?.get?.operationId).toBe('GetAccount');
    expect(subset.paths['/v1/customers']?.get?.operationId).toBe('GetCustomers');
    expect(subset.paths['/v1/payment_intents/search']?.get?.operationId).toBe('GetPaymentIntentsSearch');
    expect(subset.paths['/v1/refunds']?.post?.operationId).toBe('PostRefunds');
    expect(subset.paths[balanceTransactions]?.post?.operationId).toBe(
      'PostCustomersCustomerBalanceTransactions',
    );
  });

  it('tests the connection with a conforming request', async () => {
    await expect(open().test()).resolves.toMatchObject({
      system: 'stripe',
      ok: true,
      account: 'Acme Outfitters (acct_1Nv0FGQ9RKHgCVdK)',
    });
    expect(operations()).toEqual([['GetAccount', 200]]);
    expect(mock.requests[0]!.headers.authorization).toBe(`Bearer ${secretKey}`);
  });

  it('refunds an order found by its metadata, with conforming form requests', async () => {
    const { refund } = await call(
      'payments.refund',
      { orderId: 'ORD-1001', amount: 25, currency: 'USD', reason: 'Duplicate charge' },
      'refund-key-1',
    );
    expect(operations()).toEqual([
      ['GetPaymentIntentsSearch', 200],
      ['PostRefunds', 200],
    ]);
    const [search, post] = mock.requests as [MockRequest, MockRequest];
    expect(search.query).toEqual({ query: "metadata['order_id']:'ORD-1001'", expand: ['data.customer'] });
    expect(post.headers['idempotency-key']).toBe('refund-key-1');
    expect(post.body).toEqual({
      payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
      amount: '2500',
      reason: 'duplicate',
      metadata: { order_id: 'ORD-1001', reason: 'Duplicate charge' },
    });
    expect(refund).toEqual({
      id: 're_3MtwBwLkdIwHu7ix0aNZ3Mj5',
      customerId: 'cus_jenny',
      orderId: 'ORD-1001',
      amount: 25,
      currency: 'USD',
      reason: 'Duplicate charge',
      createdAt: '2026-03-10T12:00:00.000Z',
    });
  });

  it('issues store credit as a balance transaction, with conforming form requests', async () => {
    const output = await call(
      'payments.issueCredit',
      { customerId: 'cus_jenny', amount: 10, currency: 'USD', reason: 'Late delivery', orderId: 'ORD-1001' },
      'credit-key-1',
    );
    expect(operations()).toEqual([
      ['GetCustomers', 200],
      ['PostCustomersCustomerBalanceTransactions', 200],
    ]);
    const [list, post] = mock.requests as [MockRequest, MockRequest];
    expect(list.query).toEqual({ email: 'jennyrosen@example.com', limit: '100' });
    expect(post.path).toBe('/v1/customers/cus_stripe_jenny/balance_transactions');
    expect(post.headers['idempotency-key']).toBe('credit-key-1');
    expect(post.body).toEqual({
      amount: '-1000',
      currency: 'usd',
      description: 'Late delivery',
      metadata: { order_id: 'ORD-1001' },
    });
    expect(output).toEqual({
      credit: {
        id: 'cbtxn_1MrvjsLkdIwHu7ixUhPNHzaY',
        customerId: 'cus_jenny',
        orderId: 'ORD-1001',
        amount: 10,
        currency: 'USD',
        reason: 'Late delivery',
        createdAt: '2026-03-10T12:00:00.000Z',
      },
      balance: { amount: 15, currency: 'USD' },
    });
  });

  it('lists the goodwill credits since a date, with conforming requests', async () => {
    const credits = await open().creditsSince!('cus_jenny', since);
    expect(operations()).toEqual([
      ['GetCustomers', 200],
      ['GetCustomersCustomerBalanceTransactions', 200],
    ]);
    expect(mock.requests[1]!.query).toEqual({ limit: '100' });
    expect(credits).toEqual([
      { at: '2026-03-02T00:00:00.000Z', orderId: 'ORD-1001', amount: 15, currency: 'USD' },
      { at: '2026-03-01T01:00:00.000Z', orderId: null, amount: 5, currency: 'USD' },
    ]);
  });

  it('rejects a form body the description does not allow', async () => {
    const reply = await fetch(`${mock.url}/v1/refunds`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secretKey}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'payment_intent=pi_1&amount=ten&reason=unhappy',
    });
    expect(reply.status).toBe(400);
    expect(mock.rejected()[0]!.errors.map((error) => [error.instancePath, error.keyword])).toEqual([
      ['/requestBody/amount', 'type'],
      ['/requestBody/reason', 'enum'],
    ]);
    mock.requests.length = 0;
  });
});
