import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { now, openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

const ids = (result: { ok: boolean; value?: { id: string }[] }) => result.value?.map((c) => c.id);

describe('finding customers', () => {
  it('finds a customer by id', () => {
    expect(sandbox.customers.get('cus_0002')).toMatchObject({
      ok: true,
      value: { name: 'Omar Haddad', tier: 'bronze' },
    });
  });

  it('reports an unknown id as not found, naming the field', () => {
    expect(sandbox.customers.get('cus_9999')).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No customer with id cus_9999.', field: 'id' },
    });
  });

  it('finds a customer by email whatever its case', () => {
    expect(ids(sandbox.customers.find({ email: 'ANA.Silva@Example.com' }))).toEqual(['cus_0001']);
  });

  it('finds a customer by phone however the number is written', () => {
    expect(ids(sandbox.customers.find({ phone: '(503) 555 0101' }))).toEqual(['cus_0001']);
  });

  it('finds a customer by any order of the words of their name', () => {
    expect(ids(sandbox.customers.find({ name: 'haddad omar' }))).toEqual(['cus_0002']);
  });

  it('narrows a name search by the zip of the default address', () => {
    expect(ids(sandbox.customers.find({ name: 'Ana Silva', zip: '60601' }))).toEqual([]);
    expect(ids(sandbox.customers.find({ name: 'Ana Silva', zip: '97201' }))).toEqual(['cus_0001']);
  });

  it('answers an empty list when nobody matches', () => {
    expect(sandbox.customers.find({ email: 'nobody@example.com' })).toEqual({ ok: true, value: [] });
  });

  it('refuses a search with no criterion', () => {
    expect(sandbox.customers.find({})).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses a phone number too short to identify anyone', () => {
    expect(sandbox.customers.find({ phone: '0101' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'phone' },
    });
  });
});

describe('customer profiles', () => {
  it('shows the latest interactions first, with notes', () => {
    const profile = sandbox.customers.profile('cus_0001', 1);
    expect(profile.ok && profile.value.recentInteractions.map((i) => i.id)).toEqual(['int_000002']);
    expect(profile.ok && profile.value.notes.map((n) => n.text)).toEqual(['Prefers email.']);
  });

  it('reports a missing customer', () => {
    expect(sandbox.customers.profile('cus_9999')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('recording contacts', () => {
  it('logs an interaction stamped now, which the profile then shows first', () => {
    const logged = sandbox.customers.logInteraction({
      customerId: 'cus_0002',
      channel: 'email',
      topic: 'Refund status',
      summary: 'Asked when the refund arrives.',
      outcome: 'resolved',
      csat: 4,
    });
    expect(logged).toEqual({
      ok: true,
      value: {
        id: 'int_000003',
        customerId: 'cus_0002',
        channel: 'email',
        topic: 'Refund status',
        summary: 'Asked when the refund arrives.',
        outcome: 'resolved',
        csat: 4,
        at: now.toISOString(),
      },
    });
    const profile = sandbox.customers.profile('cus_0002');
    expect(profile.ok && profile.value.recentInteractions[0]?.id).toBe('int_000003');
  });

  it('refuses an interaction for a missing customer and stores nothing', () => {
    const logged = sandbox.customers.logInteraction({
      customerId: 'cus_9999',
      channel: 'chat',
      topic: 'x',
      summary: 'y',
      outcome: 'z',
    });
    expect(logged).toMatchObject({ ok: false, error: { code: 'not_found', field: 'customerId' } });
    expect(db.prepare('SELECT COUNT(*) FROM sb_interactions').pluck().get()).toBe(2);
  });

  it('refuses an interaction on an unknown channel, naming the field', () => {
    const logged = sandbox.customers.logInteraction({
      customerId: 'cus_0001',
      channel: 'fax' as 'chat',
      topic: 'x',
      summary: 'y',
      outcome: 'z',
    });
    expect(logged).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'channel' } });
  });

  it('adds a note to the customer record', () => {
    const note = sandbox.customers.addNote({
      customerId: 'cus_0002',
      author: 'Sam Okoye',
      text: 'Call after 2 pm.',
    });
    expect(note).toMatchObject({ ok: true, value: { id: 'note_00002', at: now.toISOString() } });
    const profile = sandbox.customers.profile('cus_0002');
    expect(profile.ok && profile.value.notes.map((n) => n.text)).toEqual(['Call after 2 pm.']);
  });

  it('refuses a note for a missing customer', () => {
    expect(sandbox.customers.addNote({ customerId: 'cus_9999', author: 'a', text: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'customerId' },
    });
  });
});

describe('default addresses', () => {
  it('replaces the default address', () => {
    const address = { line1: '9 Birch Lane', city: 'Boise', state: 'ID', zip: '83702', country: 'US' };
    expect(sandbox.customers.updateAddress('cus_0001', address)).toMatchObject({
      ok: true,
      value: { address },
    });
  });

  it('refuses an address without a zip, naming the field', () => {
    const address = { line1: '9 Birch Lane', city: 'Boise', country: 'US' } as never;
    expect(sandbox.customers.updateAddress('cus_0001', address)).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'address.zip' },
    });
  });

  it('reports a missing customer', () => {
    const address = { line1: '9 Birch Lane', city: 'Boise', zip: '83702', country: 'US' };
    expect(sandbox.customers.updateAddress('cus_9999', address)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
