import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchmarks } from './bench/suites';
import type { Metrics } from './bench/types';
import { print, printError } from './cli-output';

const usage = 'Usage: npm run bench [-- --json] [--only NAME[,NAME]] [--out FILE]';

/** Runs the benchmark suites, prints a table (or one JSON object) and writes the numbers to a file. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: {
        type: 'string',
        default: fileURLToPath(new URL('../../bench-results/latest.json', import.meta.url)),
      },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(usage);
  const wanted = values.only?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !benchmarks.some((b) => b.name === name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`,
    );
  }
  const metrics: Metrics = {};
  // A suite this machine cannot run, or one that fails, is reported with its reason; the others still run.
  const skipped: Record<string, string> = {};
  const failed: Record<string, string> = {};
  for (const benchmark of benchmarks) {
    if (wanted && !wanted.includes(benchmark.name)) continue;
    const reason = benchmark.unavailable?.() ?? null;
    if (reason) {
      skipped[benchmark.name] = reason;
      if (!values.json) printError(`skipped ${benchmark.name}: ${reason}`);
      continue;
    }
    if (!values.json) printError(`running ${benchmark.name}…`);
    try {
      Object.assign(metrics, await benchmark.run());
    } catch (error) {
      failed[benchmark.name] = error instanceof Error ? error.message : String(error);
      if (!values.json) printError(`failed ${benchmark.name}: ${failed[benchmark.name]}`);
    }
  }
  fs.mkdirSync(path.dirname(values.out), { recursive: true });
  const report = { at: new Date().toISOString(), metrics, skipped, failed };
  fs.writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  if (Object.keys(failed).length > 0) process.exitCode = 1;
  if (values.json) return print(JSON.stringify(metrics));
  const width = Math.max(0, ...Object.keys(metrics).map((name) => name.length));
  for (const [name, { value, unit }] of Object.entries(metrics))
    print(`${name.padEnd(width)}  ${String(value).padStart(10)} ${unit}`);
  for (const [name, reason] of Object.entries(skipped)) print(`${name}: skipped (${reason})`);
  for (const [name, reason] of Object.entries(failed)) print(`${name}: failed (${reason})`);
  print(`\nwritten to ${path.relative(process.cwd(), values.out)}`);
}

main().catch((error: unknown) => {
  printError(`bench: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
});
