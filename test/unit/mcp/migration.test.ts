import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';

const count = (db: BetterSqlite3.Database, table: string) =>
  db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('migration 10 (mcp)', () => {
  it("widens the conversation channels to 'mcp' and keeps every row and foreign key", () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version < 10),
    );
    const insert = db.prepare(
      `INSERT INTO conversations (id, customer, channel, status, created_at, updated_at, verified_customer_id, verified_by)
       VALUES (?, 'Dana', ?, 'resolved', '2026-11-27T15:00:00Z', '2026-11-27T15:00:00Z', 'cus_1', 'channel')`,
    );
    insert.run('c1', 'chat');
    expect(() => insert.run('c2', 'mcp')).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO messages (id, conversation_id, role, text, at) VALUES ('m1', 'c1', 'customer', 'hi', 't')",
    ).run();

    migrate(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(count(db, 'messages')).toBe(1);
    expect(db.prepare("SELECT verified_customer_id FROM conversations WHERE id = 'c1'").pluck().get()).toBe(
      'cus_1',
    );
    insert.run('c2', 'mcp');
    expect(() => insert.run('c3', 'fax')).toThrow(/CHECK/);
    // Other tables still reference the rebuilt table: deleting a conversation cascades.
    db.prepare("DELETE FROM conversations WHERE id = 'c1'").run();
    expect(count(db, 'messages')).toBe(0);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'conversations_by_status'").pluck().get(),
    ).toBeTruthy();
    expect(count(db, 'mcp_requests')).toBe(0);
    db.close();
  });
});
