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

  /** Every escalation of a conversation, oldest first, with its id. */
  all(conversationId: string): (Escalation & { id: number; at: string })[] {
    const rows = this.db
      .prepare('SELECT id, at, reasons, briefing FROM escalations WHERE conversation_id = ? ORDER BY id')
      .all(conversationId) as { id: number; at: string; reasons: string; briefing: string }[];
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      reasons: JSON.parse(row.reasons),
      briefing: JSON.parse(row.briefing),
    }));
  }
}
