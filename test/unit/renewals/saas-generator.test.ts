import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { parseSandboxFile } from '../../../electron/sandbox/data/parse-file';
import { competitors, planFeatures } from '../../../shared/saas-catalog';
import { generateSandbox } from '../../../electron/sandbox/seed/generate-sandbox';

const asOf = new Date('2025-06-11T09:30:00Z');
const data = generateSandbox({ seed: 11, size: 300, asOf });
const subscriptionOf = new Map(data.subscriptions.map((s) => [s.accountId, s]));
const daysUntil = (date: string) =>
  (Date.parse(`${date}T00:00:00Z`) - Date.parse('2025-06-11T00:00:00Z')) / 86_400_000;

/** Weekly active users of an account, all features added up, oldest week first. */
function weeklyTotals(accountId: string): number[] {
  const totals = new Map<string, number>();
  for (const p of data.usage.filter((u) => u.accountId === accountId)) {
    totals.set(p.date, (totals.get(p.date) ?? 0) + p.activeUsers);
  }
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, users]) => users);
}
const fall = (accountId: string) => {
  const totals = weeklyTotals(accountId);
  const average = (list: number[]) => list.reduce((sum, n) => sum + n, 0) / list.length;
  return 1 - average(totals.slice(-4)) / average(totals.slice(-12, -8));
};

describe('the SaaS side of the generator', () => {
  it('generates identical accounts, subscriptions, usage and touchpoints for the same seed, size and day', () => {
    const again = generateSandbox({ seed: 11, size: 300, asOf: new Date('2025-06-11T22:00:00Z') });
    expect([again.accounts, again.subscriptions, again.usage, again.touchpoints]).toEqual([
      data.accounts,
      data.subscriptions,
      data.usage,
      data.touchpoints,
    ]);
  });

  it('generates other accounts for another seed', () => {
    expect(generateSandbox({ seed: 12, size: 300, asOf }).subscriptions).not.toEqual(data.subscriptions);
  });

  it('makes one account per five customers, each with a subscription and a readable id', () => {
    expect([data.accounts.length, data.subscriptions.length]).toEqual([60, 60]);
    expect(data.accounts[0]?.id).toBe('acc_0001');
    expect(new Set(data.accounts.map((a) => a.customerId)).size).toBe(60);
  });

  it('records weekly usage for the last 26 weeks of every feature the plan includes', () => {
    for (const account of data.accounts.slice(0, 10)) {
      const points = data.usage.filter((u) => u.accountId === account.id);
      const features = planFeatures(subscriptionOf.get(account.id)!.plan);
      expect(new Set(points.map((p) => p.feature))).toEqual(new Set(features));
      expect(points).toHaveLength(26 * features.length);
    }
    expect(data.usage.every((u) => u.date < '2025-06-11')).toBe(true);
  });

  it('writes data that passes the import checks', () => {
    const checked = parseSandboxFile(JSON.parse(JSON.stringify(data)));
    expect(checked.ok ? [] : checked.issues.slice(0, 3)).toEqual([]);
  });

  it('mixes healthy accounts with ones that show every warning sign', () => {
    const signs = data.accounts.map((account) => {
      const s = subscriptionOf.get(account.id)!;
      return {
        declining: fall(account.id) > 0.3,
        idleSeats: s.seatsUsed / s.seats < 0.5,
        rival: data.touchpoints.some(
          (t) => t.accountId === account.id && competitors.some((name) => t.summary.includes(name)),
        ),
        renewingSoon: daysUntil(s.renewalDate) <= 30,
      };
    });
    const healthy = signs.filter((s) => !s.declining && !s.idleSeats && !s.rival && !s.renewingSoon);
    const atRisk = signs.filter((s) => s.declining && s.rival && s.renewingSoon);
    expect(healthy.length).toBeGreaterThan(20);
    expect(atRisk.length).toBeGreaterThanOrEqual(10);
    expect(signs.filter((s) => s.idleSeats).length).toBeGreaterThan(3);
  });

  it('names real vendors of the shipped policy’s competitor list in touchpoints', () => {
    const listed = defaultPolicy().renewals!.competitors.flatMap((c) => [c.name, ...c.aliases]);
    expect(competitors.filter((name) => !listed.includes(name))).toEqual([]);
    const named = data.touchpoints.filter((t) => competitors.some((name) => t.summary.includes(name)));
    expect(named.length).toBeGreaterThan(10);
    expect(new Set(named.map((t) => competitors.find((name) => t.summary.includes(name)))).size).toBe(
      competitors.length,
    );
    expect(data.touchpoints.every((t) => !/\{\w+\}/.test(t.summary))).toBe(true);
  });

  it('opens tickets for some unhappy accounts, continuing the ticket numbering', () => {
    const ids = data.tickets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const contacts = new Set(data.accounts.map((a) => a.customerId));
    expect(
      data.tickets.filter((t) => t.tags.includes('saas') && contacts.has(t.customerId!)).length,
    ).toBeGreaterThan(0);
  });
});
