import type { Database } from '../../store/database';
import type { CalendarEvent } from '../format';

interface EventRow {
  id: string;
  customer_id: string;
  starts_at: string;
  duration_minutes: number;
  title: string;
  notes: string;
}

/** When a call ends, as stored next to its start so overlaps are one indexed comparison. */
export const endOf = (event: Pick<CalendarEvent, 'startsAt' | 'durationMinutes'>): string =>
  new Date(Date.parse(event.startsAt) + event.durationMinutes * 60_000).toISOString();

/** Scheduled calls matching an SQL tail over sb_calendar. */
export function readEvents(db: Database, tail: string, ...params: unknown[]): CalendarEvent[] {
  const rows = db
    .prepare(`SELECT id, customer_id, starts_at, duration_minutes, title, notes FROM sb_calendar ${tail}`)
    .all(...params) as EventRow[];
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    title: row.title,
    notes: row.notes,
  }));
}

/** Prepares an insert of scheduled calls. */
export function eventWriter(db: Database): (event: CalendarEvent) => void {
  const insert = db.prepare(
    `INSERT INTO sb_calendar (id, customer_id, starts_at, ends_at, duration_minutes, title, notes)
     VALUES (@id, @customerId, @startsAt, @endsAt, @durationMinutes, @title, @notes)`,
  );
  return (event) => insert.run({ ...event, endsAt: endOf(event) });
}
