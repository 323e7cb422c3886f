import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tools } from '../../../shared/tools';
import { shipengine } from '../../../electron/connectors/shipengine/index';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { SystemDeps } from '../../../electron/connectors/system';
import carriers from '../../../electron/connectors/shipengine/fixtures/carriers.json';
import labels from '../../../electron/connectors/shipengine/fixtures/labels.json';
import tracking from '../../../electron/connectors/shipengine/fixtures/tracking.json';

const base = 'https://api.shipengine.com';
const apiKey = 'TEST_ycvJAgX6tLB1Awm9WGJmD8mpZ8wXiQ20WhqFowCk32s';
const auth = { reqheaders: { 'api-key': apiKey } };
const number = '9405511899223197428490';
const unauthorized = {
  request_id: 'cdc19c7b-eec7-4730-8814-462623a62ddb',
  errors: [
    {
      error_source: 'shipengine',
      error_type: 'security',
      error_code: 'unauthorized',
      message: 'The API key is invalid. Please see https://www.shipengine.com/docs/auth',
    },
  ],
};

const deps = (extra: Partial<SystemDeps> = {}): SystemDeps => ({
  customers: { idForEmail: async () => null, emailForId: async () => null },
  health: new SystemHealth(),
  onCall: () => {},
  now: () => new Date(),
  sleep: async () => {},
  ...extra,
});

const open = (extra: Partial<SystemDeps> = {}) => {
  const parsed = shipengine.parseConfig({ apiKey, baseUrl: '' });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return shipengine.open(parsed.value, deps(extra));
};

async function track(input: unknown, now = new Date('2026-12-03T16:30:00Z')) {
  const handler = open().handlers['shipping.track']!;
  const output = await handler(tools['shipping.track'].input.parse(input), {
    idempotencyKey: undefined,
    signal: new AbortController().signal,
    now: () => now,
  });
  return tools['shipping.track'].output.parse(output);
}

const labelLookup = () =>
  nock(base, auth).get('/v1/labels').query({ tracking_number: number, page_size: '1' }).reply(200, labels);

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('ShipEngine connection test', () => {
  it('counts the connected carriers', async () => {
    nock(base, auth).get('/v1/carriers').reply(200, carriers);
    await expect(open().test()).resolves.toEqual({
      system: 'shipengine',
      ok: true,
      account: 'ShipEngine (2 carriers connected)',
      problem: null,
      scope: null,
      message: 'Connected to ShipEngine (2 carriers connected).',
    });
  });

  it('reports a rejected key and a host that does not exist', async () => {
    nock(base).get('/v1/carriers').reply(401, unauthorized);
    await expect(open().test()).resolves.toMatchObject({ ok: false, problem: 'token_rejected' });
    const fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    await expect(open({ fetch }).test()).resolves.toMatchObject({ ok: false, problem: 'host_not_found' });
  });
});

describe('ShipEngine shipping.track', () => {
  it('finds the label by tracking number and maps its tracking, events oldest first', async () => {
    labelLookup();
    nock(base, auth).get('/v1/labels/se-28529731/track').reply(200, tracking);
    await expect(track({ trackingNumber: number, orderId: 'ORD-1001' })).resolves.toEqual({
      shipments: [
        {
          id: 'se-28529731',
          orderId: 'ORD-1001',
          carrier: 'stamps_com',
          trackingNumber: number,
          status: 'in_transit',
          eta: '2026-12-04T00:00:00Z',
          events: [
            {
              at: '2026-11-28T19:02:00Z',
              location: 'MEMPHIS, TN',
              description: 'Shipping Label Created, USPS Awaiting Item',
            },
            {
              at: '2026-12-02T06:17:00Z',
              location: 'AUSTIN TX DISTRIBUTION CENTER, TX, US',
              description: 'Arrived at USPS Regional Destination Facility',
            },
          ],
        },
      ],
    });
  });

  it.each([
    ['DE', 'delivered'],
    ['SP', 'delivered'],
    ['EX', 'exception'],
    ['AT', 'delayed'],
    ['AC', 'in_transit'],
  ])('maps status %s to %s', async (code, status) => {
    labelLookup();
    nock(base)
      .get('/v1/labels/se-28529731/track')
      .reply(200, { ...tracking, status_code: code });
    expect((await track({ trackingNumber: number })).shipments[0]!.status).toBe(status);
  });

  it('calls a parcel still in transit after its estimated day delayed', async () => {
    labelLookup();
    nock(base).get('/v1/labels/se-28529731/track').reply(200, tracking);
    const shipment = (await track({ trackingNumber: number }, new Date('2026-12-05T12:00:00Z'))).shipments[0];
    expect(shipment).toMatchObject({ status: 'delayed', orderId: '' });
  });

  it('waits out a 429 on the label lookup', async () => {
    nock(base)
      .get('/v1/labels')
      .query(true)
      .reply(
        429,
        { request_id: 'r1', errors: [{ error_code: 'rate_limit_exceeded', message: 'Too many requests' }] },
        { 'Retry-After': '2' },
      );
    labelLookup();
    nock(base).get('/v1/labels/se-28529731/track').reply(200, tracking);
    expect((await track({ trackingNumber: number })).shipments).toHaveLength(1);
  });

  it('says not_found when no label of the account has the number', async () => {
    nock(base)
      .get('/v1/labels')
      .query(true)
      .reply(200, { labels: [], total: 0, page: 1, pages: 0, links: {} });
    await expect(track({ trackingNumber: '1Z999AA10123456784' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('needs a tracking number, and sends nothing without one', async () => {
    await expect(track({ orderId: 'ORD-1001' })).rejects.toMatchObject({
      code: 'bad_request',
      field: 'trackingNumber',
    });
  });

  it('keeps no ownership records: shipments are owned through the orders system', () => {
    expect(open().records).toBeUndefined();
  });
});
