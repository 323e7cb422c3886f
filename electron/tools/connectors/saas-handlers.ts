import type { RenewalQuoter } from '../../../shared/renewal-signals';
import type { Result } from '../../../shared/result';
import { AccountsRepo } from '../../sandbox/repos/accounts-repo';
import { UsageRepo } from '../../sandbox/repos/usage-repo';
import type { Database } from '../../store/database';
import type { Connector } from '../connector';
import { ToolError } from '../tool-error';

const day = (date: Date) => date.toISOString().slice(0, 10);
const weeksBefore = (now: Date, weeks: number) => new Date(now.getTime() - weeks * 7 * 86_400_000);
const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The renewal desk's tools on the sandbox: accounts, usage and policy-priced renewal quotes. The quote
 * comes from the renewal desk through `quote` (the app passes it in), so the tools never import it.
 */
export function saasHandlers(
  db: Database,
  unwrap: <T>(result: Result<T>) => T,
  quote: RenewalQuoter | undefined,
): Connector['handlers'] {
  const accounts = new AccountsRepo(db);
  const usage = new UsageRepo(db);
  return {
    'accounts.get': ({ accountId }) => {
      const account = unwrap(accounts.get(accountId));
      const { plan, seats, seatsUsed, pricePerSeat, renewalDate } = unwrap(accounts.subscription(accountId));
      return {
        account: { id: account.id, customerId: account.customerId, name: account.name },
        subscription: { plan, seats, seatsUsed, pricePerSeat, renewalDate },
      };
    },
    'accounts.usage': ({ accountId }, { now }) => {
      const subscription = unwrap(accounts.subscription(accountId));
      const today = now();
      const recentFrom = day(weeksBefore(today, 4));
      const previousFrom = day(weeksBefore(today, 8));
      const lastActive = unwrap(usage.lastActiveByFeature(accountId, day(today)));
      const features = unwrap(
        usage.seriesByFeature(accountId, { since: previousFrom, until: day(today) }),
      ).map((series) => {
        const recent = average(series.points.filter((p) => p.date > recentFrom).map((p) => p.activeUsers));
        const previous = average(series.points.filter((p) => p.date <= recentFrom).map((p) => p.activeUsers));
        return {
          feature: series.feature,
          recent: round(recent),
          previous: round(previous),
          change: previous > 0 ? Math.round(((recent - previous) / previous) * 1000) / 1000 : null,
          lastActive: lastActive.get(series.feature) ?? null,
        };
      });
      return { accountId, seats: subscription.seats, seatsUsed: subscription.seatsUsed, features };
    },
    'renewals.quote': async ({ accountId }, { now }) => {
      if (!quote) throw new ToolError('unavailable', 'Renewal quotes are not available here.');
      return unwrap(await quote(accountId, now()));
    },
  };
}
