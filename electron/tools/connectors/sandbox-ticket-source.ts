import type { InboundTicket, TicketPage, TicketSource } from '../../connectors/inbound/ticket-source';
import type { Ticket } from '../../sandbox/format';
import { TicketsRepo } from '../../sandbox/repos/tickets-repo';
import { systemClock, type Clock } from '../../sandbox/repos/repo-support';
import { readTickets } from '../../sandbox/tables/tickets';
import type { Database } from '../../store/database';
import { unwrap } from './sandbox-connector';

/** The author the app writes its replies and notes as, so they read back as its own. */
export const sandboxTicketAuthor = 'Agent Assist';

export interface SandboxTicketSourceOptions {
  clock?: Clock;
  /** Tickets per page. */
  pageSize?: number;
  /**
   * Only these tickets (the first-run working day takes in a chosen handful); without it, every open
   * or pending ticket.
   */
  only?: () => readonly string[];
}

/** The cursor: the last ticket handed out, in (updated_at, id) order. */
interface Cursor {
  at: string;
  id: string;
}

const encode = (cursor: Cursor) => JSON.stringify([cursor.at, cursor.id]);
const decode = (text: string | null): Cursor | null => {
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string')
      return { at: parsed[0], id: parsed[1] };
  } catch {
    // An unreadable cursor starts over; the sync never takes a comment in twice.
  }
  return null;
};

/**
 * The sandbox's tickets as a helpdesk the inbound sync pulls, like a real one: open and pending
 * tickets changed since the cursor, with their comments (the customer's as the requester's, the app's
 * own by its author), and replies and notes written back as comments.
 */
export function sandboxTicketSource(db: Database, options: SandboxTicketSourceOptions = {}): TicketSource {
  const tickets = new TicketsRepo(db, options.clock ?? systemClock);
  const pageSize = options.pageSize ?? 25;
  const customerOf = db.prepare('SELECT name, email FROM sb_customers WHERE id = ?');

  const inbound = (ticket: Ticket): InboundTicket => {
    const customer = ticket.customerId
      ? (customerOf.get(ticket.customerId) as { name: string; email: string } | undefined)
      : undefined;
    return {
      id: ticket.id,
      subject: ticket.subject,
      requesterEmail: customer?.email ?? null,
      status: ticket.status,
      updatedAt: ticket.updatedAt,
      comments: ticket.comments.map((comment) => ({
        id: comment.id,
        byUs: comment.author === sandboxTicketAuthor,
        byRequester: customer !== undefined && comment.author === customer.name,
        public: comment.public,
        text: comment.body,
        at: comment.at,
      })),
    };
  };

  return {
    async pull(cursorText) {
      const cursor = decode(cursorText);
      const only = options.only?.();
      if (only && only.length === 0) return { tickets: [], cursor: cursorText, more: false };
      const chosen = only ? `AND id IN (${only.map(() => '?').join(', ')})` : '';
      const after = cursor ? 'AND (updated_at > ? OR (updated_at = ? AND id > ?))' : '';
      const rows = readTickets(
        db,
        `WHERE status IN ('open', 'pending') ${chosen} ${after} ORDER BY updated_at, id LIMIT ?`,
        ...(only ?? []),
        ...(cursor ? [cursor.at, cursor.at, cursor.id] : []),
        pageSize + 1,
      );
      const page = rows.slice(0, pageSize);
      const last = page[page.length - 1];
      const result: TicketPage = {
        tickets: page.map(inbound),
        cursor: last ? encode({ at: last.updatedAt, id: last.id }) : cursorText,
        more: rows.length > pageSize,
      };
      return result;
    },
    async postReply(ticketId, text) {
      const posted = unwrap(
        tickets.comment(ticketId, { author: sandboxTicketAuthor, body: text, public: true }),
      );
      return { commentId: posted.comment.id };
    },
    async postNote(ticketId, text, _key, change) {
      const posted = unwrap(
        tickets.comment(ticketId, { author: sandboxTicketAuthor, body: text, public: false }),
      );
      const patch = {
        ...(change?.status ? { status: change.status } : {}),
        ...(change?.tags ? { tags: [...new Set([...posted.ticket.tags, ...change.tags])].slice(0, 20) } : {}),
      };
      if (Object.keys(patch).length > 0) unwrap(tickets.update(ticketId, patch));
      return { commentId: posted.comment.id };
    },
  };
}
