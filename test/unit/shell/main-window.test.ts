import { BrowserWindow, screen } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/shell/main-window';
import { fakeWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const paths = { preload: '/app/out/main/preload.cjs', indexHtml: '/app/out/renderer/index.html' };
const open = (saved: Record<string, unknown> = {}) =>
  fakeWindow(createMainWindow({ BrowserWindow, screen, stateStore: { store: saved }, paths }));

beforeEach(resetFakeElectron);

describe('the main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    const window = open();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('uses the built CommonJS preload', () => {
    expect(open().options.webPreferences?.preload).toBe('/app/out/main/preload.cjs');
  });

  it('loads the UI from the renderer build on disk', () => {
    expect(open().loadedFile).toBe('/app/out/renderer/index.html');
  });

  it('stays hidden until the first paint is ready, then shows', () => {
    const window = open();
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('opens where it was last closed', () => {
    const window = open({ x: 100, y: 50, width: 1000, height: 700, maximized: false });
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('opens on the visible display when it was last closed on a display that is gone', () => {
    const window = open({ x: 3000, y: 200, width: 1000, height: 700, maximized: false });
    expect(window.options).toMatchObject({ x: 920, y: 200, width: 1000, height: 700 });
  });

  it('comes back maximized when it was closed maximized', () => {
    expect(open({ x: 100, y: 50, width: 1000, height: 700, maximized: true }).maximized).toBe(true);
  });
});
