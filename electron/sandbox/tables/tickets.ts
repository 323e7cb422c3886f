import type { Database } from '../../store/database';
import type { Ticket, TicketComment } from '../format';
import { fromJson, toJson } from './json-column';

interface TicketRow {
  id: string;
  customer_id: string | null;
  order_id: string | null;
  subject: string;
  status: Ticket['status'];
  priority: Ticket['priority'];
  tags: string;
  assignee: string | null;
  created_at: string;
  updated_at: string;
}

interface CommentRow {
  id: string;
  author: string;
  body: string;
  public: number;
  at: string;
}

/** Tickets (with their comments, oldest first) matching an SQL tail over sb_tickets. */
export function readTickets(db: Database, tail: string, ...params: unknown[]): Ticket[] {
  const rows = db.prepare(`SELECT * FROM sb_tickets ${tail}`).all(...params) as TicketRow[];
  const comments = db.prepare(
    'SELECT id, author, body, public, at FROM sb_ticket_comments WHERE ticket_id = ? ORDER BY seq',
  );
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    orderId: row.order_id,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    tags: fromJson<string[]>(row.tags),
    assignee: row.assignee,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    comments: (comments.all(row.id) as CommentRow[]).map((comment): TicketComment => ({
      ...comment,
      public: comment.public === 1,
    })),
  }));
}

/** Prepares an insert of one comment at position `seq` of its ticket. */
export function commentWriter(db: Database): (ticketId: string, seq: number, comment: TicketComment) => void {
  const insert = db.prepare(
    'INSERT INTO sb_ticket_comments (id, ticket_id, seq, author, body, public, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return (ticketId, seq, comment) =>
    insert.run(comment.id, ticketId, seq, comment.author, comment.body, comment.public ? 1 : 0, comment.at);
}

/** Prepares an insert of whole tickets with their comments. */
export function ticketWriter(db: Database): (ticket: Ticket) => void {
  const insertTicket = db.prepare(
    `INSERT INTO sb_tickets (id, customer_id, order_id, subject, status, priority, tags, assignee, created_at, updated_at)
     VALUES (@id, @customerId, @orderId, @subject, @status, @priority, @tags, @assignee, @createdAt, @updatedAt)`,
  );
  const insertComment = commentWriter(db);
  return (ticket) => {
    insertTicket.run({ ...ticket, tags: toJson(ticket.tags) });
    ticket.comments.forEach((comment, seq) => insertComment(ticket.id, seq, comment));
  };
}
