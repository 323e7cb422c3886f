import type { InboundSystem } from '../../../shared/connections';
import type { Database } from '../../store/database';

/** A post the app owes a ticket, or made: `source` names what it carries ("message:<id>", "escalation:<id>"). */
export interface SyncPost {
  system: InboundSystem;
  ticketId: string;
  source: string;
  kind: 'reply' | 'note';
  text: string;
  state: 'posting' | 'posted';
  commentId: string | null;
}

/** What inbound sync remembers, in the app's database, so a restart neither misses nor repeats. */
export class SyncStore {
  constructor(private readonly db: Database) {}

  cursor(system: InboundSystem): string | null {
    const row = this.db.prepare('SELECT cursor FROM sync_cursors WHERE system = ?').get(system) as
      { cursor: string | null } | undefined;
    return row?.cursor ?? null;
  }

  saveCursor(system: InboundSystem, cursor: string | null, at: string): void {
    this.db
      .prepare(
        `INSERT INTO sync_cursors (system, cursor, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (system) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`,
      )
      .run(system, cursor, at);
  }

  conversationOf(system: InboundSystem, ticketId: string): string | null {
    const row = this.db
      .prepare('SELECT conversation_id FROM synced_tickets WHERE system = ? AND ticket_id = ?')
      .get(system, ticketId) as { conversation_id: string } | undefined;
    return row?.conversation_id ?? null;
  }

  /** The ticket a conversation came from, if it came from a helpdesk. */
  ticketOf(conversationId: string): { system: InboundSystem; ticketId: string } | null {
    const row = this.db
      .prepare('SELECT system, ticket_id FROM synced_tickets WHERE conversation_id = ?')
      .get(conversationId) as { system: InboundSystem; ticket_id: string } | undefined;
    return row ? { system: row.system, ticketId: row.ticket_id } : null;
  }

  linkTicket(system: InboundSystem, ticketId: string, conversationId: string, at: string): void {
    this.db
      .prepare(
        'INSERT INTO synced_tickets (system, ticket_id, conversation_id, created_at) VALUES (?, ?, ?, ?)',
      )
      .run(system, ticketId, conversationId, at);
  }

  /** Every synced ticket of a system with its conversation. */
  tickets(system: InboundSystem): { ticketId: string; conversationId: string; createdAt: string }[] {
    return (
      this.db
        .prepare('SELECT ticket_id, conversation_id, created_at FROM synced_tickets WHERE system = ?')
        .all(system) as { ticket_id: string; conversation_id: string; created_at: string }[]
    ).map((row) => ({
      ticketId: row.ticket_id,
      conversationId: row.conversation_id,
      createdAt: row.created_at,
    }));
  }

  hasComment(system: InboundSystem, ticketId: string, commentId: string): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM synced_comments WHERE system = ? AND ticket_id = ? AND comment_id = ?')
        .get(system, ticketId, commentId) !== undefined
    );
  }

  /** A comment taken in (or posted by the app): never taken in again. */
  markComment(system: InboundSystem, ticketId: string, commentId: string, messageId: string | null): void {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO synced_comments (system, ticket_id, comment_id, message_id) VALUES (?, ?, ?, ?)',
      )
      .run(system, ticketId, commentId, messageId);
  }

  post(system: InboundSystem, source: string): SyncPost | null {
    const row = this.db
      .prepare('SELECT * FROM sync_posts WHERE system = ? AND source = ?')
      .get(system, source) as
      | {
          system: InboundSystem;
          ticket_id: string;
          source: string;
          kind: 'reply' | 'note';
          text: string;
          state: 'posting' | 'posted';
          comment_id: string | null;
        }
      | undefined;
    return row
      ? {
          system: row.system,
          ticketId: row.ticket_id,
          source: row.source,
          kind: row.kind,
          text: row.text,
          state: row.state,
          commentId: row.comment_id,
        }
      : null;
  }

  /** Posts begun but not known to have landed (the app stopped between sending and recording). */
  unfinishedPosts(system: InboundSystem, ticketId: string): SyncPost[] {
    return (
      this.db
        .prepare("SELECT source FROM sync_posts WHERE system = ? AND ticket_id = ? AND state = 'posting'")
        .all(system, ticketId) as { source: string }[]
    ).map((row) => this.post(system, row.source)!);
  }

  /** Records the intent to post before sending, so a crash leaves a trace to reconcile. */
  beginPost(post: Omit<SyncPost, 'state' | 'commentId'>, at: string): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO sync_posts (system, ticket_id, source, kind, text, state, comment_id, at)
         VALUES (?, ?, ?, ?, ?, 'posting', NULL, ?)`,
      )
      .run(post.system, post.ticketId, post.source, post.kind, post.text, at);
  }

  finishPost(system: InboundSystem, source: string, commentId: string | null): void {
    this.db
      .prepare("UPDATE sync_posts SET state = 'posted', comment_id = ? WHERE system = ? AND source = ?")
      .run(commentId, system, source);
  }
}
