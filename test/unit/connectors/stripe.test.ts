import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { CustomerDirectory, SystemDeps } from '../../../electron/connectors/system';
import { stripe } from '../../../electron/connectors/stripe';
import { stripeClient } from '../../../electron/connectors/stripe/client';
import { stripeCredits } from '../../../electron/connectors/stripe/credits';
import accountReply from '../../../electron/connectors/stripe/fixtures/account.json';
import transactionReply from '../../../electron/connectors/stripe/fixtures/balance-transaction.json';
import transactionsReply from '../../../electron/connectors/stripe/fixtures/balance-transactions-list.json';
import customersReply from '../../../electron/connectors/stripe/fixtures/customers-list.json';
import invalidKeyReply from '../../../electron/connectors/stripe/fixtures/error-invalid-key.json';
import restrictedReply from '../../../electron/connectors/stripe/fixtures/error-restricted-key.json';
import searchReply from '../../../electron/connectors/stripe/fixtures/payment-intents-search.json';
import refundReply from '../../../electron/connectors/stripe/fixtures/refund.json';
import { knownSecrets } from '../../../electron/security/secret-registry';
import type { ToolContext } from '../../../electron/tools/connector';
import { ToolError } from '../../../electron/tools/tool-error';
import { tools, type ToolName, type ToolOutput } from '../../../shared/tools';

const base = 'https://api.stripe.com';
const secretKey = 'sk_test_51AcmeSecretKey';
const auth = { authorization: `Bearer ${secretKey}`, 'stripe-version': '2025-05-28.basil' };
const now = new Date('2026-03-10T12:00:00Z');

/** The CRM knows Jenny (cus_jenny) and Bo (cus_bo); other emails belong to no customer. */
const customers: CustomerDirectory = {
  idForEmail: async (email) =>
    ({ 'jennyrosen@example.com': 'cus_jenny', 'bo@example.com': 'cus_bo' })[email] ?? null,
  emailForId: async (id) => ({ cus_jenny: 'jennyrosen@example.com', cus_bo: 'bo@example.com' })[id] ?? null,
};

function deps(extra: Partial<SystemDeps> = {}): SystemDeps {
  return {
    customers,
    health: new SystemHealth(),
    onCall: () => {},
    now: () => now,
    sleep: async () => {},
    ...extra,
  };
}

function open(fields: Record<string, string> = {}, extra: Partial<SystemDeps> = {}) {
  const parsed = stripe.parseConfig({ secretKey, ...fields });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return stripe.open(parsed.value, deps(extra));
}

const context = (idempotencyKey?: string): ToolContext => ({
  idempotencyKey,
  signal: new AbortController().signal,
  now: () => now,
});

