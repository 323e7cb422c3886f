import { z } from 'zod';
import type { Database } from '../../store/database';

/** What the customer had asked when the check began, so the request continues once they are verified. */
export const PendingRequest = z.object({
  intent: z.string().nullable(),
  confidence: z.number().nullable(),
  lastMessage: z.string(),
});
export type PendingRequest = z.infer<typeof PendingRequest>;

/** A one-time code sent to the address on file of the account a customer claimed. */
export interface IdentityCheck {
  conversationId: string;
  /** The claimed account, or null when the claim matched no single account (no code was sent). */
  customerId: string | null;
  codeHash: string | null;
  attempts: number;
  expiresAt: string;
  request: PendingRequest;
}

interface Row {
  conversation_id: string;
  customer_id: string | null;
  code_hash: string | null;
  attempts: number;
  expires_at: string;
  request: string;
}

/** Pending identity checks, one per conversation at most (a new claim replaces the old check). */
export class IdentityChecksRepo {
  constructor(private readonly db: Database) {}

  get(conversationId: string): IdentityCheck | undefined {
    const row = this.db
      .prepare('SELECT * FROM identity_checks WHERE conversation_id = ?')
      .get(conversationId) as Row | undefined;
    return (
      row && {
        conversationId: row.conversation_id,
        customerId: row.customer_id,
        codeHash: row.code_hash,
        attempts: row.attempts,
        expiresAt: row.expires_at,
        request: PendingRequest.parse(JSON.parse(row.request)),
      }
    );
  }

  start(check: Omit<IdentityCheck, 'attempts'>, at: string): void {
    this.db
      .prepare(
        `INSERT INTO identity_checks (conversation_id, customer_id, code_hash, attempts, expires_at, request, created_at)
         VALUES (@conversationId, @customerId, @codeHash, 0, @expiresAt, @request, @at)
         ON CONFLICT (conversation_id) DO UPDATE SET customer_id = excluded.customer_id,
           code_hash = excluded.code_hash, attempts = 0, expires_at = excluded.expires_at,
           request = excluded.request, created_at = excluded.created_at`,
      )
      .run({ ...check, request: JSON.stringify(check.request), at });
  }

  /** Counts a wrong code; returns the attempts so far. */
  failedAttempt(conversationId: string): number {
    return this.db
      .prepare(
        'UPDATE identity_checks SET attempts = attempts + 1 WHERE conversation_id = ? RETURNING attempts',
      )
      .pluck()
      .get(conversationId) as number;
  }

  clear(conversationId: string): void {
    this.db.prepare('DELETE FROM identity_checks WHERE conversation_id = ?').run(conversationId);
  }
}
