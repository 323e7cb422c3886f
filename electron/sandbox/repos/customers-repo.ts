import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import {
  Address,
  Id,
  InteractionChannel,
  text,
  type Customer,
  type CustomerNote,
  type Interaction,
} from '../format';
import { toJson } from '../tables/json-column';
import {
  interactionWriter,
  noteWriter,
  phoneKey,
  readCustomers,
  readInteractions,
  readNotes,
} from '../tables/customers';
import { checkInput, nextId, systemClock, type Clock } from './repo-support';

const CustomerQuery = z.strictObject({
  id: Id.optional(),
  email: text(200).optional(),
  phone: text(40).optional(),
  name: text(200).optional(),
  /** Postal code of the customer's default address; narrows a name search. */
  zip: text(20).optional(),
  limit: z.int().min(1).max(100).default(20),
});
export type CustomerQuery = z.input<typeof CustomerQuery>;

const NewInteraction = z.strictObject({
  customerId: Id,
  channel: InteractionChannel,
  topic: text(200),
  summary: text(4000),
  outcome: text(200),
  csat: z.int().min(1).max(5).nullable().default(null),
});
export type NewInteraction = z.input<typeof NewInteraction>;

const NewNote = z.strictObject({ customerId: Id, author: text(100), text: text(4000) });
export type NewNote = z.input<typeof NewNote>;

/** A customer with what a rep reads first: the latest interactions (newest first) and notes. */
export interface CustomerProfile {
  customer: Customer;
  recentInteractions: Interaction[];
  notes: CustomerNote[];
}

const nameWords = (name: string): string[] => name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The CRM: customers, their interactions and notes. */
export class CustomersRepo {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  /** One customer by id. */
  get(id: string): Result<Customer> {
    const [customer] = readCustomers(this.db, 'WHERE id = ?', id);
    return customer ? ok(customer) : fail('not_found', `No customer with id ${id}.`, 'id');
  }

  /**
   * Customers matching every criterion given: id; email ignoring case; phone by its last ten digits;
   * every word of the name; zip of the default address. An empty list when nobody matches.
   */
  find(query: CustomerQuery): Result<Customer[]> {
    const checked = checkInput(CustomerQuery, query);
    if (!checked.ok) return checked;
    const { id, email, phone, name, zip, limit } = checked.value;
    if ([id, email, phone, name].every((v) => v === undefined)) {
      return fail('bad_request', 'Give an id, email, phone or name to look a customer up.');
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => (where.push(clause), params.push(value));
    if (id !== undefined) add('id = ?', id);
    if (email !== undefined) add('email = ? COLLATE NOCASE', email);
    if (phone !== undefined) {
      const key = phoneKey(phone);
      if (key.length < 7) return fail('bad_request', 'phone: expected at least 7 digits', 'phone');
      add('phone_digits = ?', key);
    }
    if (name !== undefined) {
      const words = nameWords(name);
      if (words.length === 0) return fail('bad_request', 'name: expected letters or digits', 'name');
      for (const word of words) add("lower(name) LIKE '%' || ? || '%'", word);
    }
    if (zip !== undefined) add("json_extract(address, '$.zip') = ?", zip);
    return ok(
      readCustomers(this.db, `WHERE ${where.join(' AND ')} ORDER BY name, id LIMIT ?`, ...params, limit),
    );
  }

  /** A customer with their `recent` latest interactions and every note, newest first. */
  profile(id: string, recent = 5): Result<CustomerProfile> {
    const customer = this.get(id);
    if (!customer.ok) return customer;
    return ok({
      customer: customer.value,
      recentInteractions: readInteractions(
        this.db,
        'WHERE customer_id = ? ORDER BY at DESC, rowid DESC LIMIT ?',
        id,
        recent,
      ),
      notes: readNotes(this.db, 'WHERE customer_id = ? ORDER BY at DESC, rowid DESC', id),
    });
  }

  /** Records a contact with the customer, stamped now. */
  logInteraction(input: NewInteraction): Result<Interaction> {
    const checked = checkInput(NewInteraction, input);
    if (!checked.ok) return checked;
    const known = this.get(checked.value.customerId);
    if (!known.ok) return fail('not_found', known.error.message, 'customerId');
    return this.db.transaction(() => {
      const interaction: Interaction = {
        id: nextId(this.db, 'sb_interactions', 'int_', 6),
        ...checked.value,
        at: this.now().toISOString(),
      };
      interactionWriter(this.db)(interaction);
      return ok(interaction);
    })();
  }

  /** Adds a note to the customer's record, stamped now. */
  addNote(input: NewNote): Result<CustomerNote> {
    const checked = checkInput(NewNote, input);
    if (!checked.ok) return checked;
    const known = this.get(checked.value.customerId);
    if (!known.ok) return fail('not_found', known.error.message, 'customerId');
    return this.db.transaction(() => {
      const note: CustomerNote = {
        id: nextId(this.db, 'sb_customer_notes', 'note_', 5),
        ...checked.value,
        at: this.now().toISOString(),
      };
      noteWriter(this.db)(note);
      return ok(note);
    })();
  }

  /** Replaces the customer's default address (orders keep the address they were placed with). */
  updateAddress(id: string, address: Address): Result<Customer> {
    const checked = checkInput(z.strictObject({ address: Address }), { address });
    if (!checked.ok) return checked;
    const changed = this.db
      .prepare('UPDATE sb_customers SET address = ? WHERE id = ?')
      .run(toJson(checked.value.address), id).changes;
    return changed === 0 ? fail('not_found', `No customer with id ${id}.`, 'id') : this.get(id);
  }
}
