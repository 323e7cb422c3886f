import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../../shared/result';

/**
 * better-sqlite3 built for Electron's ABI, kept under out/native/ rather than in node_modules so
 * vitest, the CLIs and web mode keep using Node's build. Downloads a prebuilt addon when one is
 * published for this Electron, else compiles it; both need the internet once per Electron version.
 */
export function electronSqliteBinding(repoRoot: string, electronVersion: string): Result<string> {
  const dir = path.join(repoRoot, 'out', 'native', `electron-${electronVersion}-${process.arch}`);
  const binding = path.join(dir, 'better_sqlite3.node');
  if (fs.existsSync(binding)) return ok(binding);

  const work = path.join(dir, 'better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.join(repoRoot, 'node_modules', 'better-sqlite3'), work, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
  });
  const run = (command: string, args: string[]) =>
    spawnSync(command, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' }).status ===
    0;
  const prebuilt = path.join(repoRoot, 'node_modules', 'prebuild-install', 'bin.js');
  const built =
    (fs.existsSync(prebuilt) &&
      run(process.execPath, [
        prebuilt,
        '--runtime',
        'electron',
        '--target',
        electronVersion,
        '--arch',
        process.arch,
      ])) ||
    run(process.env.npm_config_node_gyp ? process.execPath : 'node-gyp', [
      ...(process.env.npm_config_node_gyp ? [process.env.npm_config_node_gyp] : []),
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  const output = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!built || !fs.existsSync(output)) {
    return fail(
      'unavailable',
      `Could not get better-sqlite3 for Electron ${electronVersion} (it needs the internet once); meanwhile use: npm run web`,
    );
  }
  fs.copyFileSync(output, binding);
  fs.rmSync(work, { recursive: true, force: true });
  return ok(binding);
}
