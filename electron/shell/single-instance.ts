import type { App, BrowserWindow } from 'electron';
import { revealWindow, type RevealableWindow } from './reveal-window';

type FocusableWindow = Pick<BrowserWindow, 'isDestroyed'> & RevealableWindow;

/**
 * Makes this process the only running copy. Returns false (and quits) when another copy holds the
 * lock; otherwise a later launch brings the existing window to the front instead of opening a second one.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  mainWindow: () => FocusableWindow | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = mainWindow();
    if (!window || window.isDestroyed()) return;
    revealWindow(window);
  });
  return true;
}
