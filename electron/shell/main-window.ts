import type { BrowserWindow, BrowserWindowConstructorOptions, Screen } from 'electron';
import { logger } from '../log';
import type { AppPaths } from './app-paths';
import type { JsonStore } from './json-store';
import { hardenedWebPreferences } from './web-preferences';
import {
  fitToDisplay,
  minWindowSize,
  readWindowState,
  rememberWindowState,
  type WindowState,
} from './window-state';

/** The options of the app's window: isolated, sandboxed, no Node, nothing from outside. */
export function mainWindowOptions(state: WindowState, preload: string): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Agent Assist',
    // Shown once the first paint is ready, so the rep never sees an empty frame.
    show: false,
    webPreferences: hardenedWebPreferences(preload),
  };
}

export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindow;
  screen: Pick<Screen, 'getDisplayMatching'>;
  /** Where the window's placement is remembered between launches. */
  stateStore: JsonStore;
  paths: AppPaths;
}

/** Opens the app's window where it was last time (kept on a visible display) and loads the UI. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const state = fitToDisplay(readWindowState(deps.stateStore), deps.screen);
  const window = new deps.BrowserWindow(mainWindowOptions(state, deps.paths.preload));
  if (state.maximized) window.maximize();
  rememberWindowState(window, deps.stateStore);
  window.once('ready-to-show', () => window.show());
  window.loadFile(deps.paths.indexHtml).catch((error: unknown) => {
    logger.error({ err: error, file: deps.paths.indexHtml }, 'could not load the UI');
  });
  return window;
}
