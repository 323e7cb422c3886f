import { randomUUID } from 'node:crypto';
import type { Database } from '../store/database';

export type Reservation =
  | { kind: 'fresh' }
  | { kind: 'done'; tool: string; args: string; result: unknown }
  | { kind: 'running' | 'mismatch'; tool: string };

/** This process: a key still running under another holder belonged to a process that has ended. */
const thisProcess = randomUUID();

/** Idempotency keys of writes: a key runs its action once; later calls get the first result back. */
export class IdempotencyRepo {
  constructor(
    private readonly db: Database,
    private readonly holder: string = thisProcess,
  ) {}

  /**
   * Claims the key for this tool and arguments, or reports what already holds it. Atomic. A claim
   * still 'running' that another process made (it was killed mid-call), or that this process made
   * before `staleBefore` (its call died), is claimed again: the connector sees the same key, so the
   * system's own idempotency stops a double effect.
   */
  reserve(key: string, tool: string, args: string, at: string, staleBefore: string): Reservation {
    return this.db.transaction((): Reservation => {
      const row = this.db
        .prepare('SELECT tool, args, state, result, created_at, holder FROM tool_idempotency WHERE key = ?')
        .get(key) as
        | {
            tool: string;
            args: string;
            state: 'running' | 'done';
            result: string | null;
            created_at: string;
            holder: string | null;
          }
        | undefined;
      if (!row) {
        this.db
          .prepare(
            "INSERT INTO tool_idempotency (key, tool, args, state, created_at, holder) VALUES (?, ?, ?, 'running', ?, ?)",
          )
          .run(key, tool, args, at, this.holder);
        return { kind: 'fresh' };
      }
      if (row.tool !== tool || row.args !== args) return { kind: 'mismatch', tool: row.tool };
      if (row.state === 'running' && (row.holder !== this.holder || row.created_at < staleBefore)) {
        this.db
          .prepare('UPDATE tool_idempotency SET created_at = ?, holder = ? WHERE key = ?')
          .run(at, this.holder, key);
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

  /**
   * Runs `work` (a write to this same database) and records its result under the key in one
   * transaction: after a crash the key is either free or done with its result, never running.
   * A thrown error rolls both back.
   */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
