import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** electron-store needs a running Electron; this one keeps its documents in memory. */
const stores = vi.hoisted(() => ({
  opened: [] as { name: string; clearInvalidConfig: boolean }[],
  unreadable: new Set<string>(),
}));
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    constructor(options: { name: string; clearInvalidConfig: boolean }) {
      if (stores.unreadable.has(options.name))
        throw new SyntaxError(`Unexpected token in ${options.name}.json`);
      stores.opened.push(options);
    }
  },
}));

type Fake = typeof FakeElectron;
let launched: Fake | undefined;

/** Runs the entry afresh (as a launch does) against a reset fake Electron, and lets startup finish. */
async function launch(prepare: (fake: Fake) => void = () => undefined): Promise<Fake> {
  vi.resetModules();
  // The instance the entry will import: a mocked module outlives resetModules.
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  prepare(fake);
  await import('../../../electron/main');
  await settle();
  launched = fake;
  return fake;
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const pageUrl = pathToFileURL(path.resolve('electron/../renderer/index.html')).href;

beforeEach(() => {
  stores.opened = [];
  stores.unreadable.clear();
});
// Quitting closes the in-memory database each launch opened.
afterEach(async () => {
  launched?.app.quit();
  await settle();
});

describe('the Electron entry point', () => {
  it('keeps its data in the same agent-assist folder as web mode and the CLIs', async () => {
    const { app } = await launch();
    expect(app.getPath('userData')).toBe(path.join(app.getPath('appData'), 'agent-assist'));
  });

  it('opens one hardened window on the app’s UI', async () => {
    const { FakeBrowserWindow } = await launch();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
    expect(window?.loadedFile).toMatch(/renderer[\\/]index\.html$/);
  });

  it('registers the one call channel, answering from the app built on the user data folder', async () => {
    const { app, ipcMain, ipcRenderer } = await launch();
    expect([...ipcMain.handlers.keys()]).toEqual(['assist:call']);
    ipcRenderer.frameUrl = pageUrl;
    expect(await ipcRenderer.invoke('assist:call', { method: 'app.info', params: {} })).toMatchObject({
      ok: true,
      value: { transport: 'electron', dataDir: path.join(app.getPath('appData'), 'agent-assist') },
    });
  });

  it('keeps settings and window placement in their own electron-store files', async () => {
    await launch();
    expect(stores.opened).toEqual([
      { name: 'settings', clearInvalidConfig: false },
      { name: 'window-state', clearInvalidConfig: true },
    ]);
  });

  it('secures the session and guards the window’s web contents', async () => {
    const { session, FakeBrowserWindow } = await launch();
    expect(session.defaultSession.webRequest.headersListener).toBeDefined();
    expect(session.defaultSession.permissionRequestHandler).toBeDefined();
    expect(FakeBrowserWindow.instances[0]?.webContents.windowOpenHandler).toBeDefined();
  });

  it('pushes app events to the window', async () => {
    const { ipcRenderer, FakeBrowserWindow } = await launch();
    ipcRenderer.frameUrl = pageUrl;
    await ipcRenderer.invoke('assist:call', { method: 'settings.update', params: { theme: 'dark' } });
    expect(FakeBrowserWindow.instances[0]?.webContents.sent).toEqual([
      {
        channel: 'assist:event',
        args: [{ event: 'settings.changed', payload: expect.objectContaining({ theme: 'dark' }) }],
      },
    ]);
  });

  it('quits without opening anything when another copy is running', async () => {
    const { app, FakeBrowserWindow, ipcMain } = await launch((fake) => (fake.app.hasLock = false));
    expect(app.quitted).toBe(true);
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('explains in a dialog, and exits, when the settings cannot be read', async () => {
    stores.unreadable.add('settings');
    const { app, dialog, FakeBrowserWindow } = await launch();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Agent Assist could not start',
      'Unexpected token in settings.json',
    );
    expect(app.exitCode).toBe(1);
    expect(FakeBrowserWindow.instances).toEqual([]);
  });

  it('closes the app before quitting', async () => {
    const { app, ipcRenderer } = await launch();
    app.quit();
    expect(app.quitted).toBe(false);
    await settle();
    expect(app.quitted).toBe(true);
    ipcRenderer.frameUrl = pageUrl;
    expect(await ipcRenderer.invoke('assist:call', { method: 'settings.get' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
