import { ok, type Result } from '../../shared/result';
import type { Account, Interaction, Subscription, Ticket, Touchpoint } from '../sandbox/format';
import { AccountsRepo } from '../sandbox/repos/accounts-repo';
import { TouchpointsRepo } from '../sandbox/repos/touchpoints-repo';
import { UsageRepo, type UsageSeries } from '../sandbox/repos/usage-repo';
import type { Feature } from '../sandbox/saas-catalog';
import { readCustomers, readInteractions } from '../sandbox/tables/customers';
import { readTickets } from '../sandbox/tables/tickets';
import { addDays, isoDate } from '../sandbox/time';
import type { Database } from '../store/database';

/** How far back the cheat sheet looks: usage, contacts and competitor talk older than this are history. */
export const lookback = { usageDays: 84, contactDays: 90, mentionDays: 180, ticketDays: 30 } as const;

/** Everything the cheat sheet knows about an account as of `now`; nothing dated after it. */
export interface AccountSignals {
  account: Account;
  /** The contact customer's name. */
  contactName: string;
  /** The contact customer's currency, which the subscription is priced in. */
  currency: string;
  subscription: Subscription;
  /** Per feature, oldest week first, within the usage lookback. */
  usage: UsageSeries[];
  /** The last week each feature had any active user, however long ago. */
  lastActive: Map<Feature, string>;
  /** Newest first, within the competitor-mention lookback. */
  touchpoints: Touchpoint[];
  /** The latest touchpoint, however old. */
  lastTouchpoint: Touchpoint | null;
  /** The contact customer's tickets. */
  tickets: Ticket[];
  /** The contact customer's interactions within the contact lookback, newest first. */
  interactions: Interaction[];
}

/** Reads an account's subscription, usage, touchpoints and its contact's tickets and interactions. */
export function readAccountSignals(db: Database, accountId: string, now: Date): Result<AccountSignals> {
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
