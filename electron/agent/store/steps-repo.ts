import type { Step, StepKind } from '../../../shared/agent';
import { redactSecretsDeep } from '../../security/redact-secrets';
import type { Database } from '../../store/database';

interface StepRow {
  id: number;
  conversation_id: string;
  at: string;
  kind: StepKind;
  summary: string;
  data: string;
}

/** The agent's timeline, appended as each step happens. */
export class StepsRepo {
  constructor(private readonly db: Database) {}

  /** Secrets are redacted before a step is written (a reasoner's error may echo an API key). */
  append(unredacted: Omit<Step, 'id'>): Step {
    const step = redactSecretsDeep(unredacted);
    const info = this.db
      .prepare('INSERT INTO agent_steps (conversation_id, at, kind, summary, data) VALUES (?, ?, ?, ?, ?)')
      .run(step.conversationId, step.at, step.kind, step.summary, JSON.stringify(step.data));
    return { ...step, id: Number(info.lastInsertRowid) };
  }

  byConversation(conversationId: string, afterId = 0): Step[] {
    const rows = this.db
      .prepare('SELECT * FROM agent_steps WHERE conversation_id = ? AND id > ? ORDER BY id')
      .all(conversationId, afterId) as StepRow[];
    return rows.map((row) => ({
      id: row.id,
      conversationId: row.conversation_id,
      at: row.at,
      kind: row.kind,
      summary: row.summary,
      data: JSON.parse(row.data) as Record<string, unknown>,
    }));
  }

  lastId(conversationId: string): number {
    const row = this.db
      .prepare('SELECT MAX(id) AS id FROM agent_steps WHERE conversation_id = ?')
      .get(conversationId) as { id: number | null };
    return row.id ?? 0;
  }
}
