import type { EventPayload } from '../../shared/contract';
import type { Policy } from '../../shared/policy';
import { logger } from '../log';
import type { EventBus } from '../services/event-bus';
import { buildCheatSheet } from './build-cheat-sheet';
import type { RenewalSignals, UpcomingCall } from './renewal-signals';

export type { UpcomingCall } from './renewal-signals';

/**
 * Before each scheduled call the rep gets the account's cheat sheet, pushed as a 'call.upcoming'
 * event (once per call). Checks every minute; `check` runs one round, for tests and at start. Calls
 * come from the port's calendar; a port without one (a CRM) announces nothing.
 */
export class CallReminders {
  private readonly announced = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Rounds run one after another, so two rounds never announce the same call twice. */
  private round: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly signals: () => RenewalSignals,
    private readonly bus: EventBus,
    private readonly policy: () => Policy,
    private readonly now: () => Date,
    private readonly leadMinutes = 15,
  ) {}

  start(everyMs = 60_000): void {
    const tick = () =>
      void this.check().catch((error: unknown) => logger.warn({ err: error }, 'call reminders failed'));
    tick();
    this.timer = setInterval(tick, everyMs);
    this.timer.unref();
    // A call booked for the next few minutes is announced at once, not at the next tick.
    this.unsubscribe = this.bus.subscribe((event, payload) => {
      if (event !== 'action.updated') return;
      const action = payload as EventPayload<'action.updated'>;
      if (action.tool === 'calendar.schedule' && action.status === 'executed') tick();
    });
  }

  stop(): void {
    clearInterval(this.timer);
    this.unsubscribe?.();
  }

  /** One round: announces the calls due within the lead time that were not announced yet. */
  check(): Promise<UpcomingCall[]> {
    const next = this.round.then(() => this.announceDue());
    this.round = next.catch(() => undefined);
    return next;
  }

  private async announceDue(): Promise<UpcomingCall[]> {
    const signals = this.signals();
    if (!signals.upcomingCalls) return [];
    const now = this.now();
    const calls = await signals.upcomingCalls(now, new Date(now.getTime() + this.leadMinutes * 60_000));
    const due = calls.filter((call) => !this.announced.has(call.eventId));
    for (const call of due) {
      const sheet = await buildCheatSheet(signals, call.accountId, {
        now: this.now(),
        policy: this.policy(),
      });
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
