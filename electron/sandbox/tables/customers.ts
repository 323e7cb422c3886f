import type { Database } from '../../store/database';
import type { Address, Customer, CustomerNote, Interaction, PaymentMethod, Tier } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import { fromJson, toJson } from './json-column';

interface CustomerRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  tier: Tier;
  lifetime_value_cents: number;
  currency: string;
  address: string | null;
  payment_methods: string;
  created_at: string;
}

/** The digits a phone lookup compares: the last ten, so "+1 (555) 010-0101" finds "555-010-0101". */
export const phoneKey = (phone: string): string => phone.replace(/\D/g, '').slice(-10);

const customerFromRow = (row: CustomerRow): Customer => ({
  id: row.id,
  name: row.name,
  email: row.email,
  phone: row.phone,
  tier: row.tier,
  lifetimeValue: fromCents(row.lifetime_value_cents),
  currency: row.currency,
  address: row.address === null ? null : fromJson<Address>(row.address),
  paymentMethods: fromJson<PaymentMethod[]>(row.payment_methods),
  createdAt: row.created_at,
});

/** Customers matching an SQL tail (`WHERE … ORDER BY …`) over sb_customers. */
export function readCustomers(db: Database, tail: string, ...params: unknown[]): Customer[] {
  const rows = db.prepare(`SELECT * FROM sb_customers ${tail}`).all(...params) as CustomerRow[];
  return rows.map(customerFromRow);
}

/** Prepares an insert of whole customers. */
export function customerWriter(db: Database): (customer: Customer) => void {
  const insert = db.prepare(
    `INSERT INTO sb_customers (id, name, email, phone, phone_digits, tier, lifetime_value_cents, currency, address, payment_methods, created_at)
     VALUES (@id, @name, @email, @phone, @phoneDigits, @tier, @cents, @currency, @address, @paymentMethods, @createdAt)`,
  );
  return (customer) =>
    insert.run({
      ...customer,
      phoneDigits: customer.phone === null ? null : phoneKey(customer.phone),
      cents: toCents(customer.lifetimeValue),
      address: customer.address === null ? null : toJson(customer.address),
      paymentMethods: toJson(customer.paymentMethods),
    });
}

interface NoteRow {
  id: string;
  customer_id: string;
  author: string;
  text: string;
  at: string;
}

/** Customer notes matching an SQL tail over sb_customer_notes. */
export function readNotes(db: Database, tail: string, ...params: unknown[]): CustomerNote[] {
  const rows = db.prepare(`SELECT * FROM sb_customer_notes ${tail}`).all(...params) as NoteRow[];
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    author: row.author,
    text: row.text,
    at: row.at,
  }));
}

/** Prepares an insert of customer notes. */
export function noteWriter(db: Database): (note: CustomerNote) => void {
  const insert = db.prepare(
    'INSERT INTO sb_customer_notes (id, customer_id, author, text, at) VALUES (@id, @customerId, @author, @text, @at)',
  );
  return (note) => insert.run(note);
}

interface InteractionRow {
  id: string;
  customer_id: string;
  channel: Interaction['channel'];
  at: string;
  topic: string;
  summary: string;
  outcome: string;
  csat: number | null;
}

/** Interactions matching an SQL tail over sb_interactions. */
export function readInteractions(db: Database, tail: string, ...params: unknown[]): Interaction[] {
  const rows = db.prepare(`SELECT * FROM sb_interactions ${tail}`).all(...params) as InteractionRow[];
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    at: row.at,
    topic: row.topic,
    summary: row.summary,
    outcome: row.outcome,
    csat: row.csat,
  }));
}

/** Prepares an insert of interactions. */
export function interactionWriter(db: Database): (interaction: Interaction) => void {
  const insert = db.prepare(
    `INSERT INTO sb_interactions (id, customer_id, channel, at, topic, summary, outcome, csat)
     VALUES (@id, @customerId, @channel, @at, @topic, @summary, @outcome, @csat)`,
  );
  return (interaction) => insert.run(interaction);
}
