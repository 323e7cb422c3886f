import type { Migration } from './types';

/**
 * MCP clients: a conversation channel of their own (`mcp`: the queue entry of a call that waits for a
 * rep), and the idempotency keys clients send with write calls, each with the call it stands for and
 * the action it created (none when the policy let the call run at once). SQLite cannot widen a CHECK
 * constraint, so the conversations table is rebuilt as it stands after migrations 1, 4, 7 and 8.
 */
export const mcp: Migration = {
  version: 10,
  name: 'mcp',
  rebuildsTables: true,
  up: `
    CREATE TABLE conversations_rebuilt (
      id TEXT PRIMARY KEY,
      customer TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('chat', 'email', 'task', 'mcp')),
      status TEXT NOT NULL CHECK (status IN ('needs_approval', 'escalated', 'with_rep', 'agent_handling', 'resolved')),
      intent TEXT,
      sentiment REAL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      customer_id TEXT,
      verified_customer_id TEXT,
      verified_by TEXT CHECK (verified_by IN ('channel', 'code'))
    );
    INSERT INTO conversations_rebuilt (id, customer, channel, status, intent, sentiment, created_at, updated_at, customer_id, verified_customer_id, verified_by)
      SELECT id, customer, channel, status, intent, sentiment, created_at, updated_at, customer_id, verified_customer_id, verified_by
      FROM conversations;
    DROP TABLE conversations;
    ALTER TABLE conversations_rebuilt RENAME TO conversations;
    CREATE INDEX conversations_by_status ON conversations (status, updated_at);
    CREATE INDEX conversations_by_created ON conversations (created_at);

    CREATE TABLE mcp_requests (
      idempotency_key TEXT PRIMARY KEY,
      client TEXT NOT NULL,
      tool TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      action_id TEXT REFERENCES actions (id) ON DELETE SET NULL,
      created_at TEXT NOT NULL
    );
  `,
};
