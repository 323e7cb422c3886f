import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { print, printError } from '../../host/cli-output';
import { intentModelFileText, shippedIntentModelFile, trainIntentModelFrom } from './default-intent-model';
import { shippedIntentsDir } from './intent-specs';
import { displayName } from './yaml-data-file';

const usage = 'Usage: npm run train-intents [-- --check] [--intents DIR] [--out FILE]';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Trains the intent model from the intent files (seeded, so the same data always gives the same bytes)
 * and writes it where the app loads it; `--check` writes nothing and fails when the file is out of date.
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      intents: { type: 'string', default: shippedIntentsDir },
      out: { type: 'string', default: path.join(repoRoot, shippedIntentModelFile) },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(usage);
  const started = Date.now();
  const trained = trainIntentModelFrom(values.intents);
  if (!trained.ok) throw new Error(trained.error.message);
  const text = intentModelFileText(trained.value);
  const out = displayName(path.resolve(values.out));
  if (values.check) {
    const current = fs.existsSync(values.out) ? fs.readFileSync(values.out, 'utf8') : null;
    if (current !== text) {
      printError(
        `${out} is out of date with ${displayName(path.resolve(values.intents))}: run npm run train-intents`,
      );
      process.exitCode = 1;
      return;
    }
    return print(`${out} is up to date (${Date.now() - started} ms)`);
  }
  fs.writeFileSync(values.out, text);
  print(
    `wrote ${out}: ${trained.value.labels.length} intents, ${text.length} bytes (${Date.now() - started} ms)`,
  );
}

try {
  main();
} catch (error) {
  printError(`train-intents: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
