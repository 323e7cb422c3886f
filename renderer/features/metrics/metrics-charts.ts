import type { MetricsReport } from '../../../shared/metrics';
import { formatDuration } from './metrics-format';

/** One day of a daily series; value null on a day with nothing to measure. */
export interface DayPoint {
  day: string;
  value: number | null;
  /** What the value was measured over (conversations, or CSAT answers), for the data table. */
  conversations: number;
}

const dayRate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The share of each day's conversations resolved without a human. */
export const automationByDay = (report: MetricsReport): DayPoint[] =>
  report.byDay.map((d) => ({
    day: d.day,
    value: dayRate(d.automated, d.conversations),
    conversations: d.conversations,
  }));

/** The share of each day's conversations handed to a rep. */
export const escalationByDay = (report: MetricsReport): DayPoint[] =>
  report.byDay.map((d) => ({
    day: d.day,
    value: dayRate(d.escalated, d.conversations),
    conversations: d.conversations,
  }));

/** The average CSAT of each day that has one. */
export const csatByDay = (report: MetricsReport): DayPoint[] =>
  report.byDay.map((d) => ({ day: d.day, value: d.csatAverage, conversations: d.conversations }));

/** How many escalations each reason caused. */
export const escalationsByReason = (report: MetricsReport): { reason: string; count: number }[] =>
  report.escalationsByReason.map(({ reason, count }) => ({ reason, count }));

/** A person's decisions on one tool's proposals: approved as proposed, edited then approved, rejected. */
export interface ToolDecisions {
  tool: string;
  approved: number;
  edited: number;
  rejected: number;
}

/** The decisions in the order they stack, each with its label and theme colour. */
export const decisionKinds = [
  { key: 'approved', label: 'Approved as proposed', color: 'var(--ok)' },
  { key: 'edited', label: 'Edited, then approved', color: 'var(--warn)' },
  { key: 'rejected', label: 'Rejected', color: 'var(--danger)' },
] as const;

/**
 * The tools whose proposals a person decided on. The report lists every tool the agent proposed,
 * reads and auto-run writes included (with null rates); those never waited for approval, so the
 * approvals chart leaves them out. The report's `approved` counts edited approvals too.
 */
export const decisionsByTool = (report: MetricsReport): ToolDecisions[] =>
  report.perTool
    .filter((t) => t.approved + t.rejected > 0)
    .map((t) => ({ tool: t.tool, approved: t.approved - t.edited, edited: t.edited, rejected: t.rejected }));

/** One bucket of the time-to-resolution histogram, named with its units. */
export interface ResolutionBucket {
  label: string;
  count: number;
}

const bound = (minutes: number): string => formatDuration(minutes);

/** The resolution-time histogram, fastest bucket first: "under 1 min", "1 min – 5 min", …, "4 h or more". */
export const resolutionBuckets = (report: MetricsReport): ResolutionBucket[] =>
  report.resolutionTimeBuckets.map(({ fromMinutes, toMinutes, count }) => ({
    label:
      toMinutes === null
        ? `${bound(fromMinutes)} or more`
        : fromMinutes === 0
          ? `under ${bound(toMinutes)}`
          : `${bound(fromMinutes)} – ${bound(toMinutes)}`,
    count,
  }));
