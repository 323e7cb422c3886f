import type { MetricsReport } from '../../../shared/metrics';
import { BarChart } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { IntentTable } from './IntentTable';
import { LineChart } from './LineChart';
import {
  automationByDay,
  csatByDay,
  decisionsByTool,
  describePoints,
  escalationByDay,
  escalationsByReason,
  resolutionTimes,
} from './metrics-charts';
import { formatCsat, formatMinutes, formatRate, type ChartPoint } from './metrics-format';
import { useMetrics } from './use-metrics';

const formatCount = (value: number | null): string => (value === null ? '—' : String(value));

/** How the agent does over a period: automation, escalations, approvals, CSAT and resolution time. */
export function MetricsView() {
  const metrics = useMetrics();
  const { report } = metrics;
  return (
    <main className="view metrics-view" aria-labelledby="metrics-title">
      <header className="view-header">
        <h2 id="metrics-title">Metrics</h2>
        <label>
          From{' '}
          <input
            type="date"
            value={metrics.from}
            onChange={(e) => metrics.setRange({ from: e.target.value })}
          />
        </label>
        <label>
          To{' '}
          <input type="date" value={metrics.to} onChange={(e) => metrics.setRange({ to: e.target.value })} />
        </label>
        {report && (
          <span className="count">
            {report.from} to {report.to}
          </span>
        )}
      </header>
      {metrics.error && (
        <p role="alert" className="field-error">
          {metrics.error}
        </p>
      )}
      {!report ? (
        <p className="empty">{metrics.loading ? 'Loading…' : 'No metrics yet.'}</p>
      ) : (
        <Report report={report} />
      )}
    </main>
  );
}

function Report({ report }: { report: MetricsReport }) {
  const chart = (
    title: string,
    points: ChartPoint[],
    format: (v: number | null) => string,
    kind: 'line' | 'bar',
    max?: number,
  ) => (
    <ChartFigure title={title} description={describePoints(points, format)} points={points} format={format}>
      {kind === 'line' ? (
        <LineChart points={points} max={max ?? 1} />
      ) : (
        <BarChart points={points} max={max} />
      )}
    </ChartFigure>
  );
  return (
    <>
      <dl className="headline-figures">
        <div>
          <dt>Conversations</dt>
          <dd aria-label="Conversations">{report.conversations}</dd>
        </div>
        <div>
          <dt>Automation rate</dt>
          <dd aria-label="Automation rate">{formatRate(report.automationRate)}</dd>
        </div>
        <div>
          <dt>Escalation rate</dt>
          <dd aria-label="Escalation rate">{formatRate(report.escalationRate)}</dd>
        </div>
        <div>
          <dt>CSAT</dt>
          <dd aria-label="CSAT">
            {formatCsat(report.csat.average)} ({report.csat.responses})
          </dd>
        </div>
      </dl>
      <div className="charts">
        {chart('Automation rate by day', automationByDay(report), formatRate, 'line')}
        {chart('Escalation rate by day', escalationByDay(report), formatRate, 'line')}
        {chart('Escalations by reason', escalationsByReason(report), formatCount, 'bar')}
        {chart('Approval, edit and rejection rate per tool', decisionsByTool(report), formatRate, 'bar', 1)}
        {chart('CSAT by day', csatByDay(report), formatCsat, 'line', 5)}
        {chart('Time to resolution', resolutionTimes(report), formatMinutes, 'bar')}
      </div>
      <IntentTable rows={report.byIntent} />
    </>
  );
}
