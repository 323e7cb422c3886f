import type { Migration } from './types';

/**
 * Trust boundaries and crash safety: the customer a conversation's channel (or a one-time code)
 * verified, pending identity checks, denied attempts in the audit log, the process that holds a
 * running idempotency key, the turn each action belongs to, and one agent message per run.
 */
export const trust: Migration = {
  version: 8,
  name: 'trust',
  up: `
    ALTER TABLE conversations ADD COLUMN verified_customer_id TEXT;
    ALTER TABLE conversations ADD COLUMN verified_by TEXT CHECK (verified_by IN ('channel', 'code'));

    CREATE TABLE identity_checks (
      conversation_id TEXT PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
      customer_id TEXT,
      code_hash TEXT,
      attempts INTEGER NOT NULL DEFAULT 0,
      expires_at TEXT NOT NULL,
      request TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE audit_log_v8 (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor TEXT NOT NULL CHECK (actor IN ('agent', 'rep', 'system')),
      tool TEXT NOT NULL,
      args TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('ok', 'error', 'replayed', 'denied')),
      result TEXT,
      error TEXT,
      duration_ms REAL NOT NULL,
      decision TEXT NOT NULL,
      conversation_id TEXT,
      idempotency_key TEXT,
      principal TEXT
    );
    INSERT INTO audit_log_v8 (id, at, actor, tool, args, status, result, error, duration_ms, decision, conversation_id, idempotency_key)
      SELECT id, at, actor, tool, args, status, result, error, duration_ms, decision, conversation_id, idempotency_key FROM audit_log;
    DROP TABLE audit_log;
    ALTER TABLE audit_log_v8 RENAME TO audit_log;
    CREATE INDEX audit_by_conversation ON audit_log (conversation_id, id);
    CREATE INDEX audit_by_tool ON audit_log (tool, at);

    ALTER TABLE tool_idempotency ADD COLUMN holder TEXT;

    ALTER TABLE actions ADD COLUMN turn INTEGER;

    ALTER TABLE messages ADD COLUMN run_key TEXT;
    CREATE UNIQUE INDEX messages_one_per_run ON messages (conversation_id, run_key) WHERE run_key IS NOT NULL;
  `,
};
