import type { Migration } from './types';

/** The tool bridge's memory: the audit log of every call, and idempotency keys of writes. */
export const toolBridge: Migration = {
  version: 3,
  name: 'tool-bridge',
  up: `
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor TEXT NOT NULL CHECK (actor IN ('agent', 'rep', 'system')),
      tool TEXT NOT NULL,
      args TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('ok', 'error', 'replayed')),
      result TEXT,
      error TEXT,
      duration_ms REAL NOT NULL,
      decision TEXT NOT NULL,
      conversation_id TEXT,
      idempotency_key TEXT
    );
    CREATE INDEX audit_by_conversation ON audit_log (conversation_id, id);
    CREATE INDEX audit_by_tool ON audit_log (tool, at);
    CREATE TABLE tool_idempotency (
      key TEXT PRIMARY KEY,
      tool TEXT NOT NULL,
      args TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('running', 'done')),
      result TEXT,
      created_at TEXT NOT NULL
    );
  `,
};
