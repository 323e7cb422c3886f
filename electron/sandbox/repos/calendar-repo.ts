import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import { DateTime, Id, PositiveInt, text, type CalendarEvent } from '../format';
import { endOf, eventWriter, readEvents } from '../tables/calendar';
import { checkInput, nextId, systemClock, type Clock } from './repo-support';

const NewCall = z.strictObject({
  customerId: Id,
  startsAt: DateTime,
  durationMinutes: PositiveInt.max(480, { error: 'expected at most 480 minutes' }),
  title: text(200),
  notes: z.string().trim().max(4000).default(''),
});
export type NewCall = z.input<typeof NewCall>;

/** The calendar of scheduled calls with customers; one calendar, so calls may not overlap. */
export class CalendarRepo {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  /** Books a call in the future that overlaps no other call. */
  schedule(input: NewCall): Result<CalendarEvent> {
    const checked = checkInput(NewCall, input);
    if (!checked.ok) return checked;
    const call = checked.value;
    if (Date.parse(call.startsAt) <= this.now().getTime()) {
      return fail('bad_request', 'startsAt: expected a time in the future', 'startsAt');
    }
    return this.db.transaction((): Result<CalendarEvent> => {
      if (this.db.prepare('SELECT 1 FROM sb_customers WHERE id = ?').get(call.customerId) === undefined) {
        return fail('not_found', `No customer with id ${call.customerId}.`, 'customerId');
      }
      const [clash] = readEvents(
        this.db,
        'WHERE starts_at < ? AND ends_at > ? LIMIT 1',
        endOf(call),
        call.startsAt,
      );
      if (clash) {
        return fail(
          'conflict',
          `startsAt: overlaps "${clash.title}" at ${clash.startsAt} (${clash.durationMinutes} min)`,
          'startsAt',
        );
      }
      const event: CalendarEvent = { id: nextId(this.db, 'sb_calendar', 'cal_', 5), ...call };
      eventWriter(this.db)(event);
      return ok(event);
    })();
  }

  /** Calls that have not ended yet, soonest first; only one customer's when an id is given. */
  upcoming(customerId?: string): CalendarEvent[] {
    const now = this.now().toISOString();
    return customerId === undefined
      ? readEvents(this.db, 'WHERE ends_at > ? ORDER BY starts_at', now)
      : readEvents(this.db, 'WHERE customer_id = ? AND ends_at > ? ORDER BY starts_at', customerId, now);
  }
}
