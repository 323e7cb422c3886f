import { redactSecretsDeep } from '../security/redact-secrets';
import type { Database } from '../store/database';
import type { AuditEntry } from '../../shared/agent';
import type { AppError } from '../../shared/result';

export type Actor = AuditEntry['actor'];

/** Why a call was allowed to run: the policy rule, and the approval when there was one. */
export type CallDecision = AuditEntry['decision'];

export type { AuditEntry };

interface AuditRow {
  id: number;
  at: string;
  actor: Actor;
  principal: string | null;
  tool: string;
  args: string;
  status: AuditEntry['status'];
  result: string | null;
  error: string | null;
  duration_ms: number;
  decision: string;
  conversation_id: string | null;
  idempotency_key: string | null;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actor: row.actor,
  principal: row.principal,
  tool: row.tool,
  args: parse(row.args),
  status: row.status,
  result: parse(row.result),
  error: parse(row.error) as AppError | null,
  durationMs: row.duration_ms,
  decision: parse(row.decision) as CallDecision,
  conversationId: row.conversation_id,
  idempotencyKey: row.idempotency_key,
});

/** The append-only record of every tool call: what ran, for whom, why, and what came back. */
export class AuditRepo {
  constructor(private readonly db: Database) {}

  /** Secrets are redacted before an entry is written (a system's error may echo a credential). */
  append(unredacted: Omit<AuditEntry, 'id'>): number {
    const entry = redactSecretsDeep(unredacted);
    const info = this.db
      .prepare(
        `INSERT INTO audit_log (at, actor, principal, tool, args, status, result, error, duration_ms, decision, conversation_id, idempotency_key)
         VALUES (@at, @actor, @principal, @tool, @args, @status, @result, @error, @durationMs, @decision, @conversationId, @idempotencyKey)`,
      )
      .run({
        ...entry,
        args: JSON.stringify(entry.args ?? null),
        result: entry.result === null || entry.result === undefined ? null : JSON.stringify(entry.result),
        error: entry.error ? JSON.stringify(entry.error) : null,
        decision: JSON.stringify(entry.decision),
      });
    return Number(info.lastInsertRowid);
  }

  /** Entries, oldest first, optionally of one conversation or matching text in tool, args or result. */
  list(filter: { conversationId?: string; search?: string; limit?: number } = {}): AuditEntry[] {
    const clauses: string[] = [];
    if (filter.conversationId !== undefined) clauses.push('conversation_id = @conversationId');
    if (filter.search)
      clauses.push(
        "(tool LIKE @like OR args LIKE @like OR IFNULL(result, '') LIKE @like OR IFNULL(error, '') LIKE @like)",
      );
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = this.db
      .prepare(`SELECT * FROM (SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT @limit) ORDER BY id`)
      .all({
        conversationId: filter.conversationId ?? null,
        like: `%${filter.search ?? ''}%`,
        limit: filter.limit ?? 1000,
      }) as AuditRow[];
    return rows.map(toEntry);
  }
}
