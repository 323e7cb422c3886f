import { isDeepStrictEqual } from 'node:util';
import type { MetricsReport } from '../../shared/metrics';
import type { ApprovedArgs, OutcomeRow, ToolCounts } from './outcomes-repo';
import { percentile } from './percentile';
import type { ReportRange } from './report-range';

/** A share, or null when there is nothing to share out. */
const rate = (count: number, of: number): number | null => (of === 0 ? null : count / of);

const average = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Minutes from the first customer message to the end, for rows that have both. */
export const handleMinutes = (row: Pick<OutcomeRow, 'startedAt' | 'endedAt'>): number | null =>
  row.startedAt && row.endedAt ? (Date.parse(row.endedAt) - Date.parse(row.startedAt)) / 60_000 : null;

const resolutionMinutes = (rows: readonly OutcomeRow[]): number[] =>
  rows
    .filter((row) => row.status === 'resolved')
    .map(handleMinutes)
    .filter((minutes): minutes is number => minutes !== null);

const scores = (rows: readonly OutcomeRow[]): number[] =>
  rows.map((row) => row.csat).filter((score): score is number => score !== null);

/** The upper bounds, in minutes, of the time-to-resolution buckets; the last bucket has none. */
const resolutionBucketBounds = [1, 5, 15, 30, 60, 240] as const;

/** Resolution times counted into [from, to) buckets, every bucket present even when empty. */
function resolutionBuckets(minutes: readonly number[]): MetricsReport['resolutionTimeBuckets'] {
  const lower = [0, ...resolutionBucketBounds];
  return lower.map((fromMinutes, index) => {
    const toMinutes = resolutionBucketBounds[index] ?? null;
    const count = minutes.filter((m) => m >= fromMinutes && (toMinutes === null || m < toMinutes)).length;
    return { fromMinutes, toMinutes, count };
  });
}

/** Edited means the approved arguments differ from the proposal as data, whatever their key order. */
const isEdited = (row: ApprovedArgs): boolean =>
  !isDeepStrictEqual(JSON.parse(row.approvedArgs), JSON.parse(row.proposedArgs));

/**
 * Approval and rejection rates are shares of the proposals a person decided on (auto-run and
 * policy-denied actions were never put to anyone); the edit rate is a share of the approvals.
 */
function perTool(counts: readonly ToolCounts[], approved: readonly ApprovedArgs[]): MetricsReport['perTool'] {
  return counts.map((tool) => {
    const edited = approved.filter((row) => row.tool === tool.tool && isEdited(row)).length;
    const decided = tool.approved + tool.rejected;
    return {
      ...tool,
      edited,
      approvalRate: rate(tool.approved, decided),
      editRate: rate(edited, tool.approved),
      rejectionRate: rate(tool.rejected, decided),
    };
  });
}

/** Aggregates the per-conversation facts of a range into the report the metrics view charts. */
export function buildMetricsReport(
  range: ReportRange,
  rows: readonly OutcomeRow[],
  reasons: readonly { reason: string; count: number }[],
  toolCounts: readonly ToolCounts[],
  approved: readonly ApprovedArgs[],
): Omit<MetricsReport, 'sampleConversations'> {
  const total = rows.length;
  const automated = rows.filter((row) => row.automated).length;
  const escalated = rows.filter((row) => row.escalated).length;
  const minutes = resolutionMinutes(rows);
  const csat = scores(rows);
  const intents = [...new Set(rows.map((row) => row.intent ?? 'unknown'))];
  return {
    from: range.from,
    to: range.to,
    conversations: total,
    automationRate: rate(automated, total),
    escalationRate: rate(escalated, total),
    escalationsByReason: reasons.map(({ reason, count }) => ({ reason, count, rate: rate(count, total) })),
    perTool: perTool(toolCounts, approved),
    csat: { average: average(csat), responses: csat.length },
    timeToResolutionMinutes: { p50: percentile(minutes, 0.5), p90: percentile(minutes, 0.9) },
    resolutionTimeBuckets: resolutionBuckets(minutes),
    byDay: range.days.map((day) => {
      const ofDay = rows.filter((row) => row.day === day);
      return {
        day,
        conversations: ofDay.length,
        automated: ofDay.filter((row) => row.automated).length,
        escalated: ofDay.filter((row) => row.escalated).length,
        csatAverage: average(scores(ofDay)),
        medianResolutionMinutes: percentile(resolutionMinutes(ofDay), 0.5),
      };
    }),
    byIntent: intents
      .map((intent) => {
        const ofIntent = rows.filter((row) => (row.intent ?? 'unknown') === intent);
        return {
          intent,
          conversations: ofIntent.length,
          automationRate: rate(ofIntent.filter((row) => row.automated).length, ofIntent.length),
          escalationRate: rate(ofIntent.filter((row) => row.escalated).length, ofIntent.length),
        };
      })
      .sort((a, b) => b.conversations - a.conversations || a.intent.localeCompare(b.intent)),
  };
}
