import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** electron-store needs a running Electron; this one keeps its documents in memory. */
const stores = vi.hoisted(() => ({
  opened: [] as { name: string; clearInvalidConfig: boolean; configFileMode?: number }[],
  documents: new Map<string, { store: Record<string, unknown> }>(),
  unreadable: new Set<string>(),
}));
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    constructor(options: { name: string; clearInvalidConfig: boolean }) {
      if (stores.unreadable.has(options.name))
        throw new SyntaxError(`Unexpected token in ${options.name}.json`);
      stores.opened.push(options);
      stores.documents.set(options.name, this);
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
  stores.documents.clear();
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

  it('keeps settings, the encrypted API key and window placement in their own electron-store files', async () => {
    await launch();
    expect(stores.opened).toEqual([
      { name: 'settings', clearInvalidConfig: false },
      { name: 'encrypted-secrets', clearInvalidConfig: false, configFileMode: 0o600 },
      { name: 'window-state', clearInvalidConfig: true },
    ]);
  });

  it('stores the API key encrypted by safeStorage, never in the clear', async () => {
    const { ipcRenderer } = await launch();
    ipcRenderer.frameUrl = pageUrl;
    const apiKey = 'sk-test-main-0123456789';
    expect(
      await ipcRenderer.invoke('assist:call', { method: 'settings.setApiKey', params: { apiKey } }),
    ).toEqual({
      ok: true,
      value: { hasApiKey: true },
    });
    const saved = JSON.stringify(stores.documents.get('encrypted-secrets')?.store);
    expect(saved).toMatch(/"apiKey":"[A-Za-z0-9+/]+=*"/);
    expect(saved).not.toContain(apiKey);
    expect(JSON.stringify(stores.documents.get('settings')?.store)).not.toContain(apiKey);
  });

  it('puts the app in the tray with what waits on the rep', async () => {
    const { FakeTray } = await launch();
    expect(FakeTray.instances).toHaveLength(1);
    expect(FakeTray.instances[0]?.menuLabels()).toEqual([
      '0 awaiting approval',
      '0 escalated',
      'Open Agent Assist',
      'Side panel',
      'Quit',
    ]);
  });

  it('opens the side panel with the global shortcut, and the panel may call the main side', async () => {
    const { globalShortcut, FakeBrowserWindow, ipcRenderer } = await launch();
    globalShortcut.press('CommandOrControl+Shift+Space');
    const panel = FakeBrowserWindow.instances[1];
    expect(panel?.options).toMatchObject({ alwaysOnTop: true, skipTaskbar: true, width: 420, height: 720 });
    ipcRenderer.frameUrl = panel?.loadedUrl ?? null;
    expect(ipcRenderer.frameUrl).toMatch(/index\.html\?view=panel$/);
    expect(await ipcRenderer.invoke('assist:call', { method: 'app.info', params: {} })).toMatchObject({
      ok: true,
    });
  });

  it('toggles the side panel from the tray menu', async () => {
    const { FakeTray, FakeBrowserWindow } = await launch();
    FakeTray.instances[0]?.choose('Side panel');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('brings the main window back when a notification is clicked after it was closed', async () => {
    const { FakeBrowserWindow, FakeNotification, ipcRenderer } = await launch();
    FakeBrowserWindow.instances[0]?.destroy();
    ipcRenderer.frameUrl = pageUrl;
    await ipcRenderer.invoke('assist:call', {
      method: 'conversations.postCustomerMessage',
      params: { customer: 'Sam Okafor', text: 'Let me talk to a real person please.' },
    });
    await vi.waitUntil(() => FakeNotification.instances.length > 0);
    FakeNotification.instances[0]?.emit('click');
    const [reopened] = FakeBrowserWindow.getAllWindows();
    expect(reopened?.loadedUrl).toBe(pageUrl);
  });

  it('releases the global shortcut when it quits', async () => {
    const { app, globalShortcut } = await launch();
    expect([...globalShortcut.registered.keys()]).toEqual(['CommandOrControl+Shift+Space']);
    app.quit();
    await settle();
    expect(globalShortcut.registered.size).toBe(0);
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
    // Only the settings event: the first-run working day's conversations push their own events meanwhile.
    const sent = FakeBrowserWindow.instances[0]?.webContents.sent as { args: { event: string }[] }[];
    expect(sent.filter((message) => message.args[0]?.event === 'settings.changed')).toEqual([
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
