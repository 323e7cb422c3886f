import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConnectorError } from '../../../electron/connectors/http/connector-error';
import {
  createHttpClient,
  retryAfterMs,
  type CallRecord,
} from '../../../electron/connectors/http/http-client';
import { SystemHealth } from '../../../electron/connectors/http/system-health';

const base = 'https://api.example.test';
const Thing = z.object({ id: z.string() });

function client(extra: Partial<Parameters<typeof createHttpClient>[0]> = {}) {
  const waits: number[] = [];
  const calls: CallRecord[] = [];
  const health = new SystemHealth();
  const http = createHttpClient({
    system: 'stripe',
    baseUrl: `${base}/`,
    headers: () => ({ authorization: 'Bearer sk_test_secret_value' }),
    sleep: async (ms) => void waits.push(ms),
    onCall: (record) => calls.push(record),
    health,
    timeoutMs: 200,
    ...extra,
  });
  return { http, waits, calls, health };
}

const failure = async (promise: Promise<unknown>): Promise<ConnectorError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConnectorError) return error;
    throw error;
  }
  throw new Error('expected a failure');
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('the connectors’ request helper', () => {
  it('sends auth, query, JSON body and the idempotency key, and parses the reply', async () => {
    nock(base, { reqheaders: { authorization: 'Bearer sk_test_secret_value', 'idempotency-key': 'act-1' } })
      .post('/v1/things', { name: 'lamp' })
      .query({ expand: 'all' })
      .reply(200, { id: 't_1', extra: true }, { 'request-id': 'req_9' });
    const { http, calls } = client();
    const thing = await http.request({
      method: 'POST',
      path: '/v1/things',
      query: { expand: 'all', skipped: undefined },
      json: { name: 'lamp' },
      idempotencyKey: 'act-1',
      schema: Thing,
    });
    expect(thing).toEqual({ id: 't_1' });
    expect(calls).toMatchObject([
      { method: 'POST', path: '/v1/things', status: 200, requestId: 'req_9', error: null },
    ]);
  });

  it('form-encodes a form body', async () => {
    nock(base).post('/v1/refunds', 'amount=1250&payment_intent=pi_1').reply(200, { id: 're_1' });
    const { http } = client();
    await expect(
      http.request({
        method: 'POST',
        path: '/v1/refunds',
        form: { amount: 1250, payment_intent: 'pi_1' },
        idempotencyKey: 'k',
        schema: Thing,
      }),
    ).resolves.toEqual({ id: 're_1' });
  });

  it('waits for Retry-After on a 429 and then succeeds, even for a write without a key', async () => {
    nock(base)
      .post('/v1/notes')
      .reply(429, {}, { 'Retry-After': '2' })
      .post('/v1/notes')
      .reply(200, { id: 'n_1' });
    const { http, waits } = client();
    await expect(
      http.request({ method: 'POST', path: '/v1/notes', json: {}, schema: Thing }),
    ).resolves.toEqual({ id: 'n_1' });
    expect(waits).toEqual([2000]);
  });

  it('gives up on a 429 whose wait is longer than it may wait', async () => {
    nock(base).get('/v1/things/1').reply(429, {}, { 'Retry-After': '120' });
    const { http, waits } = client();
    const error = await failure(http.request({ method: 'GET', path: '/v1/things/1', schema: Thing }));
    expect(error.kind).toBe('rate_limited');
    expect(waits).toEqual([]);
  });

  it('retries a read after a 500 with backoff', async () => {
    nock(base).get('/v1/things/1').reply(500).get('/v1/things/1').reply(200, { id: '1' });
    const { http, waits } = client();
    await expect(http.request({ method: 'GET', path: '/v1/things/1', schema: Thing })).resolves.toEqual({
      id: '1',
    });
    expect(waits).toHaveLength(1);
  });

  it('retries a write after a 500 only when it carries an idempotency key', async () => {
    nock(base).post('/v1/refunds').reply(500);
    const bare = client();
    expect(
      (await failure(bare.http.request({ method: 'POST', path: '/v1/refunds', json: {}, schema: Thing })))
        .kind,
    ).toBe('unavailable');
    nock(base).post('/v1/refunds').reply(503).post('/v1/refunds').reply(200, { id: 're_2' });
    const keyed = client();
    await expect(
      keyed.http.request({
        method: 'POST',
        path: '/v1/refunds',
        json: {},
        idempotencyKey: 'k1',
        schema: Thing,
      }),
    ).resolves.toEqual({ id: 're_2' });
  });

  it('repeats a POST marked repeatable (a GraphQL query) after a 500', async () => {
    nock(base).post('/graphql').reply(502).post('/graphql').reply(200, { id: 'q' });
    const { http, waits } = client();
    await expect(
      http.request({
        method: 'POST',
        path: '/graphql',
        json: { query: '{ shop }' },
        repeatable: true,
        schema: Thing,
      }),
    ).resolves.toEqual({ id: 'q' });
    expect(waits).toHaveLength(1);
  });

  it('times out a hanging server on every attempt and marks the system unavailable after repeated failures', async () => {
    nock(base).get('/v1/slow').times(3).delay(1_000).reply(200, { id: 'late' });
    const { http, health, calls } = client({ timeoutMs: 50 });
    const error = await failure(http.request({ method: 'GET', path: '/v1/slow', schema: Thing }));
    expect(error.kind).toBe('timed_out');
    expect(calls.map((c) => c.error)).toEqual(['timed_out', 'timed_out', 'timed_out']);
    expect(health.available('stripe')).toBe(true);
    nock(base).get('/v1/slow').times(6).delay(1_000).reply(200, { id: 'late' });
    await failure(http.request({ method: 'GET', path: '/v1/slow', schema: Thing }));
    await failure(http.request({ method: 'GET', path: '/v1/slow', schema: Thing }));
    expect(health.available('stripe')).toBe(false);
    expect(health.lastError('stripe')).toMatch(/did not answer within 50 ms/);
    nock(base).get('/v1/things/1').reply(200, { id: '1' });
    await http.request({ method: 'GET', path: '/v1/things/1', schema: Thing });
    expect(health.available('stripe')).toBe(true);
  });

  it('names a rejected token and a missing scope, and does not retry them', async () => {
    nock(base).get('/v1/me').reply(401, { error: 'invalid' });
    const { http } = client({ missingScope: (body) => (body as { scope?: string }).scope ?? null });
    const rejected = await failure(http.request({ method: 'GET', path: '/v1/me', schema: Thing }));
    expect(rejected.kind).toBe('token_rejected');
    nock(base).get('/v1/me').reply(403, { scope: 'read_orders' });
    const refused = await failure(http.request({ method: 'GET', path: '/v1/me', schema: Thing }));
    expect(refused).toMatchObject({ kind: 'scope_missing', details: { scope: 'read_orders', status: 403 } });
    expect(refused.message).toMatch(/lacks the scope read_orders/);
  });

  it('refuses a reply that does not fit its schema, naming where', async () => {
    nock(base).get('/v1/things/1').reply(200, { id: 7 });
    const { http } = client();
    const error = await failure(http.request({ method: 'GET', path: '/v1/things/1', schema: Thing }));
    expect(error.kind).toBe('unexpected_response');
    expect(error.message).toMatch(/\(id\)/);
  });

  it('names a host that does not exist', async () => {
    const { http } = client({
      fetch: async () => {
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
      },
    });
    const error = await failure(http.request({ method: 'GET', path: '/v1/me', schema: Thing }));
    expect(error.kind).toBe('host_not_found');
    expect(error.message).toMatch(/api\.example\.test was not found/);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Tue, 01 Dec 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({}), now)).toBeNull();
  });
});
