import { lazy, Suspense } from 'react';
import type { MetricsReport } from '../../../shared/metrics';
import { IntentTable } from './IntentTable';
import { formatCsat, formatRate } from './metrics-format';
import { useMetrics } from './use-metrics';
import './metrics.css';

/** The charts and their library load when the view first opens, not with the workspace. */
const MetricsCharts = lazy(() => import('./MetricsCharts'));

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
  const sample = report.sampleConversations;
  return (
    <>
      {sample > 0 && (
        <p className="hint sample-note">
          Includes {sample} sample {sample === 1 ? 'conversation' : 'conversations'} — clear them in Settings.
        </p>
      )}
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
            {report.csat.responses === 0 ? (
              <span className="headline-note">No answers yet</span>
            ) : (
              <>
                {formatCsat(report.csat.average)}{' '}
                <span className="headline-note">
                  from {report.csat.responses} {report.csat.responses === 1 ? 'answer' : 'answers'}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
      <Suspense fallback={<p className="empty">Loading charts…</p>}>
        <MetricsCharts report={report} />
      </Suspense>
      <IntentTable rows={report.byIntent} />
    </>
  );
}
