import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/result';
import type { EvalMetrics } from './metrics';

const ratio = z.number().nullable();
const StoredRun = z.object({
  at: z.string(),
  metrics: z.object({
    tickets: z.number(),
    intentAccuracy: ratio,
    actionPrecision: ratio,
    actionRecall: ratio,
    escalationPrecision: ratio,
    escalationRecall: ratio,
    policyViolations: z.number(),
    clarifications: z.number(),
    latency: z.object({ p50: z.number(), p95: z.number() }),
  }) satisfies z.ZodType<EvalMetrics>,
});
/** One earlier run's metrics as kept beside its report. */
export type StoredRun = z.infer<typeof StoredRun>;

/** The file beside an HTML report that keeps that report's metrics for the next run to compare with. */
export const historyFileFor = (reportFile: string): string => `${reportFile}.json`;

/** The previous run's metrics, or null on a first run; a damaged file is an error, not a silent reset. */
export function readPreviousRun(file: string): Result<StoredRun | null> {
  if (!fs.existsSync(file)) return ok(null);
  try {
    const parsed = StoredRun.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) return fail('bad_request', `${file}: not an eval run record`, 'report');
    return ok(parsed.data);
  } catch (error) {
    return fail(
      'bad_request',
      `${file}: cannot read the previous run (${(error as Error).message})`,
      'report',
    );
  }
}

/** Keeps this run's metrics for the next comparison, written atomically through a temporary file. */
export function writeRun(file: string, run: StoredRun): Result<null> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, `${JSON.stringify(run, null, 2)}\n`);
    fs.renameSync(temporary, file);
    return ok(null);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    return fail('bad_request', `${file}: cannot write (${(error as Error).message})`, 'report');
  }
}
