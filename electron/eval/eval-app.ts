import fs from 'node:fs';
import { fail, ok, type Result } from '../../shared/result';
import { createApp, type App } from '../app';
import { parseSandboxFile } from '../sandbox/data/parse-file';
import { replaceSandbox } from '../sandbox/data/sandbox-store';
import type { SandboxData } from '../sandbox/format';
import { memorySettingsBackend } from '../services/settings';

/** Where an eval's fresh sandboxes come from: the seeded generator, or a team's sandbox file. */
export interface EvalSandbox {
  /** The day the sandbox and the agent's clock stand on. */
  asOf: Date;
  /** Generator size when no file is given; the generator's default when absent. */
  seedSize?: number;
  /** Data in the sandbox import format, loaded instead of the seeded sandbox. */
  data?: SandboxData;
}

/** Reads and checks a sandbox file (the import format) once, so every fresh app can load it. */
export function readSandboxData(file: string): Result<SandboxData> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not_found', `--sandbox: ${file} does not exist`, 'sandbox');
    return fail('bad_request', `--sandbox: cannot read ${file} (${(error as Error).message})`, 'sandbox');
  }
  const checked = parseSandboxFile(json);
  if (!checked.ok) return fail('bad_request', `--sandbox: ${checked.error.message}`, 'sandbox');
  return ok(checked.value);
}

/** A fresh in-memory app on its own sandbox, so no ticket sees what an earlier one changed. */
export function freshEvalApp(sandbox: EvalSandbox): App {
  const app = createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'direct',
    seed: sandbox.data ? false : { ...(sandbox.seedSize ? { size: sandbox.seedSize } : {}) },
    now: () => sandbox.asOf,
  });
  if (sandbox.data) replaceSandbox(app.db, sandbox.data);
  return app;
}
