import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import { Id, TicketPriority, TicketStatus, text, type Ticket, type TicketComment } from '../format';
import { toJson } from '../tables/json-column';
import { resolveOrderId } from '../tables/orders';
import { commentWriter, readTickets, ticketWriter } from '../tables/tickets';
import { checkInput, nextId, systemClock, type Clock } from './repo-support';

const Tags = z.array(text(50)).max(20);

const NewTicket = z.strictObject({
  customerId: Id.optional(),
  orderId: Id.optional(),
  subject: text(200),
  /** The first comment. */
  body: text(10_000),
  author: text(100).default('agent'),
  public: z.boolean().default(true),
  priority: TicketPriority.default('normal'),
  tags: Tags.default([]),
  assignee: text(100).optional(),
});
export type NewTicket = z.input<typeof NewTicket>;

const NewComment = z.strictObject({
  author: text(100),
  body: text(10_000),
  public: z.boolean().default(true),
});
export type NewComment = z.input<typeof NewComment>;

const TicketPatch = z.strictObject({
  status: TicketStatus.optional(),
  priority: TicketPriority.optional(),
  tags: Tags.optional(),
  assignee: text(100).nullable().optional(),
});
export type TicketPatch = z.input<typeof TicketPatch>;

/** Ticketing: tickets with status, priority, tags, assignee and a thread of comments. */
export class TicketsRepo {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  /** One ticket with its comments, oldest first. */
  get(ticketId: string): Result<Ticket> {
    const [ticket] = readTickets(this.db, 'WHERE id = ?', ticketId);
    return ticket ? ok(ticket) : fail('not_found', `No ticket with id ${ticketId}.`, 'ticketId');
  }

  /** A customer's tickets, most recently updated first. */
  listByCustomer(customerId: string, limit = 20): Result<Ticket[]> {
    if (this.db.prepare('SELECT 1 FROM sb_customers WHERE id = ?').get(customerId) === undefined) {
      return fail('not_found', `No customer with id ${customerId}.`, 'customerId');
    }
    return ok(
      readTickets(
        this.db,
        'WHERE customer_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT ?',
        customerId,
        limit,
      ),
    );
  }

  /** Opens a ticket whose first comment is `body`. */
  create(input: NewTicket): Result<Ticket> {
    const checked = checkInput(NewTicket, input);
    if (!checked.ok) return checked;
    const { customerId, subject, body, author, priority, tags, assignee } = checked.value;
    return this.db.transaction((): Result<Ticket> => {
      if (
        customerId !== undefined &&
        this.db.prepare('SELECT 1 FROM sb_customers WHERE id = ?').get(customerId) === undefined
      ) {
        return fail('not_found', `No customer with id ${customerId}.`, 'customerId');
      }
      const orderId =
        checked.value.orderId === undefined ? null : resolveOrderId(this.db, checked.value.orderId);
      if (orderId === undefined)
        return fail('not_found', `No order with id ${checked.value.orderId}.`, 'orderId');
      const at = this.now().toISOString();
      const ticket: Ticket = {
        id: nextId(this.db, 'sb_tickets', 'tkt_', 5),
        customerId: customerId ?? null,
        orderId,
        subject,
        status: 'open',
        priority,
        tags,
        assignee: assignee ?? null,
        createdAt: at,
        updatedAt: at,
        comments: [
          {
            id: nextId(this.db, 'sb_ticket_comments', 'cmt_', 6),
            author,
            body,
            public: checked.value.public,
            at,
          },
        ],
      };
      ticketWriter(this.db)(ticket);
      return ok(ticket);
    })();
  }

  /** Adds a comment (public to the customer, or an internal note) and touches the ticket. */
  comment(ticketId: string, input: NewComment): Result<{ comment: TicketComment; ticket: Ticket }> {
    const checked = checkInput(NewComment, input);
    if (!checked.ok) return checked;
    return this.db.transaction((): Result<{ comment: TicketComment; ticket: Ticket }> => {
      const found = this.get(ticketId);
      if (!found.ok) return found;
      const at = this.now().toISOString();
      const comment: TicketComment = {
        id: nextId(this.db, 'sb_ticket_comments', 'cmt_', 6),
        ...checked.value,
        at,
      };
      commentWriter(this.db)(ticketId, found.value.comments.length, comment);
      this.db.prepare('UPDATE sb_tickets SET updated_at = ? WHERE id = ?').run(at, ticketId);
      const ticket = this.get(ticketId);
      return ticket.ok ? ok({ comment, ticket: ticket.value }) : ticket;
    })();
  }

  /** Changes status, priority, tags or assignee (null unassigns); at least one of them. */
  update(ticketId: string, patch: TicketPatch): Result<Ticket> {
    const checked = checkInput(TicketPatch, patch);
    if (!checked.ok) return checked;
    const changes = Object.entries(checked.value).filter(([, value]) => value !== undefined);
    if (changes.length === 0)
      return fail('bad_request', 'Give a status, priority, tags or assignee to change.');
    return this.db.transaction((): Result<Ticket> => {
      const found = this.get(ticketId);
      if (!found.ok) return found;
      const { status, priority, tags, assignee } = {
        ...found.value,
        ...Object.fromEntries(changes),
      } as Ticket;
      this.db
        .prepare(
          'UPDATE sb_tickets SET status = ?, priority = ?, tags = ?, assignee = ?, updated_at = ? WHERE id = ?',
        )
        .run(status, priority, toJson(tags), assignee, this.now().toISOString(), ticketId);
      return this.get(ticketId);
    })();
  }
}
