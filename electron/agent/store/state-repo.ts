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

  /**
   * Conversations a crash may have cut short: a run that stopped before it replied, escalated or
   * parked an approval, or a state still waiting on an action (which a rep may have decided since).
   */
  maybeInterrupted(): AgentState[] {
    const rows = this.db
      .prepare(
        `SELECT state FROM agent_state
         WHERE (json_extract(state, '$.mode') = 'agent' AND json_extract(state, '$.outcome') IS NULL
                AND json_extract(state, '$.turn') > 0)
            OR json_extract(state, '$.pendingActionId') IS NOT NULL`,
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
