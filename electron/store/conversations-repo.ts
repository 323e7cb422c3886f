import type {
  Channel,
  ConversationStatus,
  ConversationSummary,
  Message,
  MessageRole,
} from '../../shared/domain';
import type { Database } from './database';

interface ConversationRow {
  id: string;
  customer: string;
  channel: Channel;
  status: ConversationStatus;
  intent: string | null;
  sentiment: number | null;
  created_at: string;
  updated_at: string;
  last_message: string | null;
}

const summarySelect = `
  SELECT c.*, (SELECT m.text FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.rowid DESC LIMIT 1) AS last_message
  FROM conversations c`;

const toSummary = (row: ConversationRow): ConversationSummary => ({
  id: row.id,
  customer: row.customer,
  channel: row.channel,
  status: row.status,
  intent: row.intent,
  sentiment: row.sentiment,
  lastMessage: row.last_message,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Conversations and their messages: the only door to those tables. */
export class ConversationsRepo {
  constructor(private readonly db: Database) {}

  /** The queue: live conversations only (sample data counts in metrics, not as work to do). */
  list(filter: { status?: ConversationStatus; limit?: number } = {}): ConversationSummary[] {
    const where = `WHERE c.sample = 0${filter.status ? ' AND c.status = @status' : ''}`;
    const rows = this.db
      .prepare(`${summarySelect} ${where} ORDER BY c.updated_at DESC LIMIT @limit`)
      .all({ status: filter.status ?? null, limit: filter.limit ?? 1000 }) as ConversationRow[];
    return rows.map(toSummary);
  }

  get(id: string): ConversationSummary | undefined {
    const row = this.db.prepare(`${summarySelect} WHERE c.id = ?`).get(id) as ConversationRow | undefined;
    return row && toSummary(row);
  }

  create(input: { id: string; customer: string; channel: Channel; at: string }): void {
    this.db
      .prepare(
        `INSERT INTO conversations (id, customer, channel, status, created_at, updated_at)
         VALUES (@id, @customer, @channel, 'agent_handling', @at, @at)`,
      )
      .run(input);
  }

  /** Marks a conversation as sample data (the first-run history), which Settings can clear. */
  markSample(id: string): void {
    this.db.prepare('UPDATE conversations SET sample = 1 WHERE id = ?').run(id);
  }

  /**
   * Deletes every sample conversation in one transaction; messages, steps, state, actions,
   * escalations and CSAT go with them (foreign keys cascade), audit entries explicitly.
   */
  deleteSample(): number {
    return this.db.transaction(() => {
      this.db
        .prepare(
          'DELETE FROM audit_log WHERE conversation_id IN (SELECT id FROM conversations WHERE sample = 1)',
        )
        .run();
      return this.db.prepare('DELETE FROM conversations WHERE sample = 1').run().changes;
    })();
  }

  messages(conversationId: string): Message[] {
    return this.db
      .prepare(
        `SELECT id, conversation_id AS conversationId, role, text, at FROM messages
         WHERE conversation_id = ? ORDER BY at, rowid`,
      )
      .all(conversationId) as Message[];
  }

  setStatus(id: string, status: ConversationStatus, at: string): void {
    this.db.prepare('UPDATE conversations SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
  }

  /** What the agent perceived: shown in the queue and used to spot repeat contacts. */
  setInsights(
    id: string,
    insights: { intent: string | null; sentiment: number; customerId: string | null },
  ): void {
    this.db
      .prepare(
        'UPDATE conversations SET intent = ?, sentiment = ?, customer_id = COALESCE(?, customer_id) WHERE id = ?',
      )
      .run(insights.intent, insights.sentiment, insights.customerId, id);
  }

  /**
   * Appends a message and marks the conversation as touched, atomically. A message with a `runKey` is
   * the agent's one message for that run: a second one with the same key (a run resumed after a crash)
   * is dropped, and the result is false.
   */
  addMessage(message: {
    id: string;
    conversationId: string;
    role: MessageRole;
    text: string;
    at: string;
    runKey?: string;
  }): boolean {
    return this.db.transaction(() => {
      const added = this.db
        .prepare(
          `INSERT OR IGNORE INTO messages (id, conversation_id, role, text, at, run_key)
           VALUES (@id, @conversationId, @role, @text, @at, @runKey)`,
        )
        .run({ ...message, runKey: message.runKey ?? null });
      if (added.changes === 0) return false;
      this.db.prepare('UPDATE conversations SET updated_at = @at WHERE id = @conversationId').run(message);
      return true;
    })();
  }

  /** Whether a message was stored no later than another of the same conversation. */
  isAtOrBefore(messageId: string, otherId: string): boolean {
    return (
      this.db
        .prepare(
          `SELECT 1 FROM messages m, messages o
           WHERE m.id = ? AND o.id = ? AND m.conversation_id = o.conversation_id
             AND (m.at < o.at OR (m.at = o.at AND m.rowid <= o.rowid))`,
        )
        .get(messageId, otherId) !== undefined
    );
  }

  /** Conversations whose latest message is the customer's: after a crash, some may still owe a reply. */
  endingWithCustomer(): string[] {
    return this.db
      .prepare(
        `SELECT c.id FROM conversations c
         WHERE c.channel <> 'task' AND (
           SELECT m.role FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.rowid DESC LIMIT 1
         ) = 'customer'
         ORDER BY c.updated_at`,
      )
      .pluck()
      .all() as string[];
  }

  /** The customer this conversation's channel or a one-time code verified, or null. */
  verifiedCustomer(id: string): { customerId: string; by: 'channel' | 'code' } | null {
    const row = this.db
      .prepare('SELECT verified_customer_id AS customerId, verified_by AS by FROM conversations WHERE id = ?')
      .get(id) as { customerId: string | null; by: 'channel' | 'code' | null } | undefined;
    return row?.customerId && row.by ? { customerId: row.customerId, by: row.by } : null;
  }

  /** Binds the conversation to the customer its channel or a one-time code verified. */
  verify(id: string, customerId: string, by: 'channel' | 'code'): void {
    this.db
      .prepare(
        'UPDATE conversations SET verified_customer_id = ?, verified_by = ?, customer_id = ? WHERE id = ?',
      )
      .run(customerId, by, customerId, id);
  }

  /**
   * Customer messages stored after `afterId` (all of them when it is null), oldest first: what a run
   * that never started, or never finished perceiving, still owes an answer.
   */
  customerMessagesAfter(conversationId: string, afterId: string | null): Message[] {
    const all = this.messages(conversationId);
    const index = afterId === null ? -1 : all.findIndex((m) => m.id === afterId);
    if (afterId !== null && index === -1) return [];
    return all.slice(index + 1).filter((m) => m.role === 'customer');
  }
}
