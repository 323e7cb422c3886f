import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle, Screen } from 'electron';
import { logger } from '../log';
import type { AppPaths } from './app-paths';
import { revealWindow } from './reveal-window';
import { hardenedWebPreferences } from './web-preferences';

export const sidePanelSize = { width: 420, height: 720 };

/** The query the panel loads the UI with; the renderer shows its compact layout for it. */
export const sidePanelQuery = { view: 'panel' };

/**
 * The side panel's options: the main window's hardening, kept above other windows and out of the
 * taskbar, docked to the right edge of the work area (shrunk when the display is smaller).
 */
export function sidePanelOptions(workArea: Rectangle, preload: string): BrowserWindowConstructorOptions {
  const width = Math.min(sidePanelSize.width, workArea.width);
  const height = Math.min(sidePanelSize.height, workArea.height);
  return {
    x: workArea.x + workArea.width - width,
    y: workArea.y,
    width,
    height,
    title: 'Agent Assist',
    alwaysOnTop: true,
    skipTaskbar: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    // Shown once the first paint is ready, like the main window.
    show: false,
    webPreferences: hardenedWebPreferences(preload),
  };
}

export interface SidePanelDeps {
  BrowserWindow: typeof BrowserWindow;
  screen: Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint'>;
  paths: AppPaths;
}

/** Opens the side panel on the display under the pointer, where the rep is working; it shows itself focused. */
export function createSidePanel(deps: SidePanelDeps): BrowserWindow {
  const display = deps.screen.getDisplayNearestPoint(deps.screen.getCursorScreenPoint());
  const panel = new deps.BrowserWindow(sidePanelOptions(display.workArea, deps.paths.preload));
  panel.once('ready-to-show', () => revealWindow(panel));
  panel.loadFile(deps.paths.indexHtml, { query: sidePanelQuery }).catch((error: unknown) => {
    logger.error({ err: error, file: deps.paths.indexHtml }, 'could not load the side panel');
  });
  return panel;
}
