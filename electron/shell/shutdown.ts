import type { App } from 'electron';
import { logger } from '../log';

/**
 * Quits when the last window closes, and holds every quit until `close` has finished (in-flight
 * calls drained, database closed), so quitting never cuts a write in half.
 */
export function closeAppOnQuit(app: Pick<App, 'on' | 'quit'>, close: () => Promise<void>): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch((error: unknown) => logger.error({ err: error }, 'closing the app failed'))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
