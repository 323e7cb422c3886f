import type { Migration } from './types';

/**
 * Sample data: the past conversations the first-run sandbox writes so the metrics view has a history
 * to show. Marked, so the queue leaves them out and Settings can clear them in one go.
 */
export const sampleData: Migration = {
  version: 11,
  name: 'sample-data',
  up: `
    ALTER TABLE conversations ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
    CREATE INDEX conversations_sample ON conversations (sample) WHERE sample = 1;
  `,
};
