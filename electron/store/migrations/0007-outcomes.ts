import type { Migration } from './types';

/**
 * Customer satisfaction, the one outcome the other tables cannot tell: every other metric (resolution,
 * escalation, approvals, handle time) is derived from conversations, messages, actions and escalations.
 */
export const outcomes: Migration = {
  version: 7,
  name: 'outcomes',
  up: `
    CREATE TABLE csat (
      conversation_id TEXT PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
      score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
      "by" TEXT NOT NULL CHECK ("by" IN ('customer', 'rep')),
      at TEXT NOT NULL
    );
    CREATE INDEX conversations_by_created ON conversations (created_at);
  `,
};
