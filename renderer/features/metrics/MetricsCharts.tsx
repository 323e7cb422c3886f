import { useMemo } from 'react';
import type { MetricsReport } from '../../../shared/metrics';
import { ChartFigure } from './ChartFigure';
import {
  automationByDay,
  csatByDay,
  decisionKinds,
  decisionsByTool,
  escalationByDay,
  escalationsByReason,
  resolutionBuckets,
  type DayPoint,
} from './metrics-charts';
import { formatCsat, formatDay, formatDuration, formatRate } from './metrics-format';
import { countBarOptions, dailyOptions, decisionsOptions } from './plot-options';
import { PlotChart } from './PlotChart';

const rateAxis = {
  domain: [0, 1] as [number, number],
  ticks: [0, 0.25, 0.5, 0.75, 1],
  tickFormat: (v: number) => `${Math.round(v * 100)}%`,
  valueLabel: (v: number) => formatRate(v),
};

const csatAxis = {
  label: 'Average CSAT (1–5)',
  domain: [1, 5] as [number, number],
  ticks: [1, 2, 3, 4, 5],
  tickFormat: (v: number) => String(v),
  valueLabel: (v: number) => v.toFixed(1),
};

const noConversations =
  'No conversations in this period: pick a longer period, or come back once chats have ended.';

/** A daily series in words: each measured day while there are few, else how many and their range. */
function describeDays(points: readonly DayPoint[], format: (value: number) => string): string {
  const measured = points.flatMap((p) => (p.value === null ? [] : [{ day: p.day, value: p.value }]));
  if (measured.length <= 7) return measured.map((p) => `${formatDay(p.day)} ${format(p.value)}`).join(', ');
  const values = measured.map((p) => p.value);
  return `${measured.length} days with data, from ${format(Math.min(...values))} to ${format(Math.max(...values))}`;
}

/** Every chart of the report, each with its data table and, when empty, why and what to do. */
export default function MetricsCharts({ report }: { report: MetricsReport }) {
  const automation = useMemo(() => automationByDay(report), [report]);
  const escalation = useMemo(() => escalationByDay(report), [report]);
  const csat = useMemo(() => csatByDay(report), [report]);
  const reasons = useMemo(
    () => escalationsByReason(report).map((r) => ({ name: r.reason, count: r.count })),
    [report],
  );
  const tools = useMemo(() => decisionsByTool(report), [report]);
  const buckets = useMemo(
    () => resolutionBuckets(report).map((b) => ({ name: b.label, count: b.count })),
    [report],
  );
  const resolved = buckets.reduce((sum, b) => sum + b.count, 0);
  const { p50, p90 } = report.timeToResolutionMinutes;

  const options = useMemo(
    () => ({
      automation: dailyOptions(automation, { ...rateAxis, label: 'Automation rate' }),
      escalation: dailyOptions(escalation, { ...rateAxis, label: 'Escalation rate' }),
      csat: dailyOptions(csat, csatAxis),
      reasons: countBarOptions(reasons, 'Escalated conversations'),
      tools: decisionsOptions(tools),
      resolution: countBarOptions(buckets, 'Resolved conversations'),
    }),
    [automation, escalation, csat, reasons, tools, buckets],
  );

  const dayRows = (points: readonly DayPoint[], format: (value: number | null) => string) =>
    report.byDay.flatMap((d, i) =>
      d.conversations === 0
        ? []
        : [[formatDay(d.day), format(points[i]?.value ?? null), String(d.conversations)]],
    );

  return (
    <div className="charts">
      <ChartFigure
        title="Automation rate by day"
        description={describeDays(automation, formatRate)}
        empty={report.conversations === 0 ? noConversations : null}
        table={{
          columns: ['Day', 'Automation rate', 'Conversations'],
          rows: dayRows(automation, formatRate),
        }}
      >
        <PlotChart options={options.automation} />
      </ChartFigure>
      <ChartFigure
        title="Escalation rate by day"
        description={describeDays(escalation, formatRate)}
        empty={report.conversations === 0 ? noConversations : null}
        table={{
          columns: ['Day', 'Escalation rate', 'Conversations'],
          rows: dayRows(escalation, formatRate),
        }}
      >
        <PlotChart options={options.escalation} />
      </ChartFigure>
      <ChartFigure
        title="Escalations by reason"
        description={reasons.map((r) => `${r.name} ${r.count}`).join(', ')}
        empty={
          reasons.length === 0
            ? 'Nothing was escalated in this period: conversations the agent hands to a rep show up here, by reason.'
            : null
        }
        table={{
          columns: ['Reason', 'Escalated conversations'],
          rows: reasons.map((r) => [r.name, String(r.count)]),
        }}
      >
        <PlotChart options={options.reasons} />
      </ChartFigure>
      <ChartFigure
        title="Approvals per tool"
        description={tools
          .map(
            (t) =>
              `${t.tool}: ${decisionKinds.map((k) => `${t[k.key]} ${k.label.toLowerCase()}`).join(', ')}`,
          )
          .join('; ')}
        empty={
          tools.length === 0
            ? 'Nothing waited for approval in this period: actions the policy puts to a rep (credits, refunds…) show up here once a rep approves, edits or rejects them.'
            : null
        }
        table={{
          columns: ['Tool', ...decisionKinds.map((k) => k.label)],
          rows: tools.map((t) => [t.tool, ...decisionKinds.map((k) => String(t[k.key]))]),
        }}
      >
        <PlotChart options={options.tools} legend={decisionKinds} />
      </ChartFigure>
      <ChartFigure
        title="CSAT by day"
        description={describeDays(csat, formatCsat)}
        empty={
          report.csat.responses === 0
            ? 'No CSAT answers yet: the agent asks "How did we do?" after it resolves a chat, and a rep can rate a resolved conversation.'
            : null
        }
        table={{
          columns: ['Day', 'Average CSAT'],
          rows: csat.flatMap((p) => (p.value === null ? [] : [[formatDay(p.day), formatCsat(p.value)]])),
        }}
      >
        <PlotChart options={options.csat} />
      </ChartFigure>
      <ChartFigure
        title="Time to resolution"
        description={`median ${formatDuration(p50)}, 90th percentile ${formatDuration(p90)}; ${buckets
          .filter((b) => b.count > 0)
          .map((b) => `${b.count} resolved ${b.name}`)
          .join(', ')}`}
        empty={
          resolved === 0
            ? 'No conversation was resolved in this period: resolution times show up once the agent or a rep resolves a chat.'
            : null
        }
        summary={
          <dl className="chart-figures">
            <div>
              <dt>Median (p50)</dt>
              <dd>{formatDuration(p50)}</dd>
            </div>
            <div>
              <dt>90th percentile (p90)</dt>
              <dd>{formatDuration(p90)}</dd>
            </div>
            <div>
              <dt>Resolved</dt>
              <dd>{resolved}</dd>
            </div>
          </dl>
        }
        table={{
          columns: ['Time to resolution', 'Resolved conversations'],
          rows: buckets.map((b) => [b.name, String(b.count)]),
        }}
      >
        <PlotChart options={options.resolution} />
      </ChartFigure>
    </div>
  );
}
