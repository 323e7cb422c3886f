import type { Escalation } from '../../../shared/agent';
import type { Database } from '../../store/database';

/** Escalations with their briefings, and when a rep took over or handed back. */
export class EscalationsRepo {
  constructor(private readonly db: Database) {}

  add(conversationId: string, escalation: Escalation, at: string): void {
    this.db
      .prepare('INSERT INTO escalations (conversation_id, at, reasons, briefing) VALUES (?, ?, ?, ?)')
      .run(conversationId, at, JSON.stringify(escalation.reasons), JSON.stringify(escalation.briefing));
  }

  /** The newest escalation of a conversation that has not been handed back. */
  open(conversationId: string): (Escalation & { at: string; takenOverAt: string | null }) | undefined {
    const row = this.db
      .prepare(
        'SELECT * FROM escalations WHERE conversation_id = ? AND handed_back_at IS NULL ORDER BY id DESC LIMIT 1',
      )
      .get(conversationId) as
      { at: string; reasons: string; briefing: string; taken_over_at: string | null } | undefined;
    return (
      row && {
        at: row.at,
        reasons: JSON.parse(row.reasons),
        briefing: JSON.parse(row.briefing),
        takenOverAt: row.taken_over_at,
      }
    );
  }

  markTakenOver(conversationId: string, at: string): void {
    this.db
      .prepare(
        'UPDATE escalations SET taken_over_at = ? WHERE conversation_id = ? AND handed_back_at IS NULL AND taken_over_at IS NULL',
      )
      .run(at, conversationId);
  }

  markHandedBack(conversationId: string, at: string): void {
    this.db
      .prepare(
        'UPDATE escalations SET handed_back_at = ? WHERE conversation_id = ? AND handed_back_at IS NULL',
      )
      .run(at, conversationId);
  }
}
