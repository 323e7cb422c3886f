import type { Database } from '../store/database';
import type { CsatBy } from './csat-repo';

/** One conversation with the facts its outcome is derived from. */
export interface OutcomeRow {
  id: string;
  intent: string | null;
  status: string;
  /** UTC day it was created. */
  day: string;
  escalated: boolean;
  /** Resolved with no escalation, no rep message and no rep decision on an action. */
  automated: boolean;
  /** The first customer message. */
  startedAt: string | null;
  /** When it was resolved, or its last message while it is not. */
  endedAt: string | null;
  csat: number | null;
  csatBy: CsatBy | null;
}

export interface ToolCounts {
  tool: string;
  proposed: number;
  approved: number;
  rejected: number;
}

export interface ApprovedArgs {
  tool: string;
  proposedArgs: string;
  approvedArgs: string;
}

interface RawOutcomeRow extends Omit<OutcomeRow, 'escalated' | 'automated'> {
  escalated: 0 | 1;
  automated: 0 | 1;
}

const hasEscalation = 'EXISTS (SELECT 1 FROM escalations e WHERE e.conversation_id = c.id)';
/*
 * A resolved conversation ends with the agent's (or rep's) last word: its updated_at moves again when the
 * customer answers the CSAT question, which is not handling time.
 */
const outcomeSelect = `
  SELECT c.id, c.intent, c.status, substr(c.created_at, 1, 10) AS day,
    ${hasEscalation} AS escalated,
    (c.status = 'resolved' AND NOT ${hasEscalation}
      AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.role = 'rep')
      AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.conversation_id = c.id AND a.decided_by IS NOT NULL)
    ) AS automated,
    (SELECT MIN(m.at) FROM messages m WHERE m.conversation_id = c.id AND m.role = 'customer') AS startedAt,
    CASE WHEN c.status = 'resolved'
      THEN COALESCE((SELECT MAX(m.at) FROM messages m WHERE m.conversation_id = c.id AND m.role <> 'customer'), c.updated_at)
      ELSE (SELECT MAX(m.at) FROM messages m WHERE m.conversation_id = c.id)
    END AS endedAt,
    s.score AS csat, s."by" AS csatBy
  FROM conversations c LEFT JOIN csat s ON s.conversation_id = c.id`;

/** Conversations created in [from, before): ISO timestamps compare as text. */
const inRange = 'c.created_at >= @from AND c.created_at < @before';

const toOutcomeRow = (row: RawOutcomeRow): OutcomeRow => ({
  ...row,
  escalated: row.escalated === 1,
  automated: row.automated === 1,
});

/** Read-only queries over conversations, messages, actions, escalations and csat for outcomes and metrics. */
export class OutcomesRepo {
  constructor(private readonly db: Database) {}

  exists(conversationId: string): boolean {
    return this.db.prepare('SELECT 1 FROM conversations WHERE id = ?').get(conversationId) !== undefined;
  }

  outcome(conversationId: string): OutcomeRow | undefined {
    const row = this.db.prepare(`${outcomeSelect} WHERE c.id = ?`).get(conversationId) as
      RawOutcomeRow | undefined;
    return row && toOutcomeRow(row);
  }

  /** Every escalation reason the conversation was given, in the order they first came up. */
  escalationReasons(conversationId: string): string[] {
    const rows = this.db
      .prepare(
        `SELECT r.value AS reason FROM escalations e, json_each(e.reasons) r
         WHERE e.conversation_id = ? GROUP BY r.value ORDER BY MIN(e.id), MIN(r.key)`,
      )
      .all(conversationId) as { reason: string }[];
    return rows.map((row) => row.reason);
  }

  outcomes(from: string, before: string): OutcomeRow[] {
    const rows = this.db
      .prepare(`${outcomeSelect} WHERE ${inRange} ORDER BY c.created_at, c.id`)
      .all({ from, before }) as RawOutcomeRow[];
    return rows.map(toOutcomeRow);
  }

  /** How many conversations were escalated for each reason (a conversation counts once per reason). */
  reasonCounts(from: string, before: string): { reason: string; count: number }[] {
    return this.db
      .prepare(
        `SELECT r.value AS reason, COUNT(DISTINCT e.conversation_id) AS count
         FROM escalations e JOIN conversations c ON c.id = e.conversation_id, json_each(e.reasons) r
         WHERE ${inRange} GROUP BY r.value ORDER BY count DESC, reason`,
      )
      .all({ from, before }) as { reason: string; count: number }[];
  }

  /** How many of the conversations are sample data (the first-run history, until Settings clears it). */
  sampleCount(from: string, before: string): number {
    return this.db
      .prepare(`SELECT COUNT(*) FROM conversations c WHERE ${inRange} AND c.sample = 1`)
      .pluck()
      .get({ from, before }) as number;
  }

  /** Per tool: actions proposed, approved by a person, and rejected by one. */
  toolCounts(from: string, before: string): ToolCounts[] {
    return this.db
      .prepare(
        `SELECT a.tool, COUNT(*) AS proposed,
           SUM(a.decided_by IS NOT NULL AND a.approved_args IS NOT NULL) AS approved,
           SUM(a.status = 'rejected') AS rejected
         FROM actions a JOIN conversations c ON c.id = a.conversation_id
         WHERE ${inRange} GROUP BY a.tool ORDER BY proposed DESC, a.tool`,
      )
      .all({ from, before }) as ToolCounts[];
  }

  /** Proposed and approved arguments of the actions a person approved, to tell edits apart. */
  approvedArgs(from: string, before: string): ApprovedArgs[] {
    return this.db
      .prepare(
        `SELECT a.tool, a.proposed_args AS proposedArgs, a.approved_args AS approvedArgs
         FROM actions a JOIN conversations c ON c.id = a.conversation_id
         WHERE ${inRange} AND a.decided_by IS NOT NULL AND a.approved_args IS NOT NULL`,
      )
      .all({ from, before }) as ApprovedArgs[];
  }
}
