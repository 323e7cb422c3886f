import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seedSandboxOnFirstRun } from '../sandbox/seed-first-run';
import { databaseFile, openDatabase } from '../store/database';
import { progressBar } from '../eval/progress-bar';
import { print, printError } from './cli-output';
import { castFrom, type ChaosCast } from './chaos/chaos-scenario';
import { inspectDamage, replyCounts, type Damage, type ReplyCounts } from './chaos/durability-checks';
import { killPoints, parseWriteLog } from './chaos/kill-points';

const usage = `Usage: npm run -s chaos -- [--runs N] [--json]

Kills the app (SIGKILL) at points spread over a whole story: a customer's late parcel credited by the
agent, a refund parked for a rep, the rep's approval; half of the points are the writes around each
payment. After each kill the app is started again on the same data, and the data is inspected for money
moved twice, lost or recorded wrongly, replies sent twice and conversations left without an answer.`;

const progress = progressBar('chaos');
const child = fileURLToPath(new URL('./chaos/chaos-child.ts', import.meta.url));

/** Runs the child process; `kill` makes it SIGKILL itself before that write. */
function runChild(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', child, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function copyData(pristine: string, target: string): void {
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(databaseFile(pristine), databaseFile(target));
}

interface Totals extends Omit<Damage, 'details'> {
  runs: number;
  killed: number;
}

const damageKeys = [
  'moneyDoubled',
  'moneyLost',
  'moneyRecordedWrongly',
  'repliesDoubled',
  'conversationsStranded',
] as const;

type Writes = ReturnType<typeof parseWriteLog>;
type Failure = { killAt: number; details: string[] };

/** A fresh sandbox to copy for each run, and the cast of its story. */
function seedPristine(pristine: string): ChaosCast {
  const db = openDatabase(databaseFile(pristine));
  seedSandboxOnFirstRun(db, { size: 120 });
  const cast: ChaosCast = castFrom(db);
  db.close();
  return cast;
}

/** One run without a kill: how many writes the story makes, which of them pay, and its replies. */
function countStory(
  root: string,
  pristine: string,
  cast: ChaosCast,
): { writes: Writes; baseline: ReplyCounts } {
  const counting = path.join(root, 'counting');
  copyData(pristine, counting);
  const log = path.join(root, 'writes.log');
  const counted = runChild(['scenario', counting, JSON.stringify(cast)], { ASSIST_WRITE_LOG: log });
  if (counted.status !== 0) throw new Error(`the story failed without a kill:\n${counted.stderr}`);
  const writes = parseWriteLog(fs.readFileSync(log, 'utf8'));
  const baselineDb = openDatabase(databaseFile(counting));
  const baseline: ReplyCounts = replyCounts(baselineDb, cast);
  baselineDb.close();
  return { writes, baseline };
}

/** Where the runs happen: the data each starts from, the story's cast and its replies without a kill. */
interface Stage {
  root: string;
  pristine: string;
  cast: ChaosCast;
  baseline: ReplyCounts;
}

/** One run killed before write `killAt`, restarted, and inspected for damage. */
function killAndInspect({ root, pristine, cast, baseline }: Stage, index: number, killAt: number) {
  const dir = path.join(root, `run-${index}`);
  copyData(pristine, dir);
  const killed = runChild(['scenario', dir, JSON.stringify(cast)], {
    ASSIST_KILL_AT_WRITE: String(killAt),
  });
  if (killed.status !== 0 && killed.signal !== 'SIGKILL')
    throw new Error(`run ${index} failed before its kill:\n${killed.stderr}`);
  const recovered = runChild(['recover', dir]);
  if (recovered.status !== 0) throw new Error(`the restart after run ${index} failed:\n${recovered.stderr}`);
  const inspected = openDatabase(databaseFile(dir));
  const damage = inspectDamage(inspected, cast, baseline);
  inspected.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { damage, wasKilled: killed.signal === 'SIGKILL' };
}

function reportText(writes: Writes, totals: Totals, failures: Failure[]): string {
  return [
    `story: ${writes.total} writes, payments at writes ${writes.payments.join(', ')}`,
    `runs: ${totals.runs} (${totals.killed} killed mid-story)`,
    `money movements doubled:   ${totals.moneyDoubled}`,
    `money movements lost:      ${totals.moneyLost}`,
    `money recorded wrongly:    ${totals.moneyRecordedWrongly}`,
    `replies doubled:           ${totals.repliesDoubled}`,
    `conversations stranded:    ${totals.conversationsStranded}`,
    ...failures.map((f) => `  kill at write ${f.killAt}: ${f.details.join('; ')}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '100' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return (print(usage), 0);
  const runs = Number(values.runs);
  if (!/^\d+$/.test(values.runs) || runs < 1 || runs > 10_000) {
    printError(`chaos: --runs must be a whole number from 1 to 10000, got "${values.runs}"`);
    return 2;
  }

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-chaos-'));
  try {
    const pristine = path.join(root, 'pristine');
    const cast = seedPristine(pristine);
    const { writes, baseline } = countStory(root, pristine, cast);
    const stage: Stage = { root, pristine, cast, baseline };
    const totals: Totals = {
      runs,
      killed: 0,
      moneyDoubled: 0,
      moneyLost: 0,
      moneyRecordedWrongly: 0,
      repliesDoubled: 0,
      conversationsStranded: 0,
    };
    const failures: Failure[] = [];
    for (const [index, killAt] of killPoints(writes, runs).entries()) {
      const { damage, wasKilled } = killAndInspect(stage, index, killAt);
      if (wasKilled) totals.killed += 1;
      for (const key of damageKeys) totals[key] += damage[key];
      if (damage.details.length > 0) failures.push({ killAt, details: damage.details });
      if (!values.json) progress(index + 1, runs);
    }
    const report = { writesInStory: writes.total, paymentWrites: writes.payments, ...totals, failures };
    print(values.json ? JSON.stringify(report, null, 2) : reportText(writes, totals, failures));
    return failures.length === 0 ? 0 : 1;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    printError(`chaos: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
