import { formatDelta, formatMetric, metricRows } from './metric-rows';
import { ticketProblems, type EvalMetrics } from './metrics';
import type { StoredRun } from './run-history';
import type { TicketRun } from './ticket-run';

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const style = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
th{background:#f6f8fa}.better{color:#1a7f37}.worse{color:#cf222e}.ticket{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.problems{color:#cf222e}ol.steps{font-family:ui-monospace,monospace;font-size:12px}.kind{display:inline-block;min-width:5.5rem;color:#57606a}`;

function metricsTable(metrics: EvalMetrics, previous: StoredRun | null): string {
  const rows = metricRows(metrics, previous?.metrics ?? null).map((row) => {
    const delta = formatDelta(row);
    const change = row.value !== null && row.previous !== null ? row.value - row.previous : 0;
    const tone = change === 0 ? '' : change > 0 === row.higherIsBetter ? 'better' : 'worse';
    return `<tr><td>${row.key}</td><td>${formatMetric(row.key, row.value)}</td><td>${formatMetric(row.key, row.previous)}</td><td class="${tone}">${escapeHtml(delta)}</td></tr>`;
  });
  const since = previous ? `previous run (${escapeHtml(previous.at)})` : 'previous run (none)';
  return `<table><tr><th>metric</th><th>this run</th><th>${since}</th><th>change</th></tr>${rows.join('')}</table>`;
}

function failureSection(run: TicketRun): string {
  const problems = ticketProblems(run)
    .map((p) => `<li>${escapeHtml(p)}</li>`)
    .join('');
  const messages = run.ticket.messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('');
  const steps = run.steps
    .map((s) => `<li><span class="kind">${escapeHtml(s.kind)}</span>${escapeHtml(s.summary)}</li>`)
    .join('');
  return `<section class="ticket"><h3>${escapeHtml(run.ticket.id)} <small>${escapeHtml(run.ticket.customer)}</small></h3>
<ul class="problems">${problems}</ul><p>Customer said:</p><ol>${messages}</ol>
<p>Agent's steps (intent ${escapeHtml(run.intent ?? 'none')}):</p><ol class="steps">${steps}</ol></section>`;
}

/** A self-contained HTML page: the metrics beside the previous run's, then each failed ticket with the agent's steps. */
export function renderHtmlReport(input: {
  title: string;
  at: string;
  metrics: EvalMetrics;
  previous: StoredRun | null;
  runs: readonly TicketRun[];
}): string {
  const failed = input.runs.filter((run) => ticketProblems(run).length > 0);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title><style>${style}</style></head>
<body><h1>${escapeHtml(input.title)}</h1><p>Run at ${escapeHtml(input.at)}.</p>
${metricsTable(input.metrics, input.previous)}
<h2>Failures (${failed.length} of ${input.runs.length})</h2>
${failed.map(failureSection).join('\n') || '<p>None.</p>'}
</body></html>
`;
}
