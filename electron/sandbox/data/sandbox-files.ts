import fs from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import { sandboxLists, type SandboxData } from '../format';
import { generateSandbox, type GenerateOptions } from '../seed/generate-sandbox';
import { jsonSyntaxError } from './json-syntax-error';
import { parseSandboxFile } from './parse-file';
import { countSandbox, readSandbox, replaceSandbox, type SandboxCounts } from './sandbox-store';
import { fromTau2Retail } from './tau2-retail';

/** The file formats `import` understands. */
export const importFormats = ['sandbox', 'tau2-retail'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The lists each format fills from the file itself (a τ² import generates its knowledge base). */
const listsFromFile: Record<ImportFormat, readonly (keyof SandboxData)[]> = {
  sandbox: sandboxLists,
  'tau2-retail': ['customers', 'products', 'orders'],
};

function readJson(file: string): Result<unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? fail('not_found', `file: ${file} does not exist`, 'file')
      : fail('bad_request', `file: cannot read ${file} (${code ?? String(error)})`, 'file');
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const reason = jsonSyntaxError(text) ?? (error as Error).message;
    return fail('bad_request', `file: ${file} is not valid JSON (${reason})`, 'file');
  }
}

/**
 * Replaces the whole sandbox with a file's contents. The file is checked completely first and then
 * applied in one transaction, so a bad file leaves the database exactly as it was.
 */
export function importSandboxFile(
  db: Database,
  file: string,
  options: { format?: ImportFormat; asOf?: Date } = {},
): Result<SandboxCounts> {
  const json = readJson(file);
  if (!json.ok) return json;
  const mapped =
    options.format === 'tau2-retail'
      ? fromTau2Retail(json.value, options.asOf ?? new Date())
      : { ok: true as const, value: json.value };
  if (!mapped.ok) return mapped;
  const checked = parseSandboxFile(mapped.value);
  if (!checked.ok) return checked;
  // A swap with nothing would silently empty the sandbox; that takes an explicit `reset`.
  if (listsFromFile[options.format ?? 'sandbox'].every((list) => checked.value[list].length === 0))
    return fail('bad_request', `file: ${file} holds no records; use \`reset\` to empty the sandbox`, 'file');
  try {
    replaceSandbox(db, checked.value);
  } catch (error) {
    // Validation should catch everything the schema refuses; if not, the transaction rolled back.
    return fail('internal', `The database refused the file, so nothing changed: ${(error as Error).message}`);
  }
  return ok(countSandbox(db));
}

/** Writes the whole sandbox as a sandbox file (the import format), atomically via a temporary file. */
export function exportSandboxFile(db: Database, file: string): Result<SandboxCounts> {
  const data = readSandbox(db);
  const text = `${JSON.stringify({ format: 'agent-assist-sandbox', version: 1, ...data }, null, 2)}\n`;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    return fail(
      'bad_request',
      `file: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      'file',
    );
  }
  return ok(countSandbox(db));
}

/** Replaces the sandbox with freshly generated data. */
export function seedSandbox(db: Database, options: GenerateOptions = {}): SandboxCounts {
  replaceSandbox(db, generateSandbox(options), 'seed');
  return countSandbox(db);
}
