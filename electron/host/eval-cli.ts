import { parseArgs } from 'node:util';
import { ok, type Result } from '../../shared/result';
import { progressBar } from '../eval/progress-bar';
import { retrainFrom, retrainSuiteResult } from '../eval/retrain-from';
import { runTicketEval } from '../eval/run-tickets';
import { runBitext } from '../eval/suites/bitext';
import { runClinc150 } from '../eval/suites/clinc150';
import { runMessages } from '../eval/suites/customer-messages';
import { runKbRetrieval } from '../eval/suites/kb-retrieval';
import type { SuiteResult } from '../eval/suites/suite-result';
import { runSecurity } from '../eval/suites/security';
import { runTau2Retail } from '../eval/suites/tau2-retail';
import { textTable } from '../eval/text-table';
import { print, printError } from './cli-output';

const suites: Record<string, () => Result<SuiteResult> | Promise<Result<SuiteResult>>> = {
  clinc150: runClinc150,
  'tau2-retail': runTau2Retail,
};

const usage = `Usage:
  npm run -s eval -- --tickets FILE.jsonl [--report out.html] [--json] [--sandbox FILE.json] [--as-of ISO_DATE]
  npm run -s eval -- --suite clinc150|tau2-retail [--json]
  npm run -s eval -- --suite bitext|kb-retrieval|messages [--split dev|test|all] [--json]
  npm run -s eval -- --suite security [--attempts N] [--split dev|test|all] [--json]
  npm run -s eval -- --retrain-from DATA_DIR [--json]
Tickets are replayed on a fresh seeded sandbox (or the --sandbox file); see docs/eval-tickets-format.md.
--retrain-from retrains the intent model on reps' corrections in DATA_DIR/assist.db and saves DATA_DIR/intent-model.json.`;

class UsageError extends Error {}

const options = {
  tickets: { type: 'string' },
  report: { type: 'string' },
  json: { type: 'boolean', default: false },
  sandbox: { type: 'string' },
  'as-of': { type: 'string' },
  suite: { type: 'string' },
  'retrain-from': { type: 'string' },
  attempts: { type: 'string' },
  split: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Replays past tickets through the agent, or runs a built-in suite. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  if (values.help) return (void print(usage), 0);
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const chosen = [values.tickets, values.suite, values['retrain-from']].filter((v) => v !== undefined);
  if (chosen.length !== 1) throw new UsageError('give exactly one of --tickets, --suite or --retrain-from');
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
  if (values.attempts !== undefined && values.suite !== 'security')
    throw new UsageError('--attempts belongs to --suite security');
  if (
    values.split !== undefined &&
    !['security', 'kb-retrieval', 'bitext', 'messages'].includes(values.suite ?? '')
  )
    throw new UsageError('--split belongs to --suite security, kb-retrieval, bitext or messages');
  const outcome =
    values['retrain-from'] !== undefined
      ? retrained(values['retrain-from'])
      : values.suite === 'security'
        ? await runSecurity({
            attempts: attemptCount(values.attempts),
            split: splitOf(values.split),
            onProgress: progressBar('attacking'),
          })
        : values.suite === 'kb-retrieval'
          ? runKbRetrieval(splitOf(values.split))
          : values.suite === 'bitext'
            ? runBitext(splitOf(values.split))
            : values.suite === 'messages'
              ? await runMessages({ split: splitOf(values.split), onProgress: progressBar('messages') })
              : await runSuite(values.suite);
  if (!outcome.ok) return failWith(outcome);
  print(
    values.json
      ? JSON.stringify(outcome.value.json, null, 2)
      : `${outcome.value.json.note}\n\n${textTable(outcome.value.table)}`,
  );
  return 0;
}

function attemptCount(value: string | undefined): number {
  if (value === undefined) return 320;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100_000)
    throw new UsageError(`--attempts must be a whole number from 1 to 100000, got "${value}"`);
  return Number(value);
}

function splitOf(value: string | undefined): 'dev' | 'test' | 'all' {
  if (value === undefined) return 'test';
  if (value === 'dev' || value === 'test' || value === 'all') return value;
  throw new UsageError(`--split must be dev, test or all, got "${value}"`);
}

function retrained(dataDir: string): Result<SuiteResult> {
  const outcome = retrainFrom(dataDir);
  return outcome.ok ? ok(retrainSuiteResult(outcome.value)) : outcome;
}

async function runSuite(name: string | undefined): Promise<Result<SuiteResult>> {
  const suite = suites[name ?? ''];
  if (!suite)
    throw new UsageError(
      `unknown suite ${name} (known: ${[...Object.keys(suites), 'bitext', 'kb-retrieval', 'messages', 'security'].join(', ')})`,
    );
  return suite();
}

function failWith(result: Extract<Result<unknown>, { ok: false }>): number {
  printError(`eval: ${result.error.message}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    printError(`eval: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  },
);
