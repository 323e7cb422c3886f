import fs from 'node:fs';
import { fail, ok, type Result } from '../../shared/result';
import { freshEvalApp, readSandboxData, type EvalSandbox } from './eval-app';
import { renderHtmlReport } from './html-report';
import { formatDelta, formatMetric, metricRows } from './metric-rows';
import { computeMetrics, failuresOf, type EvalFailure, type EvalMetrics } from './metrics';
import { historyFileFor, readPreviousRun, writeRun } from './run-history';
import { replayTickets } from './replay';
import { textTable } from './text-table';
import { readTicketsFile } from './tickets-file';

/** What `eval --tickets` was asked to do. */
export interface TicketEvalOptions {
  ticketsFile: string;
  sandboxFile?: string;
  reportFile?: string;
  asOf: Date;
  /** Size of the seeded sandbox when no sandbox file is given; the generator's default when absent. */
  seedSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The outcome of a replay: the public `--json` shape plus the text a person reads. */
export interface TicketEvalOutcome {
  json: { metrics: EvalMetrics; failures: EvalFailure[] };
  text: string;
}

/**
 * Replays a tickets file on fresh sandboxes and scores it. Every input (tickets, sandbox file, the
 * previous report's record) is checked before the first ticket runs, so a bad one runs nothing.
 */
export async function runTicketEval(options: TicketEvalOptions): Promise<Result<TicketEvalOutcome>> {
  const tickets = readTicketsFile(options.ticketsFile);
  if (!tickets.ok) return tickets;
  const sandbox: EvalSandbox = {
    asOf: options.asOf,
    ...(options.seedSize ? { seedSize: options.seedSize } : {}),
  };
  if (options.sandboxFile) {
    const data = readSandboxData(options.sandboxFile);
    if (!data.ok) return data;
    sandbox.data = data.value;
  }
  const history = options.reportFile ? historyFileFor(options.reportFile) : null;
  const previous = history ? readPreviousRun(history) : ok(null);
  if (!previous.ok) return previous;
  const runs = await replayTickets(tickets.value, () => freshEvalApp(sandbox), options.onProgress);
  const metrics = computeMetrics(runs);
  const failures = failuresOf(runs);
  if (options.reportFile && history) {
    const at = new Date().toISOString();
    const html = renderHtmlReport({ title: 'Ticket replay', at, metrics, previous: previous.value, runs });
    try {
      fs.writeFileSync(options.reportFile, html);
    } catch (error) {
      return fail(
        'bad_request',
        `--report: cannot write ${options.reportFile} (${(error as Error).message})`,
        'report',
      );
    }
    const kept = writeRun(history, { at, metrics });
    if (!kept.ok) return kept;
  }
  const rows = metricRows(metrics, previous.value?.metrics ?? null).map((row) => [
    row.key,
    formatMetric(row.key, row.value),
    formatDelta(row),
  ]);
  const failureLines = failures.flatMap((f) => [`✗ ${f.id}`, ...f.problems.map((p) => `    ${p}`)]);
  const text = [
    textTable([['metric', 'value', previous.value ? 'change' : ''], ...rows]),
    '',
    failures.length === 0 ? 'No failures.' : `Failures (${failures.length}):`,
    ...failureLines,
  ].join('\n');
  return ok({ json: { metrics, failures }, text });
}
