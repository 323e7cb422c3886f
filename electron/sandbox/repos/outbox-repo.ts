import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import { EmailAddress, Id, text, type OutboxEmail } from '../format';
import { resolveOrderId } from '../tables/orders';
import { emailWriter, readEmails } from '../tables/outbox';
import { checkInput, nextId, systemClock, type Clock } from './repo-support';

const NewEmail = z.strictObject({
  to: EmailAddress,
  subject: text(200),
  body: text(20_000),
  relatedOrderId: Id.optional(),
  customerId: Id.optional(),
});
export type NewEmail = z.input<typeof NewEmail>;

/** The email outbox: what the sandbox "sends" is kept here for the rep and the tests to read. */
export class OutboxRepo {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  /** Sends an email: records it in the outbox, stamped now. */
  send(input: NewEmail): Result<OutboxEmail> {
    const checked = checkInput(NewEmail, input);
    if (!checked.ok) return checked;
    const { to, subject, body, customerId } = checked.value;
    return this.db.transaction((): Result<OutboxEmail> => {
      const relatedOrderId =
        checked.value.relatedOrderId === undefined
          ? null
          : resolveOrderId(this.db, checked.value.relatedOrderId);
      if (relatedOrderId === undefined) {
        return fail('not_found', `No order with id ${checked.value.relatedOrderId}.`, 'relatedOrderId');
      }
      if (
        customerId !== undefined &&
        this.db.prepare('SELECT 1 FROM sb_customers WHERE id = ?').get(customerId) === undefined
      ) {
        return fail('not_found', `No customer with id ${customerId}.`, 'customerId');
      }
      const email: OutboxEmail = {
        id: nextId(this.db, 'sb_outbox', 'em_', 6),
        to,
        subject,
        body,
        sentAt: this.now().toISOString(),
        relatedOrderId,
        customerId: customerId ?? null,
      };
      emailWriter(this.db)(email);
      return ok(email);
    })();
  }

  /** The latest emails sent, newest first. */
  recent(limit = 50): OutboxEmail[] {
    return readEmails(this.db, 'ORDER BY sent_at DESC, rowid DESC LIMIT ?', limit);
  }
}