/** Runs a handler with contract-valid input and checks its output against the contract. */
async function call<T extends ToolName>(
  name: T,
  input: unknown,
  key?: string,
  fields?: Record<string, string>,
) {
  const handler = open(fields).handlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  const output = await handler(tools[name].input.parse(input) as never, context(key));
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

const api = () => nock(base, { reqheaders: auth });

/** The search for an order's PaymentIntent, with the customer expanded. */
const search = (orderId: string, reply: object = searchReply, key = 'order_id') =>
  api()
    .get('/v1/payment_intents/search')
    .query({ query: `metadata['${key}']:'${orderId}'`, 'expand[]': 'data.customer' })
    .reply(200, reply);

const withIntent = (changes: Record<string, unknown>) => ({
  ...searchReply,
  data: [{ ...searchReply.data[0], ...changes }],
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('Stripe settings', () => {
  it('defaults the base URL and the metadata key, and names a malformed key', () => {
    const parsed = stripe.parseConfig({ secretKey, baseUrl: '', orderIdMetadataKey: '' });
    expect(parsed).toEqual({
      ok: true,
      value: { secretKey, baseUrl: 'https://api.stripe.com', orderIdMetadataKey: 'order_id' },
    });
    const bad = stripe.parseConfig({ secretKey: 'pk_test_publishable', orderIdMetadataKey: 'has space' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => p.split(':')[0])).toEqual(['secretKey', 'orderIdMetadataKey']);
  });

  it('registers the key as a secret', () => {
    open();
    expect(knownSecrets()).toContain(secretKey);
  });
});

describe('Stripe connection test', () => {
  it('names the account a secret key reaches', async () => {
    api().get('/v1/account').reply(200, accountReply);
    await expect(open().test()).resolves.toEqual({
      system: 'stripe',
      ok: true,
      account: 'Acme Inc (acct_1Nv0FGQ9RKHgCVdK)',
      problem: null,
      scope: null,
      message: 'Connected to Acme Inc (acct_1Nv0FGQ9RKHgCVdK).',
    });
  });

  it('reports a rejected key', async () => {
    api().get('/v1/account').reply(401, invalidKeyReply);
    await expect(open().test()).resolves.toMatchObject({ ok: false, problem: 'token_rejected', scope: null });
  });

  it('names the permission a restricted key lacks', async () => {
    const restrictedKey = 'rk_test_51AcmeRestricted';
    nock(base, { reqheaders: { authorization: `Bearer ${restrictedKey}` } })
      .get('/v1/customers')
      .query({ limit: 1 })
      .reply(403, restrictedReply);
    const result = await open({ secretKey: restrictedKey }).test();
    expect(result).toMatchObject({ ok: false, problem: 'scope_missing', scope: 'rak_customer_read' });
    expect(result.message).toMatch(/lacks the scope rak_customer_read/);
  });

  it('accepts a restricted key that can list customers', async () => {
    nock(base)
      .get('/v1/customers')
      .query({ limit: 1 })
      .reply(200, { ...customersReply, data: [] });
    await expect(open({ secretKey: 'rk_live_51AcmeRestricted' }).test()).resolves.toMatchObject({
      ok: true,
      account: 'Stripe restricted key (live mode)',
    });
  });

  it('names a host that does not exist', async () => {
    const fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    const result = await open({ baseUrl: 'https://stripe.invalid' }, { fetch }).test();
    expect(result).toMatchObject({ ok: false, problem: 'host_not_found' });
    expect(result.message).toMatch(/stripe\.invalid was not found/);
  });
});

describe('payments.refund', () => {
  const input = { orderId: 'W123', amount: 12.5, currency: 'USD', reason: 'Item arrived damaged' };

  it('refunds the PaymentIntent holding the order id, under the idempotency key', async () => {
    search('W123');
    nock(base, { reqheaders: { ...auth, 'idempotency-key': 'act-1' } })
      .post('/v1/refunds', {
        payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
        amount: '1250',
        'metadata[order_id]': 'W123',
        'metadata[reason]': 'Item arrived damaged',
      })
      .reply(200, refundReply);
    await expect(call('payments.refund', input, 'act-1')).resolves.toEqual({
      refund: {
        id: 're_1Nispe2eZvKYlo2Cd31jOCgZ',
        customerId: 'cus_jenny',
        orderId: 'W123',
        amount: 12.5,
        currency: 'USD',
        reason: 'Item arrived damaged',
        createdAt: '2023-08-25T05:45:18.000Z',
      },
    });
  });

  it('sends Stripe’s reason when the rep’s reason is one of its own, and a configured metadata key', async () => {
    search('W123', withIntent({ metadata: { shop_order: 'W123' } }), 'shop_order');
    api()
      .post('/v1/refunds', {
        payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
        amount: '1250',
        reason: 'duplicate',
        'metadata[shop_order]': 'W123',
        'metadata[reason]': 'Duplicate charge',
      })
      .reply(200, refundReply);
    const out = await call('payments.refund', { ...input, reason: 'Duplicate charge' }, 'act-2', {
      orderIdMetadataKey: 'shop_order',
    });
    expect(out.refund.id).toBe('re_1Nispe2eZvKYlo2Cd31jOCgZ');
  });

  it('sends a zero-decimal currency in whole units and refuses a fraction of one', async () => {
    search('W200', withIntent({ currency: 'jpy', amount_received: 5000 }));
    api()
      .post('/v1/refunds', (body) => body.amount === '1500')
      .reply(200, { ...refundReply, amount: 1500, currency: 'jpy' });
    const out = await call(
      'payments.refund',
      { ...input, orderId: 'W200', amount: 1500, currency: 'JPY' },
      'k',
    );
    expect(out.refund).toMatchObject({ amount: 1500, currency: 'JPY' });

    const error = await failure(call('payments.refund', { ...input, amount: 10.5, currency: 'JPY' }, 'k'));
    expect(error).toMatchObject({ code: 'bad_request', field: 'amount' });
  });

  it('refuses to move money without an idempotency key, before any call', async () => {
    const error = await failure(call('payments.refund', input));
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/idempotency key/);
  });

  it('names another customer’s payment by that customer, and an unknown payer by Stripe’s id', async () => {
    search('W124', withIntent({ customer: { id: 'cus_Bo', object: 'customer', email: 'bo@example.com' } }));
    api().post('/v1/refunds').reply(200, refundReply);
    const other = await call('payments.refund', { ...input, orderId: 'W124' }, 'k1');
    expect(other.refund.customerId).toBe('cus_bo');

    search('W125', withIntent({ customer: null, receipt_email: 'stranger@example.com' }));
    api().post('/v1/refunds').reply(200, refundReply);
    const stranger = await call('payments.refund', { ...input, orderId: 'W125' }, 'k2');
    expect(stranger.refund.customerId).toBe('stripe:pi_3MtwBwLkdIwHu7ix28a3tqPa');
  });

  it('refuses a payment that names no customer, more than was paid, and another currency', async () => {
    search('W126', withIntent({ customer: 'cus_NffrFeUfNV2Hib', receipt_email: null }));
    expect((await failure(call('payments.refund', { ...input, orderId: 'W126' }, 'k'))).code).toBe(
      'forbidden',
    );

    search('W123');
    const tooMuch = await failure(call('payments.refund', { ...input, amount: 20.01 }, 'k'));
    expect(tooMuch).toMatchObject({ code: 'bad_request', field: 'amount' });

    search('W123');
    const euro = await failure(call('payments.refund', { ...input, currency: 'EUR' }, 'k'));
    expect(euro).toMatchObject({ code: 'bad_request', field: 'currency' });
  });

  it('finds no payment when none succeeded, and will not pick one of several', async () => {
    search('W127', withIntent({ status: 'requires_payment_method' }));
    expect((await failure(call('payments.refund', { ...input, orderId: 'W127' }, 'k'))).code).toBe(
      'not_found',
    );

    search('W128', { ...searchReply, data: [searchReply.data[0], { ...searchReply.data[0], id: 'pi_2' }] });
    expect((await failure(call('payments.refund', { ...input, orderId: 'W128' }, 'k'))).code).toBe(
      'conflict',
    );
  });

  it('retries a refund after a 500 with the same idempotency key', async () => {
    search('W123');
    const keyed = nock(base, { reqheaders: { ...auth, 'idempotency-key': 'act-9' } });
    keyed.post('/v1/refunds').reply(500, { error: { type: 'api_error' } });
    keyed.post('/v1/refunds').reply(200, refundReply);
    const out = await call('payments.refund', input, 'act-9');
    expect(out.refund.id).toBe('re_1Nispe2eZvKYlo2Cd31jOCgZ');
  });
});

describe('payments.issueCredit', () => {
  const input = { customerId: 'cus_jenny', amount: 15, currency: 'USD', reason: 'Late delivery goodwill' };

  it('adds a negative balance transaction to the customer found by email, under the idempotency key', async () => {
    api()
      .get('/v1/customers')
      .query({ email: 'jennyrosen@example.com', limit: 100 })
      .reply(200, customersReply);
    nock(base, { reqheaders: { ...auth, 'idempotency-key': 'act-3' } })
      .post('/v1/customers/cus_NffrFeUfNV2Hib/balance_transactions', {
        amount: '-1500',
        currency: 'usd',
        description: 'Late delivery goodwill',
        'metadata[order_id]': 'W123',
      })
      .reply(200, transactionReply);
    await expect(call('payments.issueCredit', { ...input, orderId: 'W123' }, 'act-3')).resolves.toEqual({
      credit: {
        id: 'cbtxn_1MrU9qLkdIwHu7ixhdjxGBgI',
        customerId: 'cus_jenny',
        orderId: 'W123',
        amount: 15,
        currency: 'USD',
        reason: 'Late delivery goodwill',
        createdAt: '2023-03-30T22:41:26.000Z',
      },
      balance: { amount: 20, currency: 'USD' },
    });
  });

  it('refuses an unknown customer, a customer Stripe lacks, and a balance in another currency', async () => {
    expect((await failure(call('payments.issueCredit', { ...input, customerId: 'cus_x' }, 'k'))).code).toBe(
      'not_found',
    );

    api()
      .get('/v1/customers')
      .query(true)
      .reply(200, { ...customersReply, data: [] });
    expect((await failure(call('payments.issueCredit', input, 'k'))).code).toBe('not_found');

    api().get('/v1/customers').query(true).reply(200, customersReply);
    const euro = await failure(call('payments.issueCredit', { ...input, currency: 'EUR' }, 'k'));
    expect(euro).toMatchObject({ code: 'bad_request', field: 'currency' });
  });

  it('refuses to move money without an idempotency key', async () => {
    expect((await failure(call('payments.issueCredit', input))).code).toBe('bad_request');
  });
});

describe('Stripe credits for the goodwill limits', () => {
  const parsed = stripe.parseConfig({ secretKey });
  if (!parsed.ok) throw new Error('config');
  const credits = stripeCredits(stripeClient(parsed.value, deps()), customers);

  it('reads the negative adjustments since a time, on every page', async () => {
    api()
      .get('/v1/customers')
      .query({ email: 'jennyrosen@example.com', limit: 100 })
      .reply(200, customersReply);
    const path = '/v1/customers/cus_NffrFeUfNV2Hib/balance_transactions';
    const [first, ...rest] = transactionsReply.data;
    api()
      .get(path)
      .query({ limit: 100 })
      .reply(200, { ...transactionsReply, has_more: true, data: [first] });
    api()
      .get(path)
      .query({ limit: 100, starting_after: first!.id })
      .reply(200, { ...transactionsReply, data: rest });
    await expect(credits('cus_jenny', '2023-03-28T10:40:00.000Z')).resolves.toEqual([
      { at: '2023-03-30T22:41:26.000Z', orderId: 'W123', amount: 15, currency: 'USD' },
      { at: '2023-03-30T22:38:20.000Z', orderId: null, amount: 8, currency: 'USD' },
    ]);
  });

  it('stops at the first page that reaches past the start, and leaves older credits out', async () => {
    api()
      .get('/v1/customers')
      .query({ email: 'jennyrosen@example.com', limit: 100 })
      .reply(200, customersReply);
    const [newest, , oldest] = transactionsReply.data;
    api()
      .get('/v1/customers/cus_NffrFeUfNV2Hib/balance_transactions')
      .query({ limit: 100 })
      .reply(200, {
        ...transactionsReply,
        has_more: true,
        data: [newest, { ...oldest, created: 1670000000 }],
      });
    await expect(credits('cus_jenny', '2023-03-28T10:40:00.000Z')).resolves.toEqual([
      { at: '2023-03-30T22:41:26.000Z', orderId: 'W123', amount: 15, currency: 'USD' },
    ]);
  });

  it('has none for a customer the CRM does not know', async () => {
    await expect(credits('cus_x', '2023-01-01T00:00:00.000Z')).resolves.toEqual([]);
  });
});
