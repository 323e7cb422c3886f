import type { Database } from '../store/database';

export type Reservation =
  | { kind: 'fresh' }
  | { kind: 'done'; tool: string; args: string; result: unknown }
  | { kind: 'running' | 'mismatch'; tool: string };

/** Idempotency keys of writes: a key runs its action once; later calls get the first result back. */
export class IdempotencyRepo {
  constructor(private readonly db: Database) {}

  /**
   * Claims the key for this tool and arguments, or reports what already holds it. Atomic. A claim
   * still 'running' from before `staleBefore` belonged to a call that died (a crash mid-call): it is
   * claimed again, and the connector sees the same key, so its own idempotency stops a double effect.
   */
  reserve(key: string, tool: string, args: string, at: string, staleBefore: string): Reservation {
    return this.db.transaction((): Reservation => {
      const row = this.db
        .prepare('SELECT tool, args, state, result, created_at FROM tool_idempotency WHERE key = ?')
        .get(key) as
        | { tool: string; args: string; state: 'running' | 'done'; result: string | null; created_at: string }
        | undefined;
      if (!row) {
        this.db
          .prepare(
            "INSERT INTO tool_idempotency (key, tool, args, state, created_at) VALUES (?, ?, ?, 'running', ?)",
          )
          .run(key, tool, args, at);
        return { kind: 'fresh' };
      }
      if (row.tool !== tool || row.args !== args) return { kind: 'mismatch', tool: row.tool };
      if (row.state === 'running' && row.created_at < staleBefore) {
        this.db.prepare('UPDATE tool_idempotency SET created_at = ? WHERE key = ?').run(at, key);
        return { kind: 'fresh' };
      }
      if (row.state === 'running') return { kind: 'running', tool: row.tool };
      return { kind: 'done', tool: row.tool, args: row.args, result: JSON.parse(row.result ?? 'null') };
    })();
  }

  complete(key: string, result: unknown): void {
    this.db
      .prepare("UPDATE tool_idempotency SET state = 'done', result = ? WHERE key = ?")
      .run(JSON.stringify(result), key);
  }

  /** Frees a key whose action failed without effect, so a retry with the same key can run. */
  release(key: string): void {
    this.db.prepare("DELETE FROM tool_idempotency WHERE key = ? AND state = 'running'").run(key);
  }
}
