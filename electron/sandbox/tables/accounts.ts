import type { Database } from '../../store/database';
import type { Account, Subscription } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import type { Plan } from '../../../shared/cheatsheet';

interface AccountRow {
  id: string;
  customer_id: string;
  name: string;
}

/** SaaS accounts matching an SQL tail over sb_accounts. */
export function readAccounts(db: Database, tail: string, ...params: unknown[]): Account[] {
  const rows = db
    .prepare(`SELECT id, customer_id, name FROM sb_accounts ${tail}`)
    .all(...params) as AccountRow[];
  return rows.map((row) => ({ id: row.id, customerId: row.customer_id, name: row.name }));
}

/** Prepares an insert of accounts. */
export function accountWriter(db: Database): (account: Account) => void {
  const insert = db.prepare(
    'INSERT INTO sb_accounts (id, customer_id, name) VALUES (@id, @customerId, @name)',
  );
  return (account) => insert.run(account);
}

interface SubscriptionRow {
  account_id: string;
  plan: Plan;
  seats: number;
  seats_used: number;
  price_per_seat_cents: number;
  renewal_date: string;
}

/** Subscriptions matching an SQL tail over sb_subscriptions. */
export function readSubscriptions(db: Database, tail: string, ...params: unknown[]): Subscription[] {
  const rows = db
    .prepare(
      `SELECT account_id, plan, seats, seats_used, price_per_seat_cents, renewal_date FROM sb_subscriptions ${tail}`,
    )
    .all(...params) as SubscriptionRow[];
  return rows.map((row) => ({
    accountId: row.account_id,
    plan: row.plan,
    seats: row.seats,
    seatsUsed: row.seats_used,
    pricePerSeat: fromCents(row.price_per_seat_cents),
    renewalDate: row.renewal_date,
  }));
}

/** Prepares an insert of subscriptions. */
export function subscriptionWriter(db: Database): (subscription: Subscription) => void {
  const insert = db.prepare(
    `INSERT INTO sb_subscriptions (account_id, plan, seats, seats_used, price_per_seat_cents, renewal_date)
     VALUES (@accountId, @plan, @seats, @seatsUsed, @cents, @renewalDate)`,
  );
  return (subscription) => insert.run({ ...subscription, cents: toCents(subscription.pricePerSeat) });
}
