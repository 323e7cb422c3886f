import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { now, openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

const returnCount = () => db.prepare('SELECT COUNT(*) FROM sb_returns').pluck().get();

describe('returns', () => {
  it('opens a return of a delivered order with the refund due', () => {
    const opened = sandbox.returns.createReturn({
      orderId: '#W1000001',
      items: [{ sku: 'ECT-BLAC-M', qty: 2 }],
      reason: 'does not fit',
    });
    expect(opened).toEqual({
      ok: true,
      value: {
        id: 'ret_00001',
        orderId: '#W1000001',
        kind: 'return',
        items: [{ sku: 'ECT-BLAC-M', qty: 2, newSku: null }],
        reason: 'does not fit',
        paymentMethod: null,
        amount: 47.98,
        currency: 'USD',
        status: 'requested',
        createdAt: now.toISOString(),
      },
    });
  });

  it('shows the return on the order', () => {
    sandbox.returns.createReturn({
      orderId: '#W1000001',
      items: [{ sku: 'MUG-1', qty: 1 }],
      reason: 'chipped',
    });
    const order = sandbox.orders.get('#W1000001');
    expect(order.ok && order.value.returns.map((r) => r.id)).toEqual(['ret_00001']);
  });

  it('never returns more units than were bought, across requests', () => {
    sandbox.returns.createReturn({
      orderId: '#W1000001',
      items: [{ sku: 'ECT-BLAC-M', qty: 1 }],
      reason: 'a',
    });
    const second = sandbox.returns.createReturn({
      orderId: '#W1000001',
      items: [{ sku: 'ECT-BLAC-M', qty: 2 }],
      reason: 'b',
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', field: 'items[0].qty' } });
    expect(returnCount()).toBe(1);
  });

  it('refuses to return an item that is not on the order', () => {
    expect(
      sandbox.returns.createReturn({
        orderId: '#W1000001',
        items: [{ sku: 'ECT-BLAC-L', qty: 1 }],
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'items[0].sku' } });
  });

  it('refuses to return items of an order that has not been delivered', () => {
    expect(
      sandbox.returns.createReturn({ orderId: '#W1000002', items: [{ sku: 'MUG-1', qty: 1 }], reason: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'orderId' },
    });
    expect(returnCount()).toBe(0);
  });

  it('reports a missing order', () => {
    expect(
      sandbox.returns.createReturn({ orderId: '#W9999999', items: [{ sku: 'MUG-1', qty: 1 }], reason: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'orderId' },
    });
  });

  it('refuses a return of zero units, naming the field', () => {
    expect(
      sandbox.returns.createReturn({ orderId: '#W1000001', items: [{ sku: 'MUG-1', qty: 0 }], reason: 'x' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'bad_request',
        field: 'items[0].qty',
        message: 'items[0].qty: expected a positive integer',
      },
    });
  });
});

describe('exchanges', () => {
  it('opens an exchange for another variant of the same product, with the price difference', () => {
    expect(
      sandbox.returns.createExchange({
        orderId: '#W1000001',
        items: [{ sku: 'ECT-BLAC-M', newSku: 'ECT-BLAC-L', qty: 1 }],
        reason: 'too small',
        paymentMethod: 'pm_0001_card',
      }),
    ).toMatchObject({
      ok: true,
      value: {
        id: 'exc_00001',
        kind: 'exchange',
        items: [{ sku: 'ECT-BLAC-M', newSku: 'ECT-BLAC-L', qty: 1 }],
        amount: 0,
      },
    });
  });

  it('refuses an exchange for a different product', () => {
    expect(
      sandbox.returns.createExchange({
        orderId: '#W1000001',
        items: [{ sku: 'ECT-BLAC-M', newSku: 'MUG-1', qty: 1 }],
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'items[0].newSku' } });
  });

  it('refuses an exchange for a variant that is out of stock', () => {
    expect(
      sandbox.returns.createExchange({
        orderId: '#W1000001',
        items: [{ sku: 'ECT-BLAC-M', newSku: 'ECT-BLAC-S', qty: 1 }],
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', field: 'items[0].newSku' } });
  });

  it('refuses an exchange for an unknown sku', () => {
    expect(
      sandbox.returns.createExchange({
        orderId: '#W1000001',
        items: [{ sku: 'ECT-BLAC-M', newSku: 'NOPE', qty: 1 }],
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found', field: 'items[0].newSku' } });
  });

  it('reports a missing order', () => {
    expect(
      sandbox.returns.createExchange({
        orderId: '#W9999999',
        items: [{ sku: 'MUG-1', newSku: 'MUG-1', qty: 1 }],
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
