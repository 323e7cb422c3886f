import type { BrowserWindow } from 'electron';

/** A window that can be brought to the front. */
export type RevealableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Brings a window to the front: restored if minimized, shown if hidden, and focused. */
export function revealWindow(window: RevealableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
