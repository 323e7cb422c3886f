import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { saas } from '../../../electron/store/migrations/0005-saas';

const saasTables = ['sb_accounts', 'sb_subscriptions', 'sb_touchpoints', 'sb_usage'];
const tables = (db: ReturnType<typeof openDatabase>) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];

describe('the SaaS migration', () => {
  it('is version 5, listed after the agent migration', () => {
    expect(migrations.map((m) => m.version).slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(migrations[4]).toBe(saas);
  });

  it('upgrades a version 4 database, keeping its sandbox customers', () => {
    const db = openDatabase(':memory:', migrations.slice(0, 4));
    db.exec(`INSERT INTO sb_customers (id, name, email, tier, lifetime_value_cents, currency, payment_methods, created_at)
             VALUES ('c1', 'Ana', 'a@example.com', 'gold', 0, 'USD', '[]', 'x')`);
    migrate(db, migrations.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    expect(tables(db)).toEqual(expect.arrayContaining(saasTables));
    expect(db.prepare('SELECT COUNT(*) FROM sb_customers').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses an account of a customer that does not exist', () => {
    const db = openDatabase(':memory:');
    expect(() =>
      db.exec("INSERT INTO sb_accounts (id, customer_id, name) VALUES ('a1', 'nobody', 'X')"),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('keeps one usage count per account, feature and week', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO sb_customers (id, name, email, tier, lifetime_value_cents, currency, payment_methods, created_at)
             VALUES ('c1', 'Ana', 'a@example.com', 'gold', 0, 'USD', '[]', 'x');
             INSERT INTO sb_accounts (id, customer_id, name) VALUES ('a1', 'c1', 'X')`);
    const insert = db.prepare(
      "INSERT INTO sb_usage (account_id, feature, date, active_users) VALUES ('a1', 'Reports', '2025-06-04', ?)",
    );
    insert.run(3);
    expect(() => insert.run(4)).toThrow(/UNIQUE/);
    db.close();
  });
});
