import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('kill -9 during the money story, then restart', () => {
  it('leaves no money doubled, lost or recorded wrongly, no reply doubled and no conversation stranded', () => {
    // The full run is `npm run -s chaos -- --runs 100`; here a few runs, half of them around the payments.
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/host/chaos-cli.ts', '--runs', '6', '--json'],
      {
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      runs: 6,
      killed: 6,
      moneyDoubled: 0,
      moneyLost: 0,
      moneyRecordedWrongly: 0,
      repliesDoubled: 0,
      conversationsStranded: 0,
      failures: [],
    });
    expect(run.status).toBe(0);
  }, 300_000);
});
