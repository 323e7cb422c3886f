import type { Plan, UsageGap } from '../../shared/cheatsheet';
import { planFeatures } from '../../shared/saas-catalog';
import type { UsageSeries } from './renewal-signals';
import { trendDays } from './usage-trend';

/** Fewer weekly active users than this, on average over the last four weeks, is "unused". */
const unusedBelow = 1;

/** Features the plan pays for that (almost) nobody used in the last four weeks, in catalogue order. */
export function usageGaps(
  plan: Plan,
  series: readonly UsageSeries[],
  lastActive: ReadonlyMap<string, string>,
  now: Date,
): UsageGap[] {
  const { isRecent } = trendDays(now);
  const byFeature = new Map(series.map((s) => [s.feature, s.points]));
  return planFeatures(plan).flatMap((feature): UsageGap[] => {
    const recent = (byFeature.get(feature) ?? []).filter((p) => isRecent(p.date));
    const activeUsers =
      recent.length === 0 ? 0 : recent.reduce((sum, p) => sum + p.activeUsers, 0) / recent.length;
    if (activeUsers >= unusedBelow) return [];
    return [
      { feature, activeUsers: Number(activeUsers.toFixed(2)), lastUsed: lastActive.get(feature) ?? null },
    ];
  });
}
