import type { Migration } from './types';

/**
 * The agent loop's durable state (and app_meta, for one-time facts such as "the sandbox was seeded"): per-conversation state, the step timeline, proposed actions (with
 * proposed, approved and executed data kept apart) and escalations with their briefings.
 */
export const agent: Migration = {
  version: 4,
  name: 'agent',
  up: `
    ALTER TABLE conversations ADD COLUMN customer_id TEXT;
    CREATE TABLE agent_state (
      conversation_id TEXT PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
      state TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE agent_steps (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('perceive', 'reason', 'gate', 'act', 'observe', 'escalate', 'approval')),
      summary TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX agent_steps_by_conversation ON agent_steps (conversation_id, id);
    CREATE TABLE actions (
      id TEXT PRIMARY KEY,
      conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
      tool TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending_approval', 'approved', 'executed', 'rejected', 'denied', 'failed')),
      proposed_args TEXT NOT NULL,
      approved_args TEXT,
      result TEXT,
      error TEXT,
      rationale TEXT NOT NULL,
      confidence REAL NOT NULL,
      rule TEXT NOT NULL,
      reject_reason TEXT,
      decided_by TEXT,
      created_at TEXT NOT NULL,
      decided_at TEXT,
      executed_at TEXT
    );
    CREATE INDEX actions_by_conversation ON actions (conversation_id, created_at);
    CREATE INDEX actions_by_status ON actions (status);
    CREATE TABLE escalations (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      reasons TEXT NOT NULL,
      briefing TEXT NOT NULL,
      taken_over_at TEXT,
      handed_back_at TEXT
    );
    CREATE INDEX escalations_by_conversation ON escalations (conversation_id, id);
    CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
};
