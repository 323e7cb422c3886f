import type { EventPayload } from '../../shared/contract';
import type { Policy } from '../../shared/policy';
import { logger } from '../log';
import type { EventBus } from '../services/event-bus';
import type { Database } from '../store/database';
import { buildCheatSheet } from './build-cheat-sheet';

export interface UpcomingCall {
  eventId: string;
  accountId: string;
  accountName: string;
  startsAt: string;
}

/** Calls with an account's contact that start within the next `minutes`, soonest first. */
export function upcomingCalls(db: Database, now: Date, minutes: number): UpcomingCall[] {
  return db
    .prepare(
      `SELECT c.id AS eventId, a.id AS accountId, a.name AS accountName, c.starts_at AS startsAt
       FROM sb_calendar c JOIN sb_accounts a ON a.customer_id = c.customer_id
       WHERE c.starts_at > ? AND c.starts_at <= ? ORDER BY c.starts_at, c.id`,
    )
    .all(now.toISOString(), new Date(now.getTime() + minutes * 60_000).toISOString()) as UpcomingCall[];
}

/**
 * Before each scheduled call the rep gets the account's cheat sheet, pushed as a 'call.upcoming'
 * event (once per call). Checks every minute; `check` runs one round, for tests and at start.
 */
export class CallReminders {
  private readonly announced = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
    private readonly policy: () => Policy,
    private readonly now: () => Date,
    private readonly leadMinutes = 15,
  ) {}

  start(everyMs = 60_000): void {
    this.check();
    this.timer = setInterval(() => this.check(), everyMs);
    this.timer.unref();
    // A call booked for the next few minutes is announced at once, not at the next tick.
    this.unsubscribe = this.bus.subscribe((event, payload) => {
      if (event !== 'action.updated') return;
      const action = payload as EventPayload<'action.updated'>;
      if (action.tool === 'calendar.schedule' && action.status === 'executed') this.check();
    });
  }

  stop(): void {
    clearInterval(this.timer);
    this.unsubscribe?.();
  }

  check(): UpcomingCall[] {
    const due = upcomingCalls(this.db, this.now(), this.leadMinutes).filter(
      (call) => !this.announced.has(call.eventId),
    );
    for (const call of due) {
      const sheet = buildCheatSheet(this.db, call.accountId, { now: this.now(), policy: this.policy() });
      if (!sheet.ok) {
        logger.warn({ err: sheet.error, call }, 'no cheat sheet for an upcoming call');
        continue;
      }
      this.announced.add(call.eventId);
      this.bus.emit('call.upcoming', { ...call, cheatSheet: sheet.value });
    }
    return due;
  }
}
