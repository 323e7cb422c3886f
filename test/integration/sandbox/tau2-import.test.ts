import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSandboxFile } from '../../../electron/sandbox/data/sandbox-files';
import { readSandbox } from '../../../electron/sandbox/data/sandbox-store';
import { createSandbox, type Sandbox } from '../../../electron/sandbox/sandbox';
import { tierForLifetimeValue } from '../../../electron/sandbox/tiers';
import { openDatabase, type Database } from '../../../electron/store/database';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const retailDb = path.join(repoRoot, '../shared/datasets/tau2-bench/retail/db.json');
const source = JSON.parse(fs.readFileSync(retailDb, 'utf8')) as {
  orders: Record<
    string,
    { order_id: string; user_id: string; status: string; items: { item_id: string; price: number }[] }
  >;
  users: Record<string, { user_id: string; email: string }>;
};
const asOf = new Date('2025-06-11T00:00:00Z');

let db: Database;
let sandbox: Sandbox;
beforeAll(() => {
  db = openDatabase(':memory:');
  const imported = importSandboxFile(db, retailDb, { format: 'tau2-retail', asOf });
  if (!imported.ok) throw new Error(imported.error.message);
  sandbox = createSandbox(db, () => asOf);
});
afterAll(() => db.close());

const firstWith = (status: string) => Object.values(source.orders).find((o) => o.status === status)!;

describe('importing a τ²-bench retail database', () => {
  it('keeps every user, order and product', () => {
    const data = readSandbox(db);
    expect([data.customers.length, data.orders.length, data.products.length]).toEqual([
      Object.keys(source.users).length,
      Object.keys(source.orders).length,
      50,
    ]);
  });

  it('reads one of its orders by its original id, with its items as skus', () => {
    const original = firstWith('delivered');
    const order = sandbox.orders.get(original.order_id);
    expect(order).toMatchObject({
      ok: true,
      value: { id: original.order_id, customerId: original.user_id, status: 'delivered' },
    });
    expect(order.ok && order.value.items.map((i) => [i.sku, i.price])).toEqual(
      original.items.map((i) => [i.item_id, i.price]),
    );
  });

  it('maps processed orders to shipped, with their tracking numbers', () => {
    const original = firstWith('processed');
    expect(sandbox.orders.get(original.order_id)).toMatchObject({ ok: true, value: { status: 'shipped' } });
    expect(sandbox.shipments.track({ orderId: original.order_id })).toMatchObject({
      ok: true,
      value: [{ status: 'in_transit' }],
    });
  });

  it('keeps pending orders pending, so they stay cancellable', () => {
    expect(sandbox.orders.cancel(firstWith('pending').order_id, 'no longer needed')).toMatchObject({
      ok: true,
    });
  });

  it('records the refunds of cancelled orders', () => {
    const order = sandbox.orders.get(firstWith('cancelled').order_id);
    expect(order.ok && order.value.refunds.length).toBe(1);
  });

  it('finds a user as a customer by email', () => {
    const user = Object.values(source.users)[0]!;
    const found = sandbox.customers.find({ email: user.email });
    expect(found.ok && found.value.map((c) => c.id)).toEqual([user.user_id]);
  });

  it('gives every customer the tier the documented rule derives from lifetime value', () => {
    const customers = readSandbox(db).customers;
    expect(customers.every((c) => c.tier === tierForLifetimeValue(c.lifetimeValue))).toBe(true);
    expect(new Set(customers.map((c) => c.tier)).size).toBe(4);
  });

  it('brings the project knowledge base along, since τ² has none', () => {
    expect(sandbox.kb.search('refund credit card', 1)).toMatchObject({
      ok: true,
      value: [{ id: expect.any(String) }],
    });
  });

  it('imports the same file to the same sandbox every time', () => {
    const [first, second] = [openDatabase(':memory:'), openDatabase(':memory:')];
    importSandboxFile(first, retailDb, { format: 'tau2-retail', asOf });
    importSandboxFile(second, retailDb, { format: 'tau2-retail', asOf });
    expect(readSandbox(second)).toEqual(readSandbox(first));
    first.close();
    second.close();
  });
});

describe('a bad τ²-bench file', () => {
  it('names the order and field at fault and changes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tau2-'));
    const broken = structuredClone(source) as { orders: Record<string, { status: string }> };
    const [key] = Object.keys(broken.orders);
    broken.orders[key!]!.status = 'teleported';
    fs.writeFileSync(path.join(dir, 'db.json'), JSON.stringify(broken));
    const before = readSandbox(db).orders.length;
    expect(importSandboxFile(db, path.join(dir, 'db.json'), { format: 'tau2-retail', asOf })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: `orders.${key}.status` },
    });
    expect(readSandbox(db).orders.length).toBe(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
