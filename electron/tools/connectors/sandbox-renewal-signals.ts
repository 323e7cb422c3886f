import type { AccountSummary } from '../../../shared/cheatsheet';
import {
  lookback,
  type AccountSignals,
  type RenewalSignals,
  type UpcomingCall,
} from '../../../shared/renewal-signals';
import { ok, type Result } from '../../../shared/result';
import { AccountsRepo } from '../../sandbox/repos/accounts-repo';
import { TouchpointsRepo } from '../../sandbox/repos/touchpoints-repo';
import { UsageRepo } from '../../sandbox/repos/usage-repo';
import { readCustomers, readInteractions } from '../../sandbox/tables/customers';
import { readTickets } from '../../sandbox/tables/tickets';
import { addDays, isoDate } from '../../../shared/time';
import type { Database } from '../../store/database';

/** Reads an account's subscription, usage, touchpoints and its contact's tickets and interactions. */
function readAccountSignals(db: Database, accountId: string, now: Date): Result<AccountSignals> {
  const accounts = new AccountsRepo(db);
  const account = accounts.get(accountId);
  if (!account.ok) return account;
  const subscription = accounts.subscription(accountId);
  if (!subscription.ok) return subscription;
  // The foreign key guarantees the contact customer exists.
  const customer = readCustomers(db, 'WHERE id = ?', account.value.customerId)[0]!;
  const today = isoDate(now);
  const at = now.toISOString();
  const usageRepo = new UsageRepo(db);
  const usage = usageRepo.seriesByFeature(accountId, {
    since: isoDate(addDays(now, -lookback.usageDays)),
    until: today,
  });
  const lastActive = usageRepo.lastActiveByFeature(accountId, today);
  const touchpoints = new TouchpointsRepo(db);
  const recent = touchpoints.list(accountId, {
    since: addDays(now, -lookback.mentionDays).toISOString(),
    until: at,
    limit: 1000,
  });
  const latest = touchpoints.list(accountId, { until: at, limit: 1 });
  if (!usage.ok) return usage;
  if (!lastActive.ok) return lastActive;
  if (!recent.ok) return recent;
  if (!latest.ok) return latest;
  return ok({
    account: account.value,
    contactName: customer.name,
    currency: customer.currency,
    subscription: subscription.value,
    usageTracked: true,
    usage: usage.value,
    lastActive: lastActive.value,
    touchpoints: recent.value,
    lastTouchpoint: latest.value[0] ?? null,
    tickets: readTickets(db, 'WHERE customer_id = ? AND created_at <= ?', customer.id, at),
    interactions: readInteractions(
      db,
      'WHERE customer_id = ? AND at > ? AND at <= ? ORDER BY at DESC',
      customer.id,
      addDays(now, -lookback.contactDays).toISOString(),
      at,
    ),
  });
}

/**
 * The renewal-signals port on the sandbox: its accounts, subscriptions, weekly usage, touchpoints,
 * its contacts' tickets and interactions, and its calendar. The only reader of these sb_ tables for
 * the renewal desk.
 */
export function sandboxRenewalSignals(db: Database): RenewalSignals {
  return {
    async accounts(limit = 5000) {
      return db
        .prepare(
          `SELECT a.id, a.name, a.customer_id AS customerId, s.plan, s.seats, s.seats_used AS seatsUsed, s.renewal_date AS renewalDate
           FROM sb_accounts a JOIN sb_subscriptions s ON s.account_id = a.id
           ORDER BY s.renewal_date, a.id LIMIT ?`,
        )
        .all(limit) as AccountSummary[];
    },
    async signals(accountId, now) {
      return readAccountSignals(db, accountId, now);
    },
    async upcomingCalls(from, to) {
      return db
        .prepare(
          `SELECT c.id AS eventId, a.id AS accountId, a.name AS accountName, c.starts_at AS startsAt
           FROM sb_calendar c JOIN sb_accounts a ON a.customer_id = c.customer_id
           WHERE c.starts_at > ? AND c.starts_at <= ? ORDER BY c.starts_at, c.id`,
        )
        .all(from.toISOString(), to.toISOString()) as UpcomingCall[];
    },
  };
}
