import { logger } from '../log';

/** Agent runs outlive the call that started them; the UI follows them through events. */
export function backgroundWork() {
  const running = new Set<Promise<unknown>>();
  return {
    run(work: Promise<unknown>): void {
      const tracked = work
        .catch((error: unknown) => logger.error({ err: error }, 'agent run failed'))
        .finally(() => running.delete(tracked));
      running.add(tracked);
    },
    /** Resolves when every run started so far (and those they started) has finished. */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
