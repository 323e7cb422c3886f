import type { BrowserWindow } from 'electron';
import { revealWindow, type RevealableWindow } from './reveal-window';

type PanelWindow = Pick<BrowserWindow, 'isDestroyed' | 'isVisible' | 'isFocused' | 'hide'> & RevealableWindow;

/** The two ways the rep brings up or puts away the side panel. */
export interface SidePanelToggle {
  /** The global shortcut: a focused panel goes away; otherwise the panel comes to the front. */
  summonOrDismiss(): void;
  /** The tray menu: a visible panel goes away, a hidden one comes back (the menu holds the focus). */
  showOrHide(): void;
}

/**
 * Controls the one side panel. It is opened with `open` the first time and after it was closed;
 * a new panel shows itself, focused, once painted.
 */
export function sidePanelToggle(open: () => PanelWindow): SidePanelToggle {
  let panel: PanelWindow | undefined;
  const livePanel = () => (panel && !panel.isDestroyed() ? panel : undefined);
  const toggle = (isInFront: (window: PanelWindow) => boolean) => {
    const existing = livePanel();
    if (!existing) panel = open();
    else if (isInFront(existing)) existing.hide();
    else revealWindow(existing);
  };
  return {
    summonOrDismiss: () => toggle((window) => window.isVisible() && window.isFocused()),
    showOrHide: () => toggle((window) => window.isVisible()),
  };
}
