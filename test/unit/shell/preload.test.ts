import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ipcMain, ipcRenderer } from 'electron';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { eventChannel } from '../../../electron/shell/channels';
import { registerCallChannel } from '../../../electron/shell/ipc';
import { callTimeoutMs, createAssistApi } from '../../../electron/shell/preload-api';
import type { AssistApi } from '../../../shared/contract';
import {
  contextBridge,
  FakeBrowserWindow,
  ipcMain as fakeIpcMain,
  ipcRenderer as page,
  resetFakeElectron,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const indexHtml = path.resolve('/app/out/renderer/index.html');
let exposed: Map<string, unknown>;
let app: App;

beforeAll(async () => {
  await import('../../../electron/preload');
  exposed = new Map(contextBridge.exposed);
});

beforeEach(() => {
  resetFakeElectron();
  app = createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'electron',
    seed: false,
  });
  registerCallChannel(ipcMain, app, indexHtml);
  page.frameUrl = pathToFileURL(indexHtml).href;
});
afterEach(() => {
  vi.useRealTimers();
  return app.close();
});

/** What the page sees: the contract, typed loosely so a test can pass what a buggy page might. */
const loose = (api: AssistApi) =>
  api as unknown as { call: (...args: unknown[]) => unknown; on: (...args: unknown[]) => unknown };

describe('the preload', () => {
  it('exposes one object, window.assist, with exactly call and on', () => {
    expect([...exposed.keys()]).toEqual(['assist']);
    expect(Object.keys(exposed.get('assist') as object).sort()).toEqual(['call', 'on']);
  });
});

describe('window.assist.call', () => {
  it('reaches the app through IPC and returns its answer', async () => {
    const assist = exposed.get('assist') as AssistApi;
    expect(await assist.call('settings.update', { theme: 'dark' })).toEqual({
      ok: true,
      value: expect.objectContaining({ theme: 'dark' }),
    });
  });

  it('refuses a method the contract does not have, without touching IPC', async () => {
    const assist = loose(createAssistApi(ipcRenderer));
    expect(await assist.call('fs.readFile', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Unknown method "fs.readFile".', field: 'method' },
    });
    expect(page.invoked).toEqual([]);
  });

  it('refuses a method name that is not a string, without touching IPC', async () => {
    const assist = loose(createAssistApi(ipcRenderer));
    expect(await assist.call({ toString: () => 'app.info' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(page.invoked).toEqual([]);
  });

  it('passes the main side’s error for bad params back as a value', async () => {
    const assist = loose(createAssistApi(ipcRenderer));
    expect(await assist.call('conversations.get', { id: '' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'params.id' },
    });
  });

  it('turns a call that cannot reach the main side into an error value', async () => {
    fakeIpcMain.handlers.clear();
    const assist = createAssistApi(ipcRenderer);
    expect(await assist.call('app.info', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('app.info could not reach the main side') },
    });
  });

  it('turns a call that never answers into a timeout error', async () => {
    vi.useFakeTimers();
    fakeIpcMain.handlers.set('assist:call', () => new Promise(() => undefined));
    const answer = createAssistApi(ipcRenderer).call('app.info', {});
    await vi.advanceTimersByTimeAsync(callTimeoutMs);
    expect(await answer).toEqual({
      ok: false,
      error: { code: 'timeout', message: 'app.info did not answer in time.' },
    });
  });
});

describe('window.assist.on', () => {
  it('hands the listener the payload of its event and nothing else', () => {
    const window = new FakeBrowserWindow();
    const assist = createAssistApi(ipcRenderer);
    const received: unknown[][] = [];
    assist.on('settings.changed', (...args: unknown[]) => received.push(args));
    window.webContents.send(eventChannel, { event: 'settings.changed', payload: { theme: 'dark' } });
    expect(received).toEqual([[{ theme: 'dark' }]]);
  });

  it('does not hand a listener the events it did not ask for', () => {
    const window = new FakeBrowserWindow();
    const received: unknown[] = [];
    createAssistApi(ipcRenderer).on('settings.changed', (payload) => received.push(payload));
    window.webContents.send(eventChannel, { event: 'message.added', payload: { id: 'm1' } });
    expect(received).toEqual([]);
  });

  it('stops calling the listener once unsubscribed', () => {
    const window = new FakeBrowserWindow();
    const received: unknown[] = [];
    const unsubscribe = createAssistApi(ipcRenderer).on('settings.changed', (payload) =>
      received.push(payload),
    );
    unsubscribe();
    window.webContents.send(eventChannel, { event: 'settings.changed', payload: { theme: 'dark' } });
    expect(received).toEqual([]);
    expect(page.listenerCount(eventChannel)).toBe(0);
  });

  it('refuses an event name the contract does not have', () => {
    const assist = loose(createAssistApi(ipcRenderer));
    expect(() => assist.on('ipc.raw', () => undefined)).toThrow(/Unknown event "ipc.raw": expected one of/);
    expect(page.listenerCount(eventChannel)).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const assist = loose(createAssistApi(ipcRenderer));
    expect(() => assist.on('settings.changed', 'alert(1)')).toThrow(
      'The listener for settings.changed must be a function.',
    );
  });
});
