import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { readSandbox } from '../../../electron/sandbox/data/sandbox-store';
import { runSandboxCommand } from '../../../electron/sandbox/sandbox-command';
import { generateSandbox } from '../../../electron/sandbox/seed/generate-sandbox';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { databaseFile, openDatabase } from '../../../electron/store/database';

let root: string;
const quiet = { out: () => undefined, err: () => undefined };
const sandbox = (dataDir: string, ...args: string[]) =>
  runSandboxCommand([...args, '--data-dir', dataDir], quiet, { cwd: root, defaultDataDir: () => dataDir });

/** Everything the sandbox holds, as `export` writes it. */
const exported = (dataDir: string): string => {
  const db = openDatabase(databaseFile(dataDir));
  try {
    return JSON.stringify(readSandbox(db));
  } finally {
    db.close();
  }
};

/** A team's own sample data: other customers, orders and articles than the generated sandbox's. */
function sampleFile(name: string, shape: 'full' | 'customers-only' | 'tiny'): string {
  const data = generateSandbox({ size: shape === 'tiny' ? 3 : 6, seed: 77, asOf: new Date('2026-06-01') });
  const content =
    shape === 'customers-only'
      ? { customers: data.customers }
      : {
          ...data,
          customers: data.customers.map((c) => ({ ...c, name: `Imported ${c.name}` })),
        };
  const file = path.join(root, name);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

/** A tool call from the command line, as a rep would make it. */
const toolsCall = (dataDir: string) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/host/tools-cli.ts',
      'call',
      'kb.search',
      '{"query":"refund"}',
      '--data-dir',
      dataDir,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );

/** Opens the app on the folder the way web mode and the desktop do, and closes it again. */
const openApp = async (dataDir: string) => {
  const app = createApp({ dataDir, settings: memorySettingsBackend(), transport: 'web' });
  await app.idle();
  await app.close();
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'imported-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('imported data is never replaced by the generated sandbox', () => {
  for (const shape of ['full', 'customers-only', 'tiny'] as const) {
    it(`survives a tool call and opening the app after an import into a new folder (${shape})`, async () => {
      const dataDir = path.join(root, 'new');
      expect(sandbox(dataDir, 'import', sampleFile('sample.json', shape))).toBe(0);
      const imported = exported(dataDir);
      expect(toolsCall(dataDir).status).toBe(0);
      expect(exported(dataDir)).toBe(imported);
      await openApp(dataDir);
      expect(exported(dataDir)).toBe(imported);
    }, 60_000);
  }

  it('survives reset, import and a tool call in a folder the app already seeded', async () => {
    const dataDir = path.join(root, 'seeded');
    await openApp(dataDir);
    expect(exported(dataDir)).toContain('"customers":[{');
    expect(sandbox(dataDir, 'reset')).toBe(0);
    expect(sandbox(dataDir, 'import', sampleFile('sample.json', 'full'))).toBe(0);
    const imported = exported(dataDir);
    expect(toolsCall(dataDir).status).toBe(0);
    await openApp(dataDir);
    expect(exported(dataDir)).toBe(imported);
  }, 60_000);

  it('keeps an empty sandbox empty after reset, through tool calls and restarts', async () => {
    const dataDir = path.join(root, 'emptied');
    await openApp(dataDir);
    expect(sandbox(dataDir, 'reset')).toBe(0);
    const empty = exported(dataDir);
    await openApp(dataDir);
    expect(exported(dataDir)).toBe(empty);
  }, 60_000);

  it('never seeds over sandbox rows written by hand into a database that has no seeding mark', async () => {
    const dataDir = path.join(root, 'edited');
    const db = openDatabase(databaseFile(dataDir));
    db.prepare(
      `INSERT INTO sb_customers (id, name, email, tier, lifetime_value_cents, currency, payment_methods, created_at)
       VALUES ('cus_own', 'Own Customer', 'own@example.com', 'gold', 0, 'USD', '[]', '2026-01-01T00:00:00Z')`,
    ).run();
    db.close();
    const before = exported(dataDir);
    await openApp(dataDir);
    expect(exported(dataDir)).toBe(before);
  });

  it('seeds a folder the app creates, once', async () => {
    const dataDir = path.join(root, 'fresh');
    await openApp(dataDir);
    const seeded = exported(dataDir);
    expect(JSON.parse(seeded).customers.length).toBeGreaterThan(100);
    await openApp(dataDir);
    expect(exported(dataDir)).toBe(seeded);
  });
});
