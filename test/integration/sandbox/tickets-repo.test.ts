import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { now, openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

const open = () =>
  sandbox.tickets.create({
    customerId: 'cus_0001',
    orderId: '#W1000002',
    subject: 'Order is late',
    body: 'The parcel missed its date.',
    tags: ['shipping', 'delay'],
  });

describe('tickets', () => {
  it('opens a ticket whose first comment is the body', () => {
    expect(open()).toEqual({
      ok: true,
      value: {
        id: 'tkt_00001',
        customerId: 'cus_0001',
        orderId: '#W1000002',
        subject: 'Order is late',
        status: 'open',
        priority: 'normal',
        tags: ['shipping', 'delay'],
        assignee: null,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        comments: [
          {
            id: 'cmt_000001',
            author: 'agent',
            body: 'The parcel missed its date.',
            public: true,
            at: now.toISOString(),
          },
        ],
      },
    });
  });

  it('refuses a ticket for a missing customer and stores nothing', () => {
    expect(sandbox.tickets.create({ customerId: 'cus_9999', subject: 's', body: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'customerId' },
    });
    expect(db.prepare('SELECT COUNT(*) FROM sb_tickets').pluck().get()).toBe(0);
  });

  it('refuses a ticket about a missing order', () => {
    expect(sandbox.tickets.create({ orderId: '#W9999999', subject: 's', body: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'orderId' },
    });
  });

  it('adds an internal comment after the first one', () => {
    open();
    const commented = sandbox.tickets.comment('tkt_00001', {
      author: 'Lena Fischer',
      body: 'Asked the carrier.',
      public: false,
    });
    expect(commented).toMatchObject({ ok: true, value: { comment: { id: 'cmt_000002', public: false } } });
    expect(commented.ok && commented.value.ticket.comments.map((c) => c.body)).toEqual([
      'The parcel missed its date.',
      'Asked the carrier.',
    ]);
  });

  it('refuses a comment on a missing ticket', () => {
    expect(sandbox.tickets.comment('tkt_09999', { author: 'a', body: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'ticketId' },
    });
  });

  it('changes status and assignee and keeps the rest', () => {
    open();
    expect(sandbox.tickets.update('tkt_00001', { status: 'pending', assignee: 'Sam Okoye' })).toMatchObject({
      ok: true,
      value: { status: 'pending', assignee: 'Sam Okoye', priority: 'normal', tags: ['shipping', 'delay'] },
    });
  });

  it('unassigns a ticket with a null assignee', () => {
    open();
    sandbox.tickets.update('tkt_00001', { assignee: 'Sam Okoye' });
    expect(sandbox.tickets.update('tkt_00001', { assignee: null })).toMatchObject({
      ok: true,
      value: { assignee: null },
    });
  });

  it('refuses an update that changes nothing', () => {
    open();
    expect(sandbox.tickets.update('tkt_00001', {})).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });

  it('refuses an unknown status, naming the field', () => {
    open();
    expect(sandbox.tickets.update('tkt_00001', { status: 'done' as 'open' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'status' },
    });
  });

  it('reports an update of a missing ticket', () => {
    expect(sandbox.tickets.update('tkt_09999', { priority: 'high' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it("lists a customer's tickets", () => {
    open();
    const listed = sandbox.tickets.listByCustomer('cus_0001');
    expect(listed.ok && listed.value.map((t) => t.id)).toEqual(['tkt_00001']);
  });

  it('refuses to list the tickets of a missing customer', () => {
    expect(sandbox.tickets.listByCustomer('cus_9999')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
