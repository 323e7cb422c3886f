import type { Action, ActionStatus } from '../../../shared/agent';
import type { AppError } from '../../../shared/result';
import { redactSecrets, redactSecretsDeep } from '../../security/redact-secrets';
import type { Database } from '../../store/database';

interface ActionRow {
  id: string;
  conversation_id: string;
  tool: string;
  status: ActionStatus;
  proposed_args: string;
  approved_args: string | null;
  result: string | null;
  error: string | null;
  rationale: string;
  confidence: number;
  rule: string;
  reject_reason: string | null;
  decided_by: string | null;
  created_at: string;
  decided_at: string | null;
  executed_at: string | null;
  turn: number | null;
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

const toAction = (row: ActionRow): Action => ({
  id: row.id,
  conversationId: row.conversation_id,
  tool: row.tool,
  status: row.status,
  proposedArgs: JSON.parse(row.proposed_args) as Record<string, unknown>,
  approvedArgs: json(row.approved_args),
  result: json(row.result),
  error: json<AppError>(row.error),
  rationale: row.rationale,
  confidence: row.confidence,
  rule: row.rule,
  rejectReason: row.reject_reason,
  decidedBy: row.decided_by,
  createdAt: row.created_at,
  decidedAt: row.decided_at,
  executedAt: row.executed_at,
  turn: row.turn,
});

/**
 * Proposed actions. Status changes are compare-and-set, so a second approve of one action does nothing.
 * Arguments, results, errors and reasons are written with secrets redacted.
 */
export class ActionsRepo {
  constructor(private readonly db: Database) {}

  create(action: {
    id: string;
    conversationId: string;
    tool: string;
    status: ActionStatus;
    proposedArgs: Record<string, unknown>;
    rationale: string;
    confidence: number;
    rule: string;
    at: string;
    turn: number;
  }): void {
    this.db
      .prepare(
        `INSERT INTO actions (id, conversation_id, tool, status, proposed_args, rationale, confidence, rule, created_at, turn)
         VALUES (@id, @conversationId, @tool, @status, @args, @rationale, @confidence, @rule, @at, @turn)`,
      )
      .run({ ...redactSecretsDeep(action), args: JSON.stringify(redactSecretsDeep(action.proposedArgs)) });
  }

  get(id: string): Action | undefined {
    const row = this.db.prepare('SELECT * FROM actions WHERE id = ?').get(id) as ActionRow | undefined;
    return row && toAction(row);
  }

  byConversation(conversationId: string): Action[] {
    return (
      this.db
        .prepare('SELECT * FROM actions WHERE conversation_id = ? ORDER BY created_at, rowid')
        .all(conversationId) as ActionRow[]
    ).map(toAction);
  }

  byStatus(status: ActionStatus): Action[] {
    return (
      this.db
        .prepare('SELECT * FROM actions WHERE status = ? ORDER BY created_at, rowid')
        .all(status) as ActionRow[]
    ).map(toAction);
  }

  /** pending_approval → approved with the (re-validated) arguments; false when it was not pending. */
  approve(id: string, args: Record<string, unknown>, by: string, at: string): boolean {
    return (
      this.db
        .prepare(
          `UPDATE actions SET status = 'approved', approved_args = ?, decided_by = ?, decided_at = ?
           WHERE id = ? AND status = 'pending_approval'`,
        )
        .run(JSON.stringify(redactSecretsDeep(args)), by, at, id).changes === 1
    );
  }

  /** pending_approval → rejected with the rep's reason; false when it was not pending. */
  reject(id: string, reason: string, by: string, at: string): boolean {
    return (
      this.db
        .prepare(
          `UPDATE actions SET status = 'rejected', reject_reason = ?, decided_by = ?, decided_at = ?
           WHERE id = ? AND status = 'pending_approval'`,
        )
        .run(redactSecrets(reason), by, at, id).changes === 1
    );
  }

  /** Records what executing the action returned. */
  finish(
    id: string,
    outcome: { ok: true; value: unknown } | { ok: false; error: AppError },
    at: string,
  ): void {
    this.db
      .prepare('UPDATE actions SET status = ?, result = ?, error = ?, executed_at = ? WHERE id = ?')
      .run(
        outcome.ok ? 'executed' : 'failed',
        outcome.ok ? JSON.stringify(redactSecretsDeep(outcome.value)) : null,
        outcome.ok ? null : JSON.stringify(redactSecretsDeep(outcome.error)),
        at,
        id,
      );
  }
}
