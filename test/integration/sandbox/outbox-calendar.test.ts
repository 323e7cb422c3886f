import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { now, openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

describe('the email outbox', () => {
  it('sends an email into the outbox, stamped now', () => {
    const sent = sandbox.outbox.send({
      to: 'ana.silva@example.com',
      subject: 'Your order is on its way',
      body: 'Hi Ana, it ships today.',
      relatedOrderId: 'W1000002',
      customerId: 'cus_0001',
    });
    expect(sent).toEqual({
      ok: true,
      value: {
        id: 'em_000001',
        to: 'ana.silva@example.com',
        subject: 'Your order is on its way',
        body: 'Hi Ana, it ships today.',
        sentAt: now.toISOString(),
        relatedOrderId: '#W1000002',
        customerId: 'cus_0001',
      },
    });
    expect(sandbox.outbox.recent().map((e) => e.id)).toEqual(['em_000001']);
  });

  it('refuses an invalid address, naming the field', () => {
    expect(sandbox.outbox.send({ to: 'not-an-address', subject: 's', body: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'to' },
    });
    expect(sandbox.outbox.recent()).toEqual([]);
  });

  it('refuses an email about a missing order', () => {
    expect(
      sandbox.outbox.send({ to: 'a@example.com', subject: 's', body: 'b', relatedOrderId: '#W9999999' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'relatedOrderId' },
    });
  });
});

describe('the calendar', () => {
  const call = {
    customerId: 'cus_0002',
    startsAt: '2025-06-12T16:00:00Z',
    durationMinutes: 30,
    title: 'Billing callback',
  };

  it('books a call that overlaps nothing', () => {
    expect(sandbox.calendar.schedule(call)).toEqual({
      ok: true,
      value: {
        id: 'cal_00002',
        customerId: 'cus_0002',
        startsAt: '2025-06-12T16:00:00.000Z',
        durationMinutes: 30,
        title: 'Billing callback',
        notes: '',
      },
    });
    expect(sandbox.calendar.upcoming('cus_0002').map((e) => e.id)).toEqual(['cal_00002']);
  });

  it('refuses a call that overlaps another one', () => {
    expect(sandbox.calendar.schedule({ ...call, startsAt: '2025-06-12T15:15:00Z' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'startsAt' },
    });
  });

  it('books a call that starts when another ends', () => {
    expect(sandbox.calendar.schedule({ ...call, startsAt: '2025-06-12T15:30:00Z' })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a call in the past', () => {
    expect(sandbox.calendar.schedule({ ...call, startsAt: '2025-06-10T16:00:00Z' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'startsAt' },
    });
  });

  it('refuses a call with a missing customer', () => {
    expect(sandbox.calendar.schedule({ ...call, customerId: 'cus_9999' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'customerId' },
    });
  });

  it('lists the calls that have not ended, soonest first', () => {
    sandbox.calendar.schedule(call);
    expect(sandbox.calendar.upcoming().map((e) => e.startsAt)).toEqual([
      '2025-06-12T15:00:00.000Z',
      '2025-06-12T16:00:00.000Z',
    ]);
  });
});
