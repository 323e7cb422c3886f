import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exportSandboxFile,
  importSandboxFile,
  seedSandbox,
} from '../../../electron/sandbox/data/sandbox-files';
import { countSandbox, readSandbox, resetSandbox } from '../../../electron/sandbox/data/sandbox-store';
import { openDatabase, type Database } from '../../../electron/store/database';
import { openFixture, sandboxFixture } from './fixture';

let dir: string;
let db: Database;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-io-'));
  db = openFixture().db;
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);
function writeJson(name: string, value: unknown): string {
  fs.writeFileSync(file(name), JSON.stringify(value));
  return file(name);
}
const asOf = new Date('2025-06-11T00:00:00Z');

describe('export and import', () => {
  it('export then import into an empty database gives back exactly the same sandbox', () => {
    seedSandbox(db, { size: 30, asOf });
    const before = readSandbox(db);
    expect(exportSandboxFile(db, file('out.json')).ok).toBe(true);
    const other = openDatabase(':memory:');
    expect(importSandboxFile(other, file('out.json')).ok).toBe(true);
    expect(readSandbox(other)).toEqual(before);
    other.close();
  });

  it('a re-export of an imported file is byte for byte the same file', () => {
    exportSandboxFile(db, file('first.json'));
    importSandboxFile(db, file('first.json'));
    exportSandboxFile(db, file('second.json'));
    expect(fs.readFileSync(file('second.json'), 'utf8')).toBe(fs.readFileSync(file('first.json'), 'utf8'));
  });

  it('writes the documented format marker and version', () => {
    exportSandboxFile(db, file('out.json'));
    expect(JSON.parse(fs.readFileSync(file('out.json'), 'utf8'))).toMatchObject({
      format: 'agent-assist-sandbox',
      version: 1,
    });
  });

  it('replaces the whole sandbox rather than merging into it', () => {
    const only = writeJson('one.json', { customers: [sandboxFixture().customers[1]] });
    expect(importSandboxFile(db, only)).toMatchObject({
      ok: true,
      value: { customers: 1, orders: 0, kbArticles: 0 },
    });
  });

  it('accepts a file with only some of the lists and fills the defaults', () => {
    const customer = {
      id: 'c1',
      name: 'Kai Tan',
      email: 'kai@example.com',
      tier: 'silver',
      lifetimeValue: 1500,
      createdAt: '2024-01-01T00:00:00+02:00',
    };
    importSandboxFile(db, writeJson('min.json', { customers: [customer] }));
    expect(readSandbox(db).customers).toEqual([
      {
        ...customer,
        phone: null,
        currency: 'USD',
        address: null,
        paymentMethods: [],
        createdAt: '2023-12-31T22:00:00.000Z',
      },
    ]);
  });
});

describe('a bad import file changes nothing', () => {
  const broken = () => {
    const data = sandboxFixture();
    (data.orders[3]!.items[0] as { qty: number }).qty = 0;
    return data;
  };

  it('names the record and the field at fault', () => {
    const result = importSandboxFile(db, writeJson('bad.json', broken()));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad_request',
        field: 'orders[3].items[0].qty',
        message: 'orders[3].items[0].qty: expected a positive integer',
      },
    });
  });

  it('leaves the database exactly as it was', () => {
    const before = readSandbox(db);
    importSandboxFile(db, writeJson('bad.json', broken()));
    expect(readSandbox(db)).toEqual(before);
  });

  it('reports a reference to a record the file does not hold', () => {
    const data = sandboxFixture();
    data.shipments[1]!.orderId = '#W7777777';
    expect(importSandboxFile(db, writeJson('bad.json', data))).toMatchObject({
      ok: false,
      error: { field: 'shipments[1].orderId', message: 'shipments[1].orderId: unknown order "#W7777777"' },
    });
  });

  it('reports a duplicate idempotency key', () => {
    const credit = {
      id: 'cr_1',
      customerId: 'cus_0001',
      amount: 5,
      reason: 'r',
      idempotencyKey: 'same',
      createdAt: '2025-01-01T00:00:00Z',
    };
    const data = { ...sandboxFixture(), credits: [credit, { ...credit, id: 'cr_2' }] };
    expect(importSandboxFile(db, writeJson('bad.json', data))).toMatchObject({
      ok: false,
      error: { field: 'credits[1].idempotencyKey' },
    });
  });

  it('reports an unknown field, so a typo is not silently dropped', () => {
    const data = { ...sandboxFixture(), kbarticles: [] };
    expect(importSandboxFile(db, writeJson('bad.json', data))).toMatchObject({
      ok: false,
      error: { field: 'kbarticles' },
    });
  });

  it('reports totals that do not add up', () => {
    const data = sandboxFixture();
    data.orders[0]!.totals.total = 1;
    expect(importSandboxFile(db, writeJson('bad.json', data))).toMatchObject({
      ok: false,
      error: { field: 'orders[0].totals.total' },
    });
  });

  it('lists every problem, not only the first', () => {
    const data = broken();
    data.customers[1]!.email = 'nope';
    const result = importSandboxFile(db, writeJson('bad.json', data));
    expect(!result.ok && result.error.message.split('\n')).toEqual([
      'customers[1].email: expected an email address such as ana@example.com',
      'orders[3].items[0].qty: expected a positive integer',
    ]);
  });

  it('reports a file that is not JSON', () => {
    fs.writeFileSync(file('bad.json'), '{ "customers": [');
    expect(importSandboxFile(db, file('bad.json'))).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'file' },
    });
    expect(countSandbox(db).customers).toBe(2);
  });

  it('reports a file that does not exist', () => {
    expect(importSandboxFile(db, file('missing.json'))).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'file' },
    });
  });
});

describe('reset and seed', () => {
  it('reset empties every sandbox table', () => {
    resetSandbox(db);
    expect(Object.values(countSandbox(db)).every((n) => n === 0)).toBe(true);
  });

  it('reset leaves conversations alone', () => {
    db.prepare(
      "INSERT INTO conversations (id, customer, channel, status, created_at, updated_at) VALUES ('c1', 'ana', 'chat', 'resolved', 'x', 'x')",
    ).run();
    resetSandbox(db);
    expect(db.prepare('SELECT COUNT(*) FROM conversations').pluck().get()).toBe(1);
  });

  it('seeding twice with the same seed and size exports the same file', () => {
    seedSandbox(db, { seed: 3, size: 25, asOf });
    exportSandboxFile(db, file('a.json'));
    seedSandbox(db, { seed: 3, size: 25, asOf });
    exportSandboxFile(db, file('b.json'));
    expect(fs.readFileSync(file('b.json'), 'utf8')).toBe(fs.readFileSync(file('a.json'), 'utf8'));
  });
});
