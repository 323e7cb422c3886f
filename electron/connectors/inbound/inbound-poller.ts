import { logger } from '../../log';

/**
 * Pulls the helpdesks on an interval (read on every round, so a Settings change applies to the next
 * one). One round at a time: a slow helpdesk delays the next round instead of overlapping it.
 */
export class InboundPoller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly round: () => Promise<void>,
    private readonly intervalMs: () => number,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule();
  }

  /** Stops polling and waits for a round under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.round()
        .catch((error: unknown) => logger.warn({ err: error }, 'inbound sync round failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.intervalMs());
    // Polling alone never keeps a process (a CLI, a test) alive.
    this.timer.unref();
  }
}
