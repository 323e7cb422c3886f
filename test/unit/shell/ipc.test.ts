import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ipcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { callChannel } from '../../../electron/shell/channels';
import { registerCallChannel } from '../../../electron/shell/ipc';
import { ipcMain as fakeIpcMain, ipcRenderer as page, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const indexHtml = path.resolve('/app/out/renderer/index.html');
let app: App;

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
afterEach(() => app.close());

const call = (payload: unknown) => page.invoke(callChannel, payload);

describe('the IPC call channel', () => {
  it('is the only channel registered', () => {
    expect([...fakeIpcMain.handlers.keys()]).toEqual(['assist:call']);
  });

  it('carries a call to the app and returns its answer', async () => {
    expect(await call({ method: 'app.info', params: {} })).toMatchObject({
      ok: true,
      value: { name: 'agent-assist', transport: 'electron', dataDir: ':memory:' },
    });
  });

  it('accepts a call without params', async () => {
    expect(await call({ method: 'settings.get' })).toMatchObject({ ok: true, value: { theme: 'system' } });
  });

  it('changes data through the app, visible to the next call', async () => {
    await call({
      method: 'conversations.postCustomerMessage',
      params: { customer: 'Dana Reyes', text: 'Hello' },
    });
    expect(await call({ method: 'conversations.list', params: {} })).toMatchObject({
      ok: true,
      value: { items: [{ customer: 'Dana Reyes' }] },
    });
  });

  it('answers a null payload with an error saying what a call looks like', async () => {
    expect(await call(null)).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: expect.stringContaining('A call must be an object { method, params }'),
      },
    });
  });

  it('answers a method that is not a string with an error naming the method field', async () => {
    expect(await call({ method: 5 })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'method' },
    });
  });

  it('answers a payload with extra keys with an error', async () => {
    expect(await call({ method: 'app.info', params: {}, admin: true })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('admin') },
    });
  });

  it('answers an unknown method with an error naming it', async () => {
    expect(await call({ method: 'orders.explode', params: {} })).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Unknown method "orders.explode".', field: 'method' },
    });
  });

  it('answers bad params with an error naming the field, and stores nothing', async () => {
    const bad = { method: 'conversations.postCustomerMessage', params: { customer: 'Dana Reyes', text: 42 } };
    expect(await call(bad)).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'params.text' },
    });
    expect(await call({ method: 'conversations.list', params: {} })).toEqual({
      ok: true,
      value: { items: [] },
    });
  });

  it('still answers a good call after a run of malformed ones', async () => {
    for (const payload of [
      null,
      'app.info',
      [],
      { method: 5 },
      { method: 'nope' },
      { method: 'app.info', params: 1 },
    ]) {
      expect(await call(payload)).toMatchObject({ ok: false });
    }
    expect(await call({ method: 'app.info', params: {} })).toMatchObject({ ok: true });
  });

  it('answers a call from the side panel, the app’s page loaded with ?view=panel', async () => {
    page.frameUrl = `${pathToFileURL(indexHtml).href}?view=panel`;
    expect(await call({ method: 'app.info', params: {} })).toMatchObject({ ok: true });
  });

  it('refuses a call from a page that is not the app’s own', async () => {
    page.frameUrl = 'https://attacker.example/';
    expect(await call({ method: 'settings.get' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) },
    });
  });

  it('refuses a call from another local file', async () => {
    page.frameUrl = pathToFileURL(path.resolve('/tmp/downloaded.html')).href;
    expect(await call({ method: 'settings.update', params: { theme: 'dark' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { theme: 'system' } });
  });

  it('refuses a call from a frame that has gone away', async () => {
    page.frameUrl = null;
    expect(await call({ method: 'settings.get' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
