import type { Migration } from './types';

/**
 * Real systems behind the tool bridge: each inbound sync's cursor, the conversation of each helpdesk
 * ticket, the ticket comments already taken in, what the app posted back (so nothing posts twice), and
 * every outbound call with its system and request id.
 */
export const connectors: Migration = {
  version: 9,
  name: 'connectors',
  up: `
    CREATE TABLE sync_cursors (
      system TEXT PRIMARY KEY,
      cursor TEXT,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE synced_tickets (
      system TEXT NOT NULL,
      ticket_id TEXT NOT NULL,
      conversation_id TEXT NOT NULL UNIQUE REFERENCES conversations (id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      PRIMARY KEY (system, ticket_id)
    );

    CREATE TABLE synced_comments (
      system TEXT NOT NULL,
      ticket_id TEXT NOT NULL,
      comment_id TEXT NOT NULL,
      message_id TEXT,
      PRIMARY KEY (system, ticket_id, comment_id)
    );

    CREATE TABLE sync_posts (
      system TEXT NOT NULL,
      ticket_id TEXT NOT NULL,
      source TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('reply', 'note')),
      text TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('posting', 'posted')),
      comment_id TEXT,
      at TEXT NOT NULL,
      PRIMARY KEY (system, source)
    );

    CREATE TABLE external_calls (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      system TEXT NOT NULL,
      method TEXT NOT NULL,
      path TEXT NOT NULL,
      status INTEGER,
      request_id TEXT,
      attempt INTEGER NOT NULL,
      duration_ms INTEGER NOT NULL,
      error TEXT
    );
    CREATE INDEX external_calls_by_system ON external_calls (system, id);
  `,
};
