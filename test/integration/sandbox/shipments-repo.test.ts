import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

describe('carrier tracking', () => {
  it("tracks an order's parcels with status, ETA and events oldest first", () => {
    expect(sandbox.shipments.track({ orderId: '#W1000002' })).toMatchObject({
      ok: true,
      value: [
        {
          carrier: 'SwiftLane',
          trackingNumber: 'SL000011112222',
          status: 'delayed',
          eta: '2025-06-16',
          events: [
            { description: 'Picked up by SwiftLane.' },
            { description: 'Delayed: severe weather along the route.' },
          ],
        },
      ],
    });
  });

  it('tracks a parcel by its tracking number', () => {
    const tracked = sandbox.shipments.track({ trackingNumber: 'PP1234567890' });
    expect(tracked.ok && tracked.value.map((s) => [s.orderId, s.status])).toEqual([
      ['#W1000001', 'delivered'],
    ]);
  });

  it('answers no parcels for an order that has not shipped', () => {
    expect(sandbox.shipments.track({ orderId: '#W1000003' })).toEqual({ ok: true, value: [] });
  });

  it('reports an unknown tracking number', () => {
    expect(sandbox.shipments.track({ trackingNumber: 'PP0000000000' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'trackingNumber' },
    });
  });

  it('reports a missing order', () => {
    expect(sandbox.shipments.track({ orderId: '#W9999999' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'orderId' },
    });
  });
});
