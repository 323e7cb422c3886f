import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/store/migrations';
import { sandbox } from '../../../electron/store/migrations/0002-sandbox';
import { migrate, openDatabase, schemaVersion } from '../../../electron/store/database';

const tables = (db: ReturnType<typeof openDatabase>) =>
  (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sb\\_%' ESCAPE '\\'")
      .pluck()
      .all() as string[]
  ).sort();

describe('the sandbox migration', () => {
  it('is listed right after the conversations migration', () => {
    expect(migrations.map((m) => m.version).slice(0, 2)).toEqual([1, 2]);
    expect(migrations[1]).toBe(sandbox);
  });

  it('creates every sandbox table and the full-text index on a fresh database', () => {
    const db = openDatabase(':memory:');
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'sb_customers',
        'sb_orders',
        'sb_order_items',
        'sb_shipments',
        'sb_credits',
        'sb_refunds',
        'sb_tickets',
        'sb_kb_articles',
        'sb_kb_fts',
        'sb_outbox',
        'sb_calendar',
      ]),
    );
    db.close();
  });

  it('upgrades a version 1 database and keeps its conversations', () => {
    const db = openDatabase(':memory:', migrations.slice(0, 1));
    db.prepare(
      "INSERT INTO conversations (id, customer, channel, status, created_at, updated_at) VALUES ('c1', 'ana', 'chat', 'resolved', 'x', 'x')",
    ).run();
    migrate(db, migrations.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT COUNT(*) FROM conversations').pluck().get()).toBe(1);
    expect(tables(db)).toContain('sb_customers');
    db.close();
  });

  it('enforces one use of each idempotency key in the database itself', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO sb_customers (id, name, email, tier, lifetime_value_cents, currency, payment_methods, created_at)
             VALUES ('c1', 'Ana', 'a@example.com', 'gold', 0, 'USD', '[]', 'x')`);
    const insert = db.prepare(
      "INSERT INTO sb_credits (id, customer_id, amount_cents, currency, reason, idempotency_key, created_at) VALUES (?, 'c1', 100, 'USD', 'r', 'k', 'x')",
    );
    insert.run('cr_1');
    expect(() => insert.run('cr_2')).toThrow(/UNIQUE/);
    db.close();
  });
});
