import type { Database } from '../../store/database';
import { AgentState } from '../state';

/** Per-conversation agent state, saved whole after every step. */
export class StateRepo {
  constructor(private readonly db: Database) {}

  load(conversationId: string): AgentState | undefined {
    const row = this.db
      .prepare('SELECT state FROM agent_state WHERE conversation_id = ?')
      .get(conversationId) as { state: string } | undefined;
    return row && AgentState.parse(JSON.parse(row.state));
  }

  /** Conversations whose last run stopped before it replied, escalated or parked an approval (a crash). */
  unfinished(): AgentState[] {
    const rows = this.db
      .prepare(
        `SELECT state FROM agent_state
         WHERE json_extract(state, '$.mode') = 'agent' AND json_extract(state, '$.outcome') IS NULL
           AND json_extract(state, '$.turn') > 0`,
      )
      .all() as { state: string }[];
    return rows.map((row) => AgentState.parse(JSON.parse(row.state)));
  }

  save(state: AgentState, at: string): void {
    this.db
      .prepare(
        `INSERT INTO agent_state (conversation_id, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      )
      .run(state.conversationId, JSON.stringify(state), at);
  }
}
