import type { Database } from '../store/database';

/** A write call an MCP client sent with an idempotency key. */
export interface McpRequest {
  key: string;
  client: string;
  tool: string;
  /** The validated arguments as stable JSON: the same key must come with the same call. */
  fingerprint: string;
  /** The action queued for a rep, or null when the policy let the call run at once. */
  actionId: string | null;
  createdAt: string;
}

interface Row {
  idempotency_key: string;
  client: string;
  tool: string;
  fingerprint: string;
  action_id: string | null;
  created_at: string;
}

/** Idempotency keys of MCP clients (table mcp_requests, migration 10). */
export class McpRequestsRepo {
  constructor(private readonly db: Database) {}

  get(key: string): McpRequest | undefined {
    const row = this.db.prepare('SELECT * FROM mcp_requests WHERE idempotency_key = ?').get(key) as
      Row | undefined;
    return (
      row && {
        key: row.idempotency_key,
        client: row.client,
        tool: row.tool,
        fingerprint: row.fingerprint,
        actionId: row.action_id,
        createdAt: row.created_at,
      }
    );
  }

  /**
   * Binds the key to its call (and the action queued for it); a key whose earlier call failed without
   * effect is bound anew.
   */
  claim(request: McpRequest): void {
    this.db
      .prepare(
        `INSERT INTO mcp_requests (idempotency_key, client, tool, fingerprint, action_id, created_at)
         VALUES (@key, @client, @tool, @fingerprint, @actionId, @createdAt)
         ON CONFLICT (idempotency_key) DO UPDATE SET
           client = excluded.client, action_id = excluded.action_id, created_at = excluded.created_at`,
      )
      .run(request);
  }

  /**
   * Whether the executor holds its idempotency key (done or running): a call that ran at once under it
   * is replayed, never decided again. A failed call's key is released, and then it is decided afresh.
   */
  executorHolds(executorKey: string): boolean {
    return this.db.prepare('SELECT 1 FROM tool_idempotency WHERE key = ?').get(executorKey) !== undefined;
  }

  /** Runs `work` in one transaction: a key is claimed together with what it created. */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
