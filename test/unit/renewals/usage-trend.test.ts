import { describe, expect, it } from 'vitest';
import { fallOf, usageTrend } from '../../../electron/renewals/usage-trend';
import type { UsageSeries } from '../../../electron/sandbox/repos/usage-repo';
import type { Feature } from '../../../shared/saas-catalog';

const now = new Date('2025-06-11T15:00:00.000Z');
const weeksAgo = (weeks: number) =>
  new Date(Date.UTC(2025, 5, 11) - weeks * 7 * 86_400_000).toISOString().slice(0, 10);

/** Weekly points for the last 12 weeks; `users(weeks)` gives the count `weeks` ago. */
const series = (feature: Feature, users: (weeks: number) => number): UsageSeries => ({
  feature,
  points: Array.from({ length: 12 }, (_, i) => 12 - i).map((weeks) => ({
    date: weeksAgo(weeks),
    activeUsers: users(weeks),
  })),
});

describe('the usage trend', () => {
  it('compares the last four weeks with the four weeks that ended eight weeks ago', () => {
    const trend = usageTrend([series('Reports', (weeks) => (weeks <= 4 ? 6 : weeks >= 9 ? 20 : 13))], now);
    expect(trend).toMatchObject({ known: true, since: weeksAgo(9) });
    expect(trend.drop).toBeCloseTo(0.7, 10);
  });

  it('adds the features up, and lists first the feature that lost most users', () => {
    const trend = usageTrend(
      [
        series('Shared Inbox', (weeks) => (weeks <= 4 ? 30 : 40)),
        series('Reports', (weeks) => (weeks <= 4 ? 1 : 4)),
      ],
      now,
    );
    expect(trend.drop).toBeCloseTo(13 / 44, 10);
    expect(trend.features.map((f) => [f.feature, fallOf(f)])).toEqual([
      ['Shared Inbox', 0.25],
      ['Reports', 0.75],
    ]);
  });

  it('sees no fall in growing usage', () => {
    expect(usageTrend([series('Reports', (weeks) => 30 - weeks)], now).drop).toBe(0);
  });

  it('knows no trend without usage in both windows', () => {
    expect(usageTrend([], now)).toEqual({ known: false, drop: 0, since: null, features: [] });
    const unused = usageTrend([series('Reports', () => 0)], now);
    expect([unused.known, unused.drop]).toEqual([false, 0]);
  });
});
