import type { Database } from '../../store/database';
import type { Touchpoint, TouchpointChannel } from '../format';

interface TouchpointRow {
  account_id: string;
  at: string;
  channel: TouchpointChannel;
  summary: string;
}

/** Touchpoints matching an SQL tail over sb_touchpoints. */
export function readTouchpoints(db: Database, tail: string, ...params: unknown[]): Touchpoint[] {
  const rows = db
    .prepare(`SELECT account_id, at, channel, summary FROM sb_touchpoints ${tail}`)
    .all(...params) as TouchpointRow[];
  return rows.map((row) => ({
    accountId: row.account_id,
    at: row.at,
    channel: row.channel,
    summary: row.summary,
  }));
}

/** Prepares an insert of touchpoints. */
export function touchpointWriter(db: Database): (touchpoint: Touchpoint) => void {
  const insert = db.prepare(
    'INSERT INTO sb_touchpoints (account_id, at, channel, summary) VALUES (@accountId, @at, @channel, @summary)',
  );
  return (touchpoint) => insert.run(touchpoint);
}
