import { addDays, isoDate } from '../../shared/time';
import type { UsageSeries } from './renewal-signals';

/**
 * The comparison behind "usage fell": the average weekly active users of the last four weeks against
 * the four weeks that ended eight weeks ago, far enough back to see a slide rather than a bad week.
 */
const trendWindows = { recentDays: 28, baselineEndDays: 56, baselineStartDays: 84 } as const;

export interface FeatureTrend {
  feature: string;
  /** Average weekly active users in the baseline window. */
  baseline: number;
  /** Average weekly active users in the last four weeks (0 when none were reported). */
  recent: number;
}

export interface UsageTrend {
  /** Whether both windows hold data; without them there is no trend to speak of. */
  known: boolean;
  /** The fall of all features together, from 0 (steady or growing) to 1 (nobody left). */
  drop: number;
  /** The last week of the baseline window: "fell … since" this day. */
  since: string | null;
  /** Features with baseline users, the one that lost most users first. */
  features: FeatureTrend[];
}

const average = (values: number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Relative fall of a feature's users: 0.4 means 40% fewer than in the baseline. */
export const fallOf = (trend: FeatureTrend): number =>
  trend.baseline === 0 ? 0 : Math.max(0, 1 - trend.recent / trend.baseline);

/** The days (YYYY-MM-DD) each window spans: recent is 0-28 days ago, baseline 57-84 days ago. */
export function trendDays(now: Date) {
  const day = (daysAgo: number) => isoDate(addDays(now, -daysAgo));
  return {
    isRecent: (date: string) => date >= day(trendWindows.recentDays) && date <= day(0),
    isBaseline: (date: string) =>
      date >= day(trendWindows.baselineStartDays) && date < day(trendWindows.baselineEndDays),
  };
}

/** Compares recent usage with the baseline, per feature and for the account as a whole. */
export function usageTrend(series: readonly UsageSeries[], now: Date): UsageTrend {
  const { isRecent, isBaseline } = trendDays(now);
  let since: string | null = null;
  let anyRecent = false;
  const features: FeatureTrend[] = [];
  for (const { feature, points } of series) {
    const baseline = points.filter((p) => isBaseline(p.date));
    const recent = points.filter((p) => isRecent(p.date));
    anyRecent ||= recent.length > 0;
    for (const p of baseline) if (since === null || p.date > since) since = p.date;
    const trend = {
      feature,
      baseline: average(baseline.map((p) => p.activeUsers)),
      recent: average(recent.map((p) => p.activeUsers)),
    };
    if (trend.baseline > 0) features.push(trend);
  }
  const before = features.reduce((sum, f) => sum + f.baseline, 0);
  const after = features.reduce((sum, f) => sum + f.recent, 0);
  const known = anyRecent && before > 0;
  return {
    known,
    drop: known ? Math.max(0, 1 - after / before) : 0,
    since: known ? since : null,
    features: features.sort(
      (a, b) => b.baseline - b.recent - (a.baseline - a.recent) || a.feature.localeCompare(b.feature),
    ),
  };
}
