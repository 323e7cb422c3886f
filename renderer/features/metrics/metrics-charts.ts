import type { MetricsReport } from '../../../shared/metrics';
import type { ChartPoint } from './metrics-format';

const dayRate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The share of each day's conversations resolved without a human. */
export const automationByDay = (report: MetricsReport): ChartPoint[] =>
  report.byDay.map((d) => ({ label: d.day, value: dayRate(d.automated, d.conversations) }));

/** The share of each day's conversations handed to a rep. */
export const escalationByDay = (report: MetricsReport): ChartPoint[] =>
  report.byDay.map((d) => ({ label: d.day, value: dayRate(d.escalated, d.conversations) }));

/** How many escalations each reason caused. */
export const escalationsByReason = (report: MetricsReport): ChartPoint[] =>
  report.escalationsByReason.map((r) => ({ label: r.reason, value: r.count }));

/** For every tool, the share of its proposals approved as is, edited, and rejected. */
export const decisionsByTool = (report: MetricsReport): ChartPoint[] =>
  report.perTool.flatMap((t) => [
    { label: `${t.tool} approved`, value: t.approvalRate },
    { label: `${t.tool} edited`, value: t.editRate },
    { label: `${t.tool} rejected`, value: t.rejectionRate },
  ]);

/** The average CSAT of each day that has one. */
export const csatByDay = (report: MetricsReport): ChartPoint[] =>
  report.byDay.map((d) => ({ label: d.day, value: d.csatAverage }));

/** Median and 90th percentile minutes to resolution. */
export const resolutionTimes = (report: MetricsReport): ChartPoint[] => [
  { label: 'p50', value: report.timeToResolutionMinutes.p50 },
  { label: 'p90', value: report.timeToResolutionMinutes.p90 },
];

/** A chart's points in words, for its accessible name. */
export const describePoints = (points: ChartPoint[], format: (value: number | null) => string): string =>
  points.length === 0
    ? 'no data in this period'
    : points.map((p) => `${p.label} ${format(p.value)}`).join(', ');
