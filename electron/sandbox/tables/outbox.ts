import type { Database } from '../../store/database';
import type { OutboxEmail } from '../format';

interface EmailRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  sent_at: string;
  related_order_id: string | null;
  customer_id: string | null;
}

/** Outbox emails matching an SQL tail over sb_outbox. */
export function readEmails(db: Database, tail: string, ...params: unknown[]): OutboxEmail[] {
  const rows = db.prepare(`SELECT * FROM sb_outbox ${tail}`).all(...params) as EmailRow[];
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    sentAt: row.sent_at,
    relatedOrderId: row.related_order_id,
    customerId: row.customer_id,
  }));
}

/** Prepares an insert of outbox emails. */
export function emailWriter(db: Database): (email: OutboxEmail) => void {
  const insert = db.prepare(
    `INSERT INTO sb_outbox (id, to_address, subject, body, sent_at, related_order_id, customer_id)
     VALUES (@id, @to, @subject, @body, @sentAt, @relatedOrderId, @customerId)`,
  );
  return (email) => insert.run(email);
}
