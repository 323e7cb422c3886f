import type { Database } from '../store/database';

export type CsatBy = 'customer' | 'rep';

export interface CsatRecord {
  score: number;
  by: CsatBy;
  at: string;
}

/** Satisfaction scores, one per conversation: the only door to the csat table. */
export class CsatRepo {
  constructor(private readonly db: Database) {}

  /** A later score replaces an earlier one: the customer's latest answer is the one that counts. */
  upsert(conversationId: string, record: CsatRecord): void {
    this.db
      .prepare(
        `INSERT INTO csat (conversation_id, score, "by", at) VALUES (@conversationId, @score, @by, @at)
         ON CONFLICT (conversation_id) DO UPDATE SET score = excluded.score, "by" = excluded."by", at = excluded.at`,
      )
      .run({ conversationId, ...record });
  }

  get(conversationId: string): CsatRecord | undefined {
    return this.db
      .prepare('SELECT score, "by" AS by, at FROM csat WHERE conversation_id = ?')
      .get(conversationId) as CsatRecord | undefined;
  }
}
