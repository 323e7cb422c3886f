import type { Database } from '../../store/database';
import type { UsagePoint } from '../format';
import type { Feature } from '../../../shared/saas-catalog';

interface UsageRow {
  account_id: string;
  feature: Feature;
  date: string;
  active_users: number;
}

/** Usage points matching an SQL tail over sb_usage. */
export function readUsage(db: Database, tail: string, ...params: unknown[]): UsagePoint[] {
  const rows = db
    .prepare(`SELECT account_id, feature, date, active_users FROM sb_usage ${tail}`)
    .all(...params) as UsageRow[];
  return rows.map((row) => ({
    accountId: row.account_id,
    feature: row.feature,
    date: row.date,
    activeUsers: row.active_users,
  }));
}

/** Prepares an insert of usage points. */
export function usageWriter(db: Database): (point: UsagePoint) => void {
  const insert = db.prepare(
    'INSERT INTO sb_usage (account_id, feature, date, active_users) VALUES (@accountId, @feature, @date, @activeUsers)',
  );
  return (point) => insert.run(point);
}
