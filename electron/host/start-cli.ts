import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fail, ok, type Result } from '../../shared/result';
import { printError } from './cli-output';
import { electronSqliteBinding } from './electron-sqlite';

export const missingBinaryMessage =
  "Electron's binary is not installed on this machine (run `node node_modules/electron/install.js` " +
  'where the internet is reachable), or use the browser UI: npm run web';

/**
 * The path of the Electron binary, or an error when it was never downloaded. The 'electron' package
 * exports that path, and throws when its download step did not run.
 */
export function findElectronBinary(
  resolvePackage: () => unknown,
  exists: (file: string) => boolean,
): Result<string> {
  let binary: unknown;
  try {
    binary = resolvePackage();
  } catch {
    return fail('not_found', missingBinaryMessage);
  }
  if (typeof binary !== 'string' || !exists(binary)) return fail('not_found', missingBinaryMessage);
  return ok(binary);
}

export interface StartSteps {
  findBinary: () => Result<string>;
  /** Builds the app; returns the exit status of the build. */
  build: () => number;
  /** The SQLite addon built for this Electron (Node's build in node_modules cannot load there). */
  prepareSqlite: () => Result<string>;
  /** Runs Electron on the app folder with that addon; resolves with its exit status. */
  launch: (binary: string, sqliteBinding: string) => Promise<number>;
  /** Writes one line to stderr. */
  complain: (line: string) => void;
}

/** `npm start`: explain in one line when Electron is missing, else build and run it. Returns the exit status. */
export async function startElectron(steps: StartSteps): Promise<number> {
  const binary = steps.findBinary();
  if (!binary.ok) {
    steps.complain(binary.error.message);
    return 1;
  }
  const built = steps.build();
  if (built !== 0) return built;
  const sqlite = steps.prepareSqlite();
  if (!sqlite.ok) {
    steps.complain(sqlite.error.message);
    return 1;
  }
  return steps.launch(binary.value, sqlite.value);
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const realSteps: StartSteps = {
  findBinary: () => findElectronBinary(() => createRequire(import.meta.url)('electron'), fs.existsSync),
  build: () =>
    spawnSync('npm', ['run', 'build'], {
      cwd: repoRoot,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    }).status ?? 1,
  prepareSqlite: () => {
    const electronPackage = createRequire(import.meta.url)('electron/package.json') as { version: string };
    return electronSqliteBinding(repoRoot, electronPackage.version);
  },
  launch: (binary, sqliteBinding) =>
    new Promise((resolve) => {
      // Some editors' terminals set this; it would make Electron run as plain Node instead of an app.
      const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
      const child = spawn(binary, [repoRoot], {
        stdio: 'inherit',
        env: { ...env, ASSIST_SQLITE_BINDING: sqliteBinding },
      });
      child.on('error', (error) => {
        printError(`Could not start Electron: ${error.message}`);
        resolve(1);
      });
      child.on('exit', (code) => resolve(code ?? 1));
    }),
  complain: printError,
};

// Run only as the `npm start` entry point, not when a test imports the functions above.
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  startElectron(realSteps).then((code) => process.exit(code));
}
