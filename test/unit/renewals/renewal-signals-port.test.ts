import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { buildCheatSheet, renewalQuoter } from '../../../electron/renewals/build-cheat-sheet';
import { CallReminders } from '../../../electron/renewals/call-reminders';
import type { AccountSignals, RenewalSignals } from '../../../electron/renewals/renewal-signals';
import { EventBus } from '../../../electron/services/event-bus';
import { CheatSheet } from '../../../shared/cheatsheet';
import { fail, ok } from '../../../shared/result';

const now = new Date('2026-06-11T15:00:00.000Z');
const policy = defaultPolicy();

/** An account as a CRM would give it: no usage counted, touchpoints and a renewal in 10 days. */
const crmAccount: AccountSignals = {
  account: { id: '9001', customerId: '512', name: 'Northwind Traders' },
  contactName: 'Bryan Cooper',
  currency: 'EUR',
  subscription: { plan: 'business', seats: 40, seatsUsed: 8, pricePerSeat: 600, renewalDate: '2026-06-21' },
  usageTracked: false,
  usage: [],
  lastActive: new Map(),
  touchpoints: [
    {
      at: '2026-06-03T10:00:00.000Z',
      channel: 'call',
      summary: 'They are evaluating Zendesk before renewing.',
    },
    {
      at: '2026-05-20T09:00:00.000Z',
      channel: 'meeting',
      summary: 'Quarterly review: Zendesk came up again.',
    },
  ],
  lastTouchpoint: {
    at: '2026-06-03T10:00:00.000Z',
    channel: 'call',
    summary: 'They are evaluating Zendesk before renewing.',
  },
  tickets: [],
  interactions: [],
};

/** An in-memory port: the only source the cheat sheet may read (there is no database here at all). */
function fakePort(calls: { eventId: string; startsAt: string }[] = []): RenewalSignals & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async accounts() {
      return [];
    },
    async signals(accountId, at) {
      asked.push(`${accountId}@${at.toISOString()}`);
      return accountId === '9001'
        ? ok(crmAccount)
        : fail('not_found', `No account with id ${accountId}.`, 'accountId');
    },
    async upcomingCalls() {
      return calls.map((call) => ({ ...call, accountId: '9001', accountName: 'Northwind Traders' }));
    },
  };
}

describe('the cheat sheet through the renewal-signals port', () => {
  it('is written from the port alone, in the documented shape', async () => {
    const port = fakePort();
    const sheet = await buildCheatSheet(port, ' 9001 ', { now, policy });
    if (!sheet.ok) throw new Error(sheet.error.message);
    expect(port.asked).toEqual([`9001@${now.toISOString()}`]);
    expect(CheatSheet.safeParse(sheet.value).success).toBe(true);
    expect(sheet.value.accountId).toBe('9001');
    expect(sheet.value.lastTouchpoint).toEqual(crmAccount.lastTouchpoint);
    expect(sheet.value.competitorMentions.map((m) => [m.competitor, m.possible])).toEqual([
      ['Zendesk', false],
      ['Zendesk', false],
    ]);
    expect(sheet.value.quote).toMatchObject({
      plan: 'business',
      seats: 40,
      pricePerSeat: 600,
      subtotal: 24_000,
    });
    expect(sheet.value.talkingPoints).toContain('Renews in 10 days (21 Jun): confirm who signs and by when.');
  });

  it('lists no usage gaps and scores no usage trend when the system counts no usage', async () => {
    const sheet = await buildCheatSheet(fakePort(), '9001', { now, policy });
    if (!sheet.ok) throw new Error(sheet.error.message);
    expect(sheet.value.usageGaps).toEqual([]);
    expect(sheet.value.churnRisk.factors.find((f) => f.name === 'usageTrend')?.value).toBe(0);
    // 8 of 40 seats in use is idle seats: that still counts.
    expect(sheet.value.churnRisk.factors.find((f) => f.name === 'seatUtilisation')?.value).toBe(1);
  });

  it('passes the port’s refusal on, and checks the id before asking', async () => {
    const port = fakePort();
    expect(await buildCheatSheet(port, 'acc_x', { now, policy })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No account with id acc_x.', field: 'accountId' },
    });
    expect(await buildCheatSheet(port, '  ', { now, policy })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'accountId' },
    });
    expect(port.asked).toHaveLength(1);
  });

  it('answers the renewals.quote tool from the same port', async () => {
    const quote = await renewalQuoter(
      () => fakePort(),
      () => policy,
    )('9001', now);
    expect(quote).toMatchObject({
      ok: true,
      value: { accountId: '9001', renewalDate: '2026-06-21', quote: { subtotal: 24_000 } },
    });
  });

  it('pushes the cheat sheet of a call the port’s calendar holds, once', async () => {
    const bus = new EventBus();
    const seen: unknown[] = [];
    bus.subscribe((event, payload) => event === 'call.upcoming' && seen.push(payload));
    const port = fakePort([{ eventId: 'evt_1', startsAt: '2026-06-11T15:10:00.000Z' }]);
    const reminders = new CallReminders(
      () => port,
      bus,
      () => policy,
      () => now,
    );
    await Promise.all([reminders.check(), reminders.check()]);
    expect(seen).toEqual([
      expect.objectContaining({
        eventId: 'evt_1',
        accountId: '9001',
        cheatSheet: expect.objectContaining({ accountId: '9001' }),
      }),
    ]);
  });

  it('announces nothing through a port without a calendar', async () => {
    const { upcomingCalls: _none, ...port } = fakePort([
      { eventId: 'evt_1', startsAt: '2026-06-11T15:10:00.000Z' },
    ]);
    const bus = new EventBus();
    const seen: unknown[] = [];
    bus.subscribe((event) => event === 'call.upcoming' && seen.push(event));
    expect(
      await new CallReminders(
        () => port,
        bus,
        () => policy,
        () => now,
      ).check(),
    ).toEqual([]);
    expect(seen).toEqual([]);
  });
});
