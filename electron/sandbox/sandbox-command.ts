import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseFile, openDatabase } from '../store/database';
import {
  exportSandboxFile,
  importFormats,
  importSandboxFile,
  seedSandbox,
  type ImportFormat,
} from './data/sandbox-files';
import { resetSandbox, type SandboxCounts } from './data/sandbox-store';
import { defaultSeed, defaultSize } from './seed/generate-sandbox';

const sandboxUsage = `Usage: npm run sandbox -- <command> [options]

Commands:
  reset                      empty every sandbox table
  seed [--size N] [--seed S] [--as-of YYYY-MM-DD]
                             reset, then generate N customers (default ${defaultSize}) and 5×N orders
  import [--format sandbox|tau2-retail] [--as-of YYYY-MM-DD] FILE.json
                             replace the sandbox with a file (checked first; a bad file changes nothing)
  export FILE.json           write the sandbox in the import format

Every command takes --data-dir DIR (default: the app's data folder).`;

/** Where the command writes its report and its errors. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** Where relative paths start, and the data folder used without --data-dir. */
export interface CommandPlace {
  cwd: string;
  defaultDataDir(): string;
}

const options = {
  size: { type: 'string' },
  seed: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options (besides --data-dir) and how many file arguments each command accepts. */
const commands: Record<string, { flags: readonly (keyof typeof options)[]; files: number }> = {
  reset: { flags: [], files: 0 },
  seed: { flags: ['size', 'seed', 'as-of'], files: 0 },
  import: { flags: ['format', 'as-of'], files: 1 },
  export: { flags: [], files: 1 },
};

class UsageError extends Error {}

function positiveInteger(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${value}"`);
  return number;
}

function day(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()))
    throw new UsageError(`--as-of must be a date such as 2025-06-13, got "${value}"`);
  return date;
}

function summary(counts: SandboxCounts): string {
  return [
    `  ${counts.customers} customers, ${counts.orders} orders, ${counts.shipments} shipments, ${counts.products} products, ${counts.kbArticles} KB articles`,
    `  ${counts.tickets} tickets, ${counts.interactions} interactions, ${counts.notes} notes, ${counts.returns} returns and exchanges`,
    `  ${counts.refunds} refunds, ${counts.credits} credits, ${counts.outbox} emails, ${counts.calendar} scheduled calls`,
  ].join('\n');
}

/**
 * Runs `npm run sandbox -- …` with the given arguments: reset, seed, import or export. Returns the
 * exit code: 0 done, 1 the command failed (nothing changed), 2 the command line was wrong.
 */
export function runSandboxCommand(argv: readonly string[], io: CommandIo, place: CommandPlace): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`sandbox: ${(error as Error).message}\n\n${sandboxUsage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') {
    io.out(sandboxUsage);
    return 0;
  }
  const [name, ...files] = positionals;
  const command = name === undefined ? undefined : commands[name];
  try {
    if (name === undefined || !command)
      throw new UsageError(name === undefined ? 'no command given' : `unknown command "${name}"`);
    const misplaced = (Object.keys(values) as (keyof typeof options)[]).filter(
      (flag) => flag !== 'data-dir' && !command.flags.includes(flag),
    );
    if (misplaced.length > 0) throw new UsageError(`${name} does not take --${misplaced.join(', --')}`);
    if (files.length !== command.files) {
      throw new UsageError(
        command.files === 0 ? `${name} takes no file argument` : `${name} needs exactly one FILE.json`,
      );
    }
    if (values.format !== undefined && !(importFormats as readonly string[]).includes(values.format)) {
      throw new UsageError(`--format must be one of ${importFormats.join(', ')}, got "${values.format}"`);
    }
    const size = positiveInteger('size', values.size, defaultSize, 100_000);
    const seed = positiveInteger('seed', values.seed, defaultSeed, 2 ** 32 - 1);
    const asOf = day(values['as-of']);
    const dataDir = path.resolve(place.cwd, values['data-dir'] ?? place.defaultDataDir());
    const file = files[0] === undefined ? '' : path.resolve(place.cwd, files[0]);
    const db = openDatabase(databaseFile(dataDir));
    try {
      const started = Date.now();
      const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (name === 'reset') {
        resetSandbox(db);
        io.out(`Emptied the sandbox in ${databaseFile(dataDir)}.`);
        return 0;
      }
      if (name === 'seed') {
        const counts = seedSandbox(db, { size, seed, ...(asOf ? { asOf } : {}) });
        io.out(
          `Seeded the sandbox (seed ${seed}, size ${size}) in ${elapsed()}:\n${summary(counts)}\nDatabase: ${databaseFile(dataDir)}`,
        );
        return 0;
      }
      const result =
        name === 'import'
          ? importSandboxFile(db, file, {
              format: (values.format ?? 'sandbox') as ImportFormat,
              ...(asOf ? { asOf } : {}),
            })
          : exportSandboxFile(db, file);
      if (!result.ok) {
        io.err(
          `sandbox ${name}: ${result.error.message}${name === 'import' ? '\nNothing was changed.' : ''}`,
        );
        return 1;
      }
      io.out(
        `${name === 'import' ? `Imported ${file}` : `Exported to ${file}`} in ${elapsed()}:\n${summary(result.value)}`,
      );
      return 0;
    } finally {
      db.close();
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sandbox: ${error.message}\n\n${sandboxUsage}`);
    return 2;
  }
}
