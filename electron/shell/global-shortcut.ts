import type { App, GlobalShortcut } from 'electron';
import { logger } from '../log';

/** The system-wide shortcut that summons (or dismisses) the side panel. */
export const summonAccelerator = 'CommandOrControl+Shift+Space';

/**
 * Registers the summon shortcut and releases every shortcut when the app quits. When another app
 * already owns it the app carries on without one (the tray menu still opens the panel); returns
 * whether it was registered.
 */
export function registerSummonShortcut(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregisterAll'>,
  app: Pick<App, 'on'>,
  summon: () => void,
): boolean {
  app.on('will-quit', () => globalShortcut.unregisterAll());
  const registered = globalShortcut.register(summonAccelerator, summon);
  if (!registered) {
    logger.warn({ accelerator: summonAccelerator }, 'the summon shortcut is taken by another app');
  }
  return registered;
}
