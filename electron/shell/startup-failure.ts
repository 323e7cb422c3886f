import type { App, Dialog } from 'electron';
import { logger } from '../log';

/** Tells the user why the app cannot start (a dialog, since there may be no window yet) and exits. */
export function reportStartupFailure(
  error: unknown,
  dialog: Pick<Dialog, 'showErrorBox'>,
  app: Pick<App, 'exit'>,
): void {
  logger.error({ err: error }, 'startup failed');
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Agent Assist could not start', reason);
  app.exit(1);
}
