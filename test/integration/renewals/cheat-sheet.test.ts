import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { buildCheatSheet } from '../../../electron/renewals/build-cheat-sheet';
import type { Database } from '../../../electron/store/database';
import { sandboxRenewalSignals } from '../../../electron/tools/connectors/sandbox-renewal-signals';
import { CheatSheet } from '../../../shared/cheatsheet';
import { now, openSaasFixture, saasFixture } from './saas-fixture';

let db: Database;
beforeEach(() => (db = openSaasFixture()));
afterEach(() => db.close());

const policy = defaultPolicy();
const build = (accountId: string, options: Parameters<typeof buildCheatSheet>[2]) =>
  buildCheatSheet(sandboxRenewalSignals(db), accountId, options);
const sheetOf = async (accountId: string, at = now) => {
  const result = await build(accountId, { now: at, policy });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the cheat sheet', () => {
  it('scores an account with falling usage, rival mentions and a renewal in 10 days far above a healthy one', async () => {
    const slipping = (await sheetOf('acc_slipping')).churnRisk.score;
    const calm = (await sheetOf('acc_calm')).churnRisk.score;
    expect(slipping).toBeGreaterThanOrEqual(60);
    expect(calm).toBeLessThanOrEqual(30);
  });

  it('says why: falling usage, rival mentions and the close renewal contribute most', async () => {
    const { factors } = (await sheetOf('acc_slipping')).churnRisk;
    expect(factors.slice(0, 3).map((f) => f.name)).toEqual([
      'usageTrend',
      'competitorMentions',
      'daysToRenewal',
    ]);
    expect(factors.find((f) => f.name === 'seatUtilisation')?.contribution).toBe(0);
  });

  it('lists every factor with a value in [0, 1], weights adding up to 1 and the score as the rounded sum', async () => {
    const { score, factors } = (await sheetOf('acc_slipping')).churnRisk;
    expect(factors.map((f) => f.name).sort()).toEqual(
      ['competitorMentions', 'daysToRenewal', 'seatUtilisation', 'sentiment', 'tickets', 'usageTrend'].sort(),
    );
    expect(factors.every((f) => f.value >= 0 && f.value <= 1)).toBe(true);
    expect(factors.reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(1, 10);
    expect(score).toBe(Math.round(factors.reduce((sum, f) => sum + f.contribution, 0)));
  });

  it('has the documented shape', async () => {
    expect(CheatSheet.safeParse(await sheetOf('acc_slipping')).success).toBe(true);
    expect(Object.keys(await sheetOf('acc_calm'))).toEqual([
      'accountId',
      'churnRisk',
      'usageGaps',
      'lastTouchpoint',
      'competitorMentions',
      'quote',
      'talkingPoints',
    ]);
  });

  it('lists the features paid for and unused, with the last week anyone used them', async () => {
    expect((await sheetOf('acc_calm')).usageGaps).toEqual([
      { feature: 'Satisfaction Surveys', activeUsers: 0, lastUsed: expect.stringMatching(/^2025-0[12]-/) },
      { feature: 'Custom Roles', activeUsers: 0, lastUsed: null },
    ]);
    expect((await sheetOf('acc_slipping')).usageGaps.map((g) => g.feature)).toEqual(['Live Chat']);
  });

  it('shows the last touchpoint and the rival mentions, newest first', async () => {
    const sheet = await sheetOf('acc_slipping');
    expect(sheet.lastTouchpoint).toEqual({
      at: '2025-06-03T15:00:00.000Z',
      channel: 'call',
      summary: 'Said Zendesk offered three months free to switch.',
    });
    expect(sheet.competitorMentions.map((m) => [m.competitor, m.at.slice(0, 10), m.possible])).toEqual([
      ['Zendesk', '2025-06-03', false],
      ['Zendesk', '2025-05-20', false],
      ['Freshworks', '2025-05-06', false],
    ]);
  });

  it('quotes the renewal with the retention offer the policy makes to an account at risk', async () => {
    expect((await sheetOf('acc_slipping')).quote).toEqual({
      plan: 'team',
      seats: 40,
      pricePerSeat: 300,
      subtotal: 12_000,
      discounts: [{ ruleId: 'at-risk-retention-offer', percent: 15, amount: 1800 }],
      total: 10_200,
    });
    expect((await sheetOf('acc_calm')).quote).toMatchObject({
      subtotal: 21_600,
      discounts: [],
      total: 21_600,
    });
  });

  it('prices the quote without discounts under a policy that has no renewals section', async () => {
    const result = await build('acc_slipping', { now, policy: {} });
    expect(result.ok && result.value.quote.total).toBe(12_000);
  });

  it('gives talking points that say what fell, who was mentioned and when the renewal is', async () => {
    const points = (await sheetOf('acc_slipping')).talkingPoints;
    expect(points[0]).toBe(
      'Usage of Shared Inbox fell 47% since 9 Apr (27.5 → 14.5 weekly active users); all features together are down 51%.',
    );
    expect(points).toContain(
      'Mentioned Zendesk 2 times, last on 3 Jun (call): ask what they are comparing and why.',
    );
    expect(points).toContain('Renews in 10 days (21 Jun): confirm who signs and by when.');
    expect(points.at(-1)).toBe(
      'Renewal quote: 40 team seats at $300 = $12,000, less 15% at-risk-retention-offer = $10,200.',
    );
  });

  it('counts the open tickets of the account contact', async () => {
    const tickets = (await sheetOf('acc_slipping')).churnRisk.factors.find((f) => f.name === 'tickets');
    expect(tickets?.value).toBeCloseTo(1 / 3, 3);
  });

  it('reads a sour tone in recent contacts as risk', async () => {
    const sentiment = async () =>
      (await sheetOf('acc_slipping')).churnRisk.factors.find((f) => f.name === 'sentiment')?.value;
    expect(await sentiment()).toBe(0);
    const data = saasFixture();
    data.touchpoints.push({
      accountId: 'acc_slipping',
      at: '2025-06-10T10:00:00.000Z',
      channel: 'call',
      summary: 'Angry and frustrated: the outage was terrible and support was useless.',
    });
    db.close();
    db = openSaasFixture(data);
    expect(await sentiment()).toBeGreaterThan(0.5);
  });

  it('ignores records dated after the moment it is written for', async () => {
    const sheet = await sheetOf('acc_slipping');
    expect(sheet.competitorMentions.some((m) => m.competitor === 'Intercom')).toBe(false);
    const later = await sheetOf('acc_slipping', new Date('2025-06-21T09:00:00.000Z'));
    expect(later.lastTouchpoint?.summary).toBe('Signed with Intercom.');
  });

  it('writes the same sheet every time for the same records, moment and policy', async () => {
    expect(await sheetOf('acc_slipping')).toEqual(await sheetOf('acc_slipping'));
  });

  it('refuses an unknown account, naming the field', async () => {
    expect(await build('acc_nobody', { now, policy })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No account with id acc_nobody.', field: 'accountId' },
    });
  });

  it('refuses an empty account id', async () => {
    expect(await build('  ', { now, policy })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'accountId' },
    });
  });

  it('says so when an account has no subscription to renew', async () => {
    expect(await build('acc_unsigned', { now, policy })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Account acc_unsigned has no subscription.', field: 'accountId' },
    });
  });
});
