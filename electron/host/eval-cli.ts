import { parseArgs } from 'node:util';
import type { Result } from '../../shared/result';
import { progressBar } from '../eval/progress-bar';
import { runTicketEval } from '../eval/run-tickets';
import { runClinc150 } from '../eval/suites/clinc150';
import { runKbRetrieval } from '../eval/suites/kb-retrieval';
import type { SuiteResult } from '../eval/suites/suite-result';
import { textTable } from '../eval/text-table';

const suites: Record<string, () => Result<SuiteResult>> = {
  clinc150: runClinc150,
  'kb-retrieval': runKbRetrieval,
};

const usage = `Usage:
  npm run -s eval -- --tickets FILE.jsonl [--report out.html] [--json] [--sandbox FILE.json] [--as-of ISO_DATE]
  npm run -s eval -- --suite clinc150|kb-retrieval [--json]
Tickets are replayed on a fresh seeded sandbox (or the --sandbox file); see docs/eval-tickets-format.md.`;

class UsageError extends Error {}

const options = {
  tickets: { type: 'string' },
  report: { type: 'string' },
  json: { type: 'boolean', default: false },
  sandbox: { type: 'string' },
  'as-of': { type: 'string' },
  suite: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Replays past tickets through the agent, or runs a built-in suite. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  if (values.help) return (void print(usage), 0);
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const chosen = [values.tickets, values.suite].filter((v) => v !== undefined);
  if (chosen.length !== 1) throw new UsageError('give exactly one of --tickets or --suite');
  const asOf = values['as-of'] === undefined ? new Date() : new Date(values['as-of']);
  if (Number.isNaN(asOf.getTime())) throw new UsageError(`--as-of must be a date, got ${values['as-of']}`);
  if (values.tickets !== undefined) {
    const outcome = await runTicketEval({
      ticketsFile: values.tickets,
      asOf,
      onProgress: progressBar('replaying'),
      ...(values.sandbox !== undefined ? { sandboxFile: values.sandbox } : {}),
      ...(values.report !== undefined ? { reportFile: values.report } : {}),
    });
    if (!outcome.ok) return failWith(outcome);
    print(values.json ? JSON.stringify(outcome.value.json, null, 2) : outcome.value.text);
    return 0;
  }
  const suite = suites[values.suite ?? ''];
  if (!suite)
    throw new UsageError(`unknown suite ${values.suite} (known: ${Object.keys(suites).join(', ')})`);
  const outcome = suite();
  if (!outcome.ok) return failWith(outcome);
  print(
    values.json
      ? JSON.stringify(outcome.value.json, null, 2)
      : `${outcome.value.json.note}\n\n${textTable(outcome.value.table)}`,
  );
  return 0;
}

function failWith(result: Extract<Result<unknown>, { ok: false }>): number {
  console.error(`eval: ${result.error.message}`);
  return 2;
}

const print = (text: string): void => void process.stdout.write(`${text}\n`);

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  },
);
