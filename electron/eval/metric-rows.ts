import type { EvalMetrics } from './metrics';

/** One line of a metrics table: its JSON key, the value now, and the value of the previous run. */
export interface MetricRow {
  key: string;
  value: number | null;
  previous: number | null;
  /** Whether a higher value is better (false for violations and latency). */
  higherIsBetter: boolean;
}

/** The metrics of a run as table rows, each beside its value in the previous run when there was one. */
export function metricRows(metrics: EvalMetrics, previous: EvalMetrics | null): MetricRow[] {
  const flat = (m: EvalMetrics): Record<string, number | null> => ({
    tickets: m.tickets,
    intentAccuracy: m.intentAccuracy,
    actionPrecision: m.actionPrecision,
    actionRecall: m.actionRecall,
    escalationPrecision: m.escalationPrecision,
    escalationRecall: m.escalationRecall,
    policyViolations: m.policyViolations,
    clarifications: m.clarifications,
    'latency.p50': m.latency.p50,
    'latency.p95': m.latency.p95,
  });
  const now = flat(metrics);
  const before = previous ? flat(previous) : {};
  const lowerIsBetter = new Set(['policyViolations', 'latency.p50', 'latency.p95', 'clarifications']);
  return Object.entries(now).map(([key, value]) => ({
    key,
    value,
    previous: before[key] ?? null,
    higherIsBetter: !lowerIsBetter.has(key),
  }));
}

/** A value as a reader wants it: ratios as percentages, counts and milliseconds as they are. */
export function formatMetric(key: string, value: number | null): string {
  if (value === null) return '—';
  if (key.startsWith('latency.')) return `${Math.round(value)} ms`;
  if (['tickets', 'policyViolations', 'clarifications'].includes(key)) return String(value);
  return `${(value * 100).toFixed(1)}%`;
}

/** The change since the previous run, signed, in the metric's own unit; empty when either is missing. */
export function formatDelta(row: MetricRow): string {
  if (row.value === null || row.previous === null) return '';
  const delta = row.value - row.previous;
  if (delta === 0) return '±0';
  const sign = delta > 0 ? '+' : '−';
  const magnitude = formatMetric(row.key, Math.abs(delta)).replace('%', ' pts');
  return `${sign}${magnitude}`;
}
