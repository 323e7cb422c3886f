import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { now, openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
const lateCredit = {
  customerId: 'cus_0001',
  amount: 15,
  currency: 'USD',
  reason: 'Late delivery',
  idempotencyKey: 'k-1',
};
const refund = {
  orderId: '#W1000001',
  amount: 12,
  currency: 'USD',
  reason: 'Chipped mug',
  idempotencyKey: 'r-1',
};

describe('store credit', () => {
  it('issues a credit and raises the balance', () => {
    expect(sandbox.payments.issueCredit(lateCredit)).toEqual({
      ok: true,
      value: {
        replayed: false,
        record: {
          id: 'cr_00001',
          customerId: 'cus_0001',
          orderId: null,
          amount: 15,
          currency: 'USD',
          reason: 'Late delivery',
          idempotencyKey: 'k-1',
          createdAt: now.toISOString(),
        },
      },
    });
    expect(sandbox.payments.balance('cus_0001')).toEqual({
      ok: true,
      value: { customerId: 'cus_0001', amount: 15, currency: 'USD' },
    });
  });

  it('a second call with the same key issues one credit', () => {
    const first = sandbox.payments.issueCredit(lateCredit);
    const second = sandbox.payments.issueCredit(lateCredit);
    expect(second).toEqual({ ok: true, value: { replayed: true, record: first.ok && first.value.record } });
    expect(count('sb_credits')).toBe(1);
    expect(sandbox.payments.balance('cus_0001')).toMatchObject({ ok: true, value: { amount: 15 } });
  });

  it('refuses a known key reused for a different amount', () => {
    sandbox.payments.issueCredit(lateCredit);
    expect(sandbox.payments.issueCredit({ ...lateCredit, amount: 50 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'idempotencyKey' },
    });
    expect(count('sb_credits')).toBe(1);
  });

  it('links a credit to an order of the same customer', () => {
    expect(sandbox.payments.issueCredit({ ...lateCredit, orderId: 'W1000002' })).toMatchObject({
      ok: true,
      value: { record: { orderId: '#W1000002' } },
    });
  });

  it("refuses to link a credit to another customer's order", () => {
    expect(sandbox.payments.issueCredit({ ...lateCredit, orderId: '#W1000004' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'orderId' },
    });
  });

  it('refuses a credit for a missing customer', () => {
    expect(sandbox.payments.issueCredit({ ...lateCredit, customerId: 'cus_9999' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'customerId' },
    });
    expect(count('sb_credits')).toBe(0);
  });

  it('refuses an amount with fractions of a cent, naming the field', () => {
    expect(sandbox.payments.issueCredit({ ...lateCredit, amount: 1.005 })).toMatchObject({
      ok: false,
      error: {
        code: 'bad_request',
        field: 'amount',
        message: 'amount: expected an amount with at most 2 decimals',
      },
    });
  });

  it('refuses a zero credit', () => {
    expect(sandbox.payments.issueCredit({ ...lateCredit, amount: 0 })).toMatchObject({
      ok: false,
      error: { field: 'amount' },
    });
  });

  it('reports the balance of a customer with no credit as zero', () => {
    expect(sandbox.payments.balance('cus_0002')).toEqual({
      ok: true,
      value: { customerId: 'cus_0002', amount: 0, currency: 'USD' },
    });
  });

  it('reports the balance of a missing customer as not found', () => {
    expect(sandbox.payments.balance('cus_9999')).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'customerId' },
    });
  });
});

describe('refunds', () => {
  it("refunds part of an order to the order's customer, and the order lists it", () => {
    expect(sandbox.payments.issueRefund(refund)).toMatchObject({
      ok: true,
      value: {
        replayed: false,
        record: { id: 'rf_00001', customerId: 'cus_0001', orderId: '#W1000001', amount: 12 },
      },
    });
    const order = sandbox.orders.get('#W1000001');
    expect(order.ok && order.value.refunds.map((r) => r.amount)).toEqual([12]);
  });

  it('a second call with the same key refunds once', () => {
    sandbox.payments.issueRefund(refund);
    expect(sandbox.payments.issueRefund(refund)).toMatchObject({ ok: true, value: { replayed: true } });
    expect(count('sb_refunds')).toBe(1);
  });

  it('never refunds more than was paid for the order', () => {
    sandbox.payments.issueRefund({ ...refund, amount: 50 });
    expect(sandbox.payments.issueRefund({ ...refund, amount: 10, idempotencyKey: 'r-2' })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        field: 'amount',
        message: 'amount: only 9.98 USD of order #W1000001 is left to refund',
      },
    });
    expect(count('sb_refunds')).toBe(1);
  });

  it('refuses a refund in another currency than the order', () => {
    expect(sandbox.payments.issueRefund({ ...refund, currency: 'EUR' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'currency' },
    });
  });

  it('reports a missing order', () => {
    expect(sandbox.payments.issueRefund({ ...refund, orderId: '#W9999999' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'orderId' },
    });
  });
});
