import type { Migration } from './types';

/** Conversations and their transcripts: what the queue and the conversation view show. */
export const conversations: Migration = {
  version: 1,
  name: 'conversations',
  up: `
    CREATE TABLE conversations (
      id TEXT PRIMARY KEY,
      customer TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('chat', 'email', 'task')),
      status TEXT NOT NULL CHECK (status IN ('needs_approval', 'escalated', 'with_rep', 'agent_handling', 'resolved')),
      intent TEXT,
      sentiment REAL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX conversations_by_status ON conversations (status, updated_at);
    CREATE TABLE messages (
      id TEXT PRIMARY KEY,
      conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('customer', 'agent', 'rep')),
      text TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX messages_by_conversation ON messages (conversation_id, at);
  `,
};
