import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tools } from '../../../shared/tools';
import { easypost } from '../../../electron/connectors/easypost/index';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { SystemDeps } from '../../../electron/connectors/system';
import { knownSecrets } from '../../../electron/security/secret-registry';
import errorUnknownCode from '../../../electron/connectors/easypost/fixtures/error-unknown-code.json';
import tracker from '../../../electron/connectors/easypost/fixtures/tracker.json';
import trackersList from '../../../electron/connectors/easypost/fixtures/trackers-list.json';

const base = 'https://api.easypost.com';
const apiKey = 'EZTKa1b2c3d4e5f6a7b8c9d0';
const basic = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
const auth = { reqheaders: { authorization: basic } };

const deps = (extra: Partial<SystemDeps> = {}): SystemDeps => ({
  customers: { idForEmail: async () => null, emailForId: async () => null },
  health: new SystemHealth(),
  onCall: () => {},
  now: () => new Date(),
  sleep: async () => {},
  ...extra,
});

const open = (extra: Partial<SystemDeps> = {}) => {
  const parsed = easypost.parseConfig({ apiKey });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return easypost.open(parsed.value, deps(extra));
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

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('EasyPost connection test', () => {
  it('lists one tracker with the key as Basic auth user, and registers the key and its encoding', async () => {
    nock(base, auth).get('/v2/trackers').query({ page_size: '1' }).reply(200, trackersList);
    await expect(open().test()).resolves.toEqual({
      system: 'easypost',
      ok: true,
      account: 'EasyPost (test mode)',
      problem: null,
      scope: null,
      message: 'Connected to EasyPost (test mode).',
    });
    expect(knownSecrets()).toEqual(expect.arrayContaining([apiKey, basic.slice('Basic '.length)]));
  });

  it('reports a rejected key and a host that does not exist', async () => {
    nock(base)
      .get('/v2/trackers')
      .query(true)
      .reply(401, {
        error: { code: 'APIKEY.INACTIVE', message: 'This api key is no longer active.', errors: [] },
      });
    await expect(open().test()).resolves.toMatchObject({ ok: false, problem: 'token_rejected' });
    const fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    await expect(open({ fetch }).test()).resolves.toMatchObject({ ok: false, problem: 'host_not_found' });
  });
});

describe('EasyPost shipping.track', () => {
  it('creates (or gets back) the tracker and maps it, events oldest first', async () => {
    nock(base, auth)
      .post('/v2/trackers', { tracker: { tracking_code: 'EZ1000000001' } })
      .reply(200, tracker);
    await expect(track({ trackingNumber: 'EZ1000000001', orderId: 'ORD-1001' })).resolves.toEqual({
      shipments: [
        {
          id: 'trk_52af8b25ec1a4ca687a9691e0dc2198b',
          orderId: 'ORD-1001',
          carrier: 'USPS',
          trackingNumber: 'EZ1000000001',
          status: 'in_transit',
          eta: '2026-12-05T00:00:00Z',
          events: [
            { at: '2026-11-28T17:51:57Z', location: '', description: 'Pre-Shipment Info Sent to USPS' },
            {
              at: '2026-12-01T08:00:00Z',
              location: 'SAN FRANCISCO, CA, US',
              description: 'Arrived at USPS Regional Facility',
            },
          ],
        },
      ],
    });
  });

  it('calls a parcel still moving after its estimated day delayed; maps delivered and returned', async () => {
    nock(base)
      .post('/v2/trackers')
      .reply(200, tracker)
      .post('/v2/trackers')
      .reply(200, { ...tracker, status: 'delivered' })
      .post('/v2/trackers')
      .reply(200, { ...tracker, status: 'return_to_sender' });
    const late = new Date('2026-12-06T09:00:00Z');
    expect((await track({ trackingNumber: 'EZ1000000001' }, late)).shipments[0]).toMatchObject({
      status: 'delayed',
      orderId: '',
    });
    expect((await track({ trackingNumber: 'EZ1000000001' }, late)).shipments[0]!.status).toBe('delivered');
    expect((await track({ trackingNumber: 'EZ1000000001' }, late)).shipments[0]!.status).toBe('exception');
  });

  it('needs a tracking number, and sends nothing without one', async () => {
    await expect(track({ orderId: 'ORD-1001' })).rejects.toMatchObject({
      code: 'bad_request',
      field: 'trackingNumber',
    });
  });

  it('tries again after a 500, since a repeated code gets the same tracker', async () => {
    nock(base)
      .post('/v2/trackers')
      .reply(500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong.', errors: [] } })
      .post('/v2/trackers')
      .reply(200, tracker);
    expect((await track({ trackingNumber: 'EZ1000000001' })).shipments).toHaveLength(1);
  });

  it('says not_found for a code no carrier recognises', async () => {
    nock(base).post('/v2/trackers').reply(422, errorUnknownCode);
    await expect(track({ trackingNumber: 'NOPE123' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps no ownership records: shipments are owned through the orders system', () => {
    expect(open().records).toBeUndefined();
  });
});
