import type { Migration } from './types';

/** What the agent remembers about a customer across conversations. */
export const customerMemory: Migration = {
  version: 6,
  name: 'customer-memory',
  up: `
    CREATE TABLE customer_memory (
      customer_key TEXT PRIMARY KEY,
      issues TEXT NOT NULL,
      preferences TEXT NOT NULL,
      summary TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
};
