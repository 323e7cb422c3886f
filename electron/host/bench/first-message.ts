import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { percentile, round } from './sample';
import type { Benchmark } from './types';

const child = fileURLToPath(new URL('./first-message-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const processes = 5;

interface ChildTimes {
  appReadyMs: number;
  firstMessageMs: number;
  sinceStartMs: number;
}

/**
 * The first customer message of a new process: each run starts a fresh Node process that creates an app
 * on ':memory:' and handles one message, so whatever the agent prepares on first use (the intent model
 * above all) is paid inside the measured message.
 */
export const firstMessage: Benchmark = {
  name: 'first-message',
  async run() {
    const runs: ChildTimes[] = [];
    for (let i = 0; i < processes; i++) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', child], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, ASSIST_LOG_LEVEL: 'silent' },
      });
      if (result.status !== 0) throw new Error(`first-message child failed: ${result.stderr.trim()}`);
      const line = result.stdout.trim().split('\n').at(-1) ?? '';
      runs.push(JSON.parse(line) as ChildTimes);
    }
    const p50 = (pick: (run: ChildTimes) => number) => round(percentile(runs.map(pick), 50), 1);
    return {
      'firstMessage.handle.p50': { value: p50((r) => r.firstMessageMs), unit: 'ms' },
      'firstMessage.sinceProcessStart.p50': { value: p50((r) => r.sinceStartMs), unit: 'ms' },
    };
  },
};
