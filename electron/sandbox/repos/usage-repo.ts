import { ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import type { Feature } from '../../../shared/saas-catalog';
import { readUsage } from '../tables/usage';
import { AccountsRepo } from './accounts-repo';

/** One feature's weekly active users, oldest week first. */
export interface UsageSeries {
  feature: Feature;
  points: { date: string; activeUsers: number }[];
}

/** Weekly feature usage of the SaaS accounts. */
export class UsageRepo {
  private readonly accounts: AccountsRepo;

  constructor(private readonly db: Database) {
    this.accounts = new AccountsRepo(db);
  }

  /** An account's usage per feature (features in name order), within [since, until] (YYYY-MM-DD) when given. */
  seriesByFeature(accountId: string, range: { since?: string; until?: string } = {}): Result<UsageSeries[]> {
    const known = this.accounts.get(accountId);
    if (!known.ok) return known;
    const points = readUsage(
      this.db,
      'WHERE account_id = ? AND date >= ? AND date <= ? ORDER BY feature, date',
      accountId,
      range.since ?? '0000-01-01',
      range.until ?? '9999-12-31',
    );
    const series = new Map<Feature, UsageSeries>();
    for (const { feature, date, activeUsers } of points) {
      const entry = series.get(feature) ?? { feature, points: [] };
      entry.points.push({ date, activeUsers });
      series.set(feature, entry);
    }
    return ok([...series.values()]);
  }

  /** The last week (YYYY-MM-DD) each feature had any active user, up to `until` when given. */
  lastActiveByFeature(accountId: string, until?: string): Result<Map<Feature, string>> {
    const known = this.accounts.get(accountId);
    if (!known.ok) return known;
    const rows = this.db
      .prepare(
        `SELECT feature, MAX(date) AS date FROM sb_usage
         WHERE account_id = ? AND active_users > 0 AND date <= ? GROUP BY feature`,
      )
      .all(accountId, until ?? '9999-12-31') as { feature: Feature; date: string }[];
    return ok(new Map(rows.map((row) => [row.feature, row.date])));
  }
}
