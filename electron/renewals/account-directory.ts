import type { AccountSummary } from '../../shared/cheatsheet';
import type { Database } from '../store/database';

/** The renewal desk's book of accounts, soonest renewal first. */
export function listAccounts(db: Database, limit = 5000): AccountSummary[] {
  return db
    .prepare(
      `SELECT a.id, a.name, a.customer_id AS customerId, s.plan, s.seats, s.seats_used AS seatsUsed, s.renewal_date AS renewalDate
       FROM sb_accounts a JOIN sb_subscriptions s ON s.account_id = a.id
       ORDER BY s.renewal_date, a.id LIMIT ?`,
    )
    .all(limit) as AccountSummary[];
}
