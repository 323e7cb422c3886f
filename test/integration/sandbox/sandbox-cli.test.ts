import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countSandbox } from '../../../electron/sandbox/data/sandbox-store';
import { runSandboxCommand } from '../../../electron/sandbox/sandbox-command';
import { databaseFile, openDatabase } from '../../../electron/store/database';

let dir: string;
let out: string[];
let err: string[];
const io = { out: (text: string) => out.push(text), err: (text: string) => err.push(text) };
const run = (...args: string[]) => runSandboxCommand(args, io, { cwd: dir, defaultDataDir: () => dir });
const counts = () => {
  const db = openDatabase(databaseFile(dir));
  try {
    return countSandbox(db);
  } finally {
    db.close();
  }
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-cli-'));
  out = [];
  err = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run sandbox', () => {
  it('seeds the requested size and prints the counts', () => {
    expect(run('seed', '--size', '12', '--as-of', '2025-06-11')).toBe(0);
    expect(out.join('\n')).toMatch(/12 customers, 60 orders/);
    expect(counts()).toMatchObject({ customers: 12, orders: 60 });
  });

  it('uses the data folder given with --data-dir, relative to where it was typed', () => {
    expect(run('seed', '--size', '3', '--data-dir', 'elsewhere')).toBe(0);
    expect(fs.existsSync(databaseFile(path.join(dir, 'elsewhere')))).toBe(true);
  });

  it('exports and imports a file', () => {
    run('seed', '--size', '5');
    expect(run('export', 'out.json')).toBe(0);
    run('reset');
    expect(counts().customers).toBe(0);
    expect(run('import', 'out.json')).toBe(0);
    expect(counts().customers).toBe(5);
  });

  it('exits 1 on a bad import file, says why and keeps the data', () => {
    run('seed', '--size', '5');
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ orders: [{ id: '#W1' }] }));
    expect(run('import', path.join(dir, 'bad.json'))).toBe(1);
    expect(err.join('\n')).toMatch(/orders\[0\]\.customerId: is required[\s\S]*Nothing was changed/);
    expect(counts().customers).toBe(5);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['seed', '--size', 'lots'], /--size must be a whole number/],
    [['seed', '--colour', 'red'], /Unknown option '--colour'/],
    [['reset', '--size', '3'], /reset does not take --size/],
    [['import'], /import needs exactly one FILE.json/],
    [['import', '--format', 'csv', 'x.json'], /--format must be one of sandbox, tau2-retail/],
    [['seed', '--as-of', 'friday'], /--as-of must be a date/],
  ])('exits 2 with the reason and the usage for %j', (args, reason) => {
    expect(run(...args)).toBe(2);
    expect(err.join('\n')).toMatch(reason);
    expect(err.join('\n')).toMatch(/Usage: npm run sandbox/);
  });

  it('prints the usage for --help and exits 0', () => {
    expect(run('--help')).toBe(0);
    expect(out.join('\n')).toMatch(/Usage: npm run sandbox/);
  });

  it('runs as a program and exits 2 on an unknown command', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/host/sandbox-cli.ts', 'explode', '--data-dir', dir],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/unknown command "explode"/);
  });
});
