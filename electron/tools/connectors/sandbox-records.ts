import type { Database } from '../../store/database';
import { resolveOrderId } from '../../sandbox/tables/orders';
import { readInteractions } from '../../sandbox/tables/customers';
import type { CreditRecord, OpenTicketRecord, RecordsPort } from '../connector';
import type { RecordKind } from '../record-refs';

/** Who owns each kind of sandbox record, by the id a tool call names it with. */
const ownerQueries: Record<Exclude<RecordKind, 'order'>, string> = {
  customer: 'SELECT id FROM sb_customers WHERE id = ?',
  email: 'SELECT id FROM sb_customers WHERE email = ? COLLATE NOCASE',
  shipment: `SELECT o.customer_id FROM sb_shipments s JOIN sb_orders o ON o.id = s.order_id
             WHERE s.tracking_number = ?`,
  ticket: 'SELECT customer_id FROM sb_tickets WHERE id = ?',
  account: 'SELECT customer_id FROM sb_accounts WHERE id = ?',
};

/** The sandbox's answers about ownership and credit history, straight from its tables. */
export function sandboxRecords(db: Database): RecordsPort {
  return {
    ownerOf(kind, id) {
      if (kind === 'order') {
        const orderId = resolveOrderId(db, id);
        if (orderId === undefined) return null;
        return db.prepare('SELECT customer_id FROM sb_orders WHERE id = ?').pluck().get(orderId) as string;
      }
      const owner = db.prepare(ownerQueries[kind]).pluck().get(id.trim()) as string | null | undefined;
      // A ticket may belong to nobody (a contact form before the person was known): nobody's to reach.
      return owner ?? null;
    },
    creditsSince(customerId, since) {
      return (
        db
          .prepare(
            `SELECT created_at AS at, order_id AS orderId, amount_cents, currency FROM sb_credits
             WHERE customer_id = ? AND created_at >= ? ORDER BY created_at`,
          )
          .all(customerId, since) as {
          at: string;
          orderId: string | null;
          amount_cents: number;
          currency: string;
        }[]
      ).map(({ at, orderId, amount_cents, currency }): CreditRecord => ({
        at,
        orderId,
        amount: amount_cents / 100,
        currency,
      }));
    },
    interactionsSince(customerId, since) {
      return readInteractions(
        db,
        'WHERE customer_id = ? AND at >= ? ORDER BY at DESC, rowid DESC',
        customerId,
        since,
      ).map(({ id, at, channel, topic, summary }) => ({ id, at, channel, topic, summary }));
    },
    openTickets(customerId) {
      return (
        db
          .prepare(
            `SELECT id, subject, status, tags, order_id AS orderId, created_at AS createdAt FROM sb_tickets
             WHERE customer_id = ? AND status IN ('open', 'pending') ORDER BY created_at DESC`,
          )
          .all(customerId) as (Omit<OpenTicketRecord, 'tags'> & { tags: string })[]
      ).map((ticket) => ({ ...ticket, tags: JSON.parse(ticket.tags) as string[] }));
    },
  };
}
