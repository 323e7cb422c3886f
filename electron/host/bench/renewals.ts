import { performance } from 'node:perf_hooks';
import { defaultPolicy } from '../../policy/default-policy';
import { buildCheatSheet } from '../../renewals/build-cheat-sheet';
import { replaceSandbox } from '../../sandbox/data/sandbox-store';
import { generateSandbox } from '../../sandbox/seed/generate-sandbox';
import { openDatabase } from '../../store/database';
import { sandboxRenewalSignals } from '../../tools/connectors/sandbox-renewal-signals';
import { percentile, round, sampleMs } from './sample';
import type { Benchmark, Metrics } from './types';

/**
 * Cheat sheets on a generated sandbox of 5,000 customers and 1,000 accounts: the time to write one
 * (p50 over every account) and to write all 1,000 in a row.
 */
export async function cheatSheetBench(): Promise<Metrics> {
  const db = openDatabase(':memory:');
  const asOf = new Date();
  replaceSandbox(db, generateSandbox({ size: 5_000, asOf }));
  const accountIds = db.prepare('SELECT id FROM sb_accounts ORDER BY id').pluck().all() as string[];
  const options = { now: asOf, policy: defaultPolicy() };
  const signals = sandboxRenewalSignals(db);
  const write = async (accountId: string) => {
    const sheet = await buildCheatSheet(signals, accountId, options);
    if (!sheet.ok) throw new Error(`cheat sheet of ${accountId}: ${sheet.error.message}`);
  };
  let next = 0;
  const single = await sampleMs(() => write(accountIds[next++ % accountIds.length]!), accountIds.length);
  const start = performance.now();
  for (const accountId of accountIds) await write(accountId);
  const all = performance.now() - start;
  db.close();
  return {
    'renewals.accounts': { value: accountIds.length, unit: 'accounts' },
    'renewals.cheatSheet.p50': { value: round(percentile(single, 50)), unit: 'ms' },
    'renewals.cheatSheet.all': { value: round(all, 1), unit: 'ms' },
  };
}

/** The renewal desk's suite for `npm run bench`. */
export const renewalsBench: Benchmark = { name: 'renewals', run: cheatSheetBench };
