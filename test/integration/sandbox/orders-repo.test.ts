import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { now, openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

const newAddress = { line1: '9 Birch Lane', city: 'Boise', state: 'ID', zip: '83702', country: 'US' };

describe('reading orders', () => {
  it('reads an order with its lines, totals and the catalog options of each sku', () => {
    const order = sandbox.orders.get('#W1000001');
    expect(order).toMatchObject({
      ok: true,
      value: {
        id: '#W1000001',
        status: 'delivered',
        totals: { subtotal: 59.98, total: 59.98 },
        items: [
          {
            sku: 'ECT-BLAC-M',
            qty: 2,
            price: 23.99,
            productId: 'prd_tee',
            options: { color: 'Black', size: 'M' },
          },
          { sku: 'MUG-1', qty: 1, price: 12, productId: 'prd_mug', options: {} },
        ],
        returns: [],
        refunds: [],
      },
    });
  });

  it('finds an order whose id was given without the leading #', () => {
    expect(sandbox.orders.get('w1000003')).toMatchObject({ ok: true, value: { id: '#W1000003' } });
  });

  it('reports a missing order as not found on orderId', () => {
    expect(sandbox.orders.get('#W9999999')).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No order with id #W9999999.', field: 'orderId' },
    });
  });

  it("lists a customer's orders newest first", () => {
    const listed = sandbox.orders.listByCustomer('cus_0001');
    expect(listed.ok && listed.value.map((o) => o.id)).toEqual(['#W1000003', '#W1000002', '#W1000001']);
  });

  it("lists only a customer's orders in the statuses asked for", () => {
    const listed = sandbox.orders.listByCustomer('cus_0001', { status: ['pending', 'delivered'] });
    expect(listed.ok && listed.value.map((o) => o.status)).toEqual(['pending', 'delivered']);
  });

  it('refuses to list the orders of a missing customer', () => {
    expect(sandbox.orders.listByCustomer('cus_9999')).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'customerId' },
    });
  });
});

describe('cancelling orders', () => {
  it('cancels a pending order and records when and why', () => {
    expect(sandbox.orders.cancel('#W1000003', 'no longer needed')).toMatchObject({
      ok: true,
      value: { status: 'cancelled', cancelledAt: now.toISOString(), cancelReason: 'no longer needed' },
    });
  });

  it('cancels an order that is still being processed', () => {
    expect(sandbox.orders.cancel('#W1000004', 'ordered by mistake')).toMatchObject({
      ok: true,
      value: { status: 'cancelled' },
    });
  });

  it('refuses to cancel a shipped order and leaves it as it was', () => {
    expect(sandbox.orders.cancel('#W1000002', 'too late')).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'orderId' },
    });
    expect(sandbox.orders.get('#W1000002')).toMatchObject({
      ok: true,
      value: { status: 'shipped', cancelReason: null },
    });
  });

  it('refuses to cancel a missing order', () => {
    expect(sandbox.orders.cancel('#W9999999', 'x')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses a cancellation without a reason', () => {
    expect(sandbox.orders.cancel('#W1000003', '  ')).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'reason' },
    });
  });
});

describe('changing the shipping address', () => {
  it('sends an order that has not shipped to a new address', () => {
    expect(sandbox.orders.updateShippingAddress('#W1000003', newAddress)).toMatchObject({
      ok: true,
      value: { shippingAddress: newAddress },
    });
  });

  it('refuses to re-address an order that has shipped', () => {
    expect(sandbox.orders.updateShippingAddress('#W1000002', newAddress)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses an address with an unknown field, naming it', () => {
    expect(
      sandbox.orders.updateShippingAddress('#W1000003', { ...newAddress, planet: 'Mars' } as never),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'address.planet' },
    });
  });

  it('reports a missing order', () => {
    expect(sandbox.orders.updateShippingAddress('#W9999999', newAddress)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
