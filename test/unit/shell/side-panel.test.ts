import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, screen } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isAppIndexUrl } from '../../../electron/shell/app-paths';
import { createSidePanel } from '../../../electron/shell/side-panel';
import { fakeWindow, resetFakeElectron, screen as fakeScreen } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const paths = {
  preload: path.resolve('/app/out/main/preload.cjs'),
  indexHtml: path.resolve('/app/out/renderer/index.html'),
};
const open = () => fakeWindow(createSidePanel({ BrowserWindow, screen, paths }));

beforeEach(resetFakeElectron);

describe('the side panel', () => {
  it('isolates its page exactly as the main window does', () => {
    expect(open().options.webPreferences).toEqual({
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('stays above other windows and out of the taskbar', () => {
    expect(open().options).toMatchObject({ alwaysOnTop: true, skipTaskbar: true });
  });

  it('is 420 by 720, docked to the right edge of the work area', () => {
    fakeScreen.workAreas = [{ x: 0, y: 25, width: 1440, height: 875 }];
    expect(open().options).toMatchObject({ x: 1020, y: 25, width: 420, height: 720 });
  });

  it('opens on the display under the pointer', () => {
    fakeScreen.workAreas = [
      { x: 0, y: 0, width: 1920, height: 1040 },
      { x: 1920, y: 0, width: 2560, height: 1400 },
    ];
    fakeScreen.cursor = { x: 2500, y: 700 };
    expect(open().options).toMatchObject({ x: 4060, y: 0, width: 420, height: 720 });
  });

  it('shrinks to fit a display shorter than the panel', () => {
    fakeScreen.workAreas = [{ x: 0, y: 0, width: 1280, height: 600 }];
    expect(open().options).toMatchObject({ x: 860, y: 0, width: 420, height: 600 });
  });

  it('loads the app’s own page with ?view=panel, which the IPC and navigation checks accept', () => {
    const panel = open();
    expect(panel.loadedFile).toBe(paths.indexHtml);
    expect(panel.loadedUrl).toBe(`${pathToFileURL(paths.indexHtml).href}?view=panel`);
    expect(isAppIndexUrl(panel.loadedUrl ?? '', paths.indexHtml)).toBe(true);
  });

  it('stays hidden until the first paint is ready, then shows focused', () => {
    const panel = open();
    expect(panel.visible).toBe(false);
    panel.emit('ready-to-show');
    expect(panel).toMatchObject({ visible: true, focused: true });
  });
});
