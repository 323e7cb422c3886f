import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountsRepo } from '../../../electron/sandbox/repos/accounts-repo';
import { TouchpointsRepo } from '../../../electron/sandbox/repos/touchpoints-repo';
import { UsageRepo } from '../../../electron/sandbox/repos/usage-repo';
import type { Database } from '../../../electron/store/database';
import { now, openSaasFixture, weeksAgo } from './saas-fixture';

let db: Database;
let accounts: AccountsRepo;
let usage: UsageRepo;
let touchpoints: TouchpointsRepo;
beforeEach(() => {
  db = openSaasFixture();
  accounts = new AccountsRepo(db);
  usage = new UsageRepo(db);
  touchpoints = new TouchpointsRepo(db, () => now);
});
afterEach(() => db.close());

describe('accounts', () => {
  it('finds an account by id', () => {
    expect(accounts.get('acc_calm')).toEqual({
      ok: true,
      value: { id: 'acc_calm', customerId: 'cus_0001', name: 'Copperleaf Studio' },
    });
  });

  it('names the field when no account has the id', () => {
    expect(accounts.get('acc_x')).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'accountId' },
    });
  });

  it('lists accounts in id order, a page at a time', () => {
    const ids = (page: Parameters<AccountsRepo['list']>[0]) => {
      const listed = accounts.list(page);
      return listed.ok ? listed.value.map((a) => a.id) : listed.error.message;
    };
    expect(ids({})).toEqual(['acc_calm', 'acc_slipping', 'acc_unsigned']);
    expect(ids({ limit: 1, offset: 1 })).toEqual(['acc_slipping']);
    expect(ids({ limit: 0 })).toMatch(/^limit:/);
  });

  it("finds a customer's accounts", () => {
    const found = accounts.byCustomer('cus_0002');
    expect(found.ok && found.value.map((a) => a.id)).toEqual(['acc_slipping', 'acc_unsigned']);
    expect(accounts.byCustomer('cus_0003')).toEqual({ ok: true, value: [] });
    expect(accounts.byCustomer('cus_9999')).toMatchObject({ ok: false, error: { field: 'customerId' } });
  });

  it("gives an account's subscription", () => {
    expect(accounts.subscription('acc_slipping')).toEqual({
      ok: true,
      value: {
        accountId: 'acc_slipping',
        plan: 'team',
        seats: 40,
        seatsUsed: 34,
        pricePerSeat: 300,
        renewalDate: '2025-06-21',
      },
    });
    expect(accounts.subscription('acc_x')).toMatchObject({
      ok: false,
      error: { message: 'No account with id acc_x.' },
    });
  });
});

describe('usage', () => {
  it('gives one weekly series per feature, oldest week first', () => {
    const series = usage.seriesByFeature('acc_slipping');
    if (!series.ok) throw new Error(series.error.message);
    expect(series.value.map((s) => s.feature)).toEqual([
      'Automations',
      'Knowledge Base',
      'Live Chat',
      'Reports',
      'Shared Inbox',
    ]);
    expect(series.value[3]?.points.slice(0, 2)).toEqual([
      { date: weeksAgo(26), activeUsers: 20 },
      { date: weeksAgo(25), activeUsers: 20 },
    ]);
    expect(series.value[3]?.points.at(-1)).toEqual({ date: weeksAgo(1), activeUsers: 4 });
  });

  it('keeps to the weeks asked for', () => {
    const series = usage.seriesByFeature('acc_calm', { since: weeksAgo(3), until: weeksAgo(2) });
    expect(series.ok && series.value[0]?.points.map((p) => p.date)).toEqual([weeksAgo(3), weeksAgo(2)]);
  });

  it('says when each feature last had an active user', () => {
    const last = usage.lastActiveByFeature('acc_calm');
    expect(last.ok && last.value.get('Satisfaction Surveys')).toBe(weeksAgo(21));
    expect(last.ok && last.value.has('Custom Roles')).toBe(false);
  });

  it('refuses an unknown account', () => {
    expect(usage.seriesByFeature('acc_x')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('touchpoints', () => {
  it("lists an account's touchpoints newest first, within the times asked for", () => {
    const listed = touchpoints.list('acc_slipping', {
      since: '2025-05-01T00:00:00Z',
      until: now.toISOString(),
    });
    expect(listed.ok && listed.value.map((t) => t.at.slice(0, 10))).toEqual([
      '2025-06-03',
      '2025-05-20',
      '2025-05-06',
    ]);
  });

  it('logs a touchpoint stamped now', () => {
    const logged = touchpoints.log({
      accountId: 'acc_calm',
      channel: 'note',
      summary: 'Champion moved teams.',
    });
    expect(logged).toEqual({
      ok: true,
      value: {
        accountId: 'acc_calm',
        at: now.toISOString(),
        channel: 'note',
        summary: 'Champion moved teams.',
      },
    });
    const latest = touchpoints.list('acc_calm', { limit: 1 });
    expect(latest.ok && latest.value[0]?.summary).toBe('Champion moved teams.');
  });

  it('refuses a touchpoint on an unknown channel or for an unknown account, writing nothing', () => {
    expect(touchpoints.log({ accountId: 'acc_calm', channel: 'fax' as 'note', summary: 'x' })).toMatchObject({
      ok: false,
      error: { field: 'channel' },
    });
    expect(touchpoints.log({ accountId: 'acc_x', channel: 'note', summary: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'accountId' },
    });
    expect(db.prepare('SELECT COUNT(*) FROM sb_touchpoints').pluck().get()).toBe(7);
  });
});
