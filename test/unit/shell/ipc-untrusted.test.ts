import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ipcMain } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { maxRequestDepth } from '../../../electron/services/untrusted-json';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { callChannel } from '../../../electron/shell/channels';
import { registerCallChannel } from '../../../electron/shell/ipc';
import type { Result } from '../../../shared/result';
import { hostileRequests, type HostileRequest } from '../../fixtures/hostile-requests';
import { ipcMain as fakeIpcMain, ipcRenderer as page, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const indexHtml = path.resolve('/app/out/renderer/index.html');
let app: App;

beforeAll(() => {
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
afterAll(() => app.close());

/** The page's invoke: the payload is structured-cloned on the way, as Electron does. */
const call = (payload: unknown) => page.invoke(callChannel, payload) as Promise<Result<unknown>>;

/**
 * The handler called the way Electron calls it, skipping the clone: the clone of the deepest
 * generated payloads overflows the page's stack, so those would never reach the main side at all.
 */
const handle = (payload: unknown) =>
  fakeIpcMain.handlers.get(callChannel)?.({ senderFrame: { url: page.frameUrl ?? '' } }, payload) as Promise<
    Result<unknown>
  >;

/**
 * The IPC form of a WebSocket frame, as a structured clone would deliver it: the parsed JSON without
 * its id (own `__proto__` keys kept, as both JSON.parse and the clone keep them), the raw text if it
 * is not JSON, a Uint8Array for bytes.
 */
function asIpcPayload(data: string | Buffer): unknown {
  if (typeof data !== 'string') return new Uint8Array(data);
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return data;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return parsed;
  const { id: _id, ...withoutId } = parsed as Record<string, unknown>;
  return withoutId;
}

const nestedArrays = (levels: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
};

describe('the IPC call channel under hostile payloads', () => {
  it('answers each of 10,000 generated payloads as the contract says, and still serves a good call', async () => {
    const problems: string[] = [];
    const seen = (request: HostileRequest, got: string) =>
      got === request.overIpc
        ? null
        : `${request.kind} ${String(request.data).slice(0, 80)}: answered ${got}`;
    for (const request of hostileRequests(20_250_611, 10_000)) {
      const answer = await handle(asIpcPayload(request.data));
      const problem = seen(request, answer.ok ? 'ok' : answer.error.code);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(await call({ method: 'app.info', params: {} })).toMatchObject({ ok: true });
  }, 60_000);

  it.each([
    ['a Map as params', { method: 'settings.update', params: new Map([['theme', 'dark']]) }],
    ['a Date in params', { method: 'conversations.list', params: { since: new Date(0) } }],
    ['bytes as params', { method: 'app.info', params: new Uint8Array(8) }],
    ['NaN in params', { method: 'conversations.list', params: { limit: Number.NaN } }],
    ['a bigint in params', { method: 'conversations.list', params: { limit: 10n } }],
    ['a Set as the payload', new Set(['app.info'])],
    [`${maxRequestDepth * 100} levels of arrays`, { method: 'app.info', params: { a: nestedArrays(3200) } }],
  ])('refuses %s with bad_request and calls nothing', async (_name, payload) => {
    expect(await call(payload)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses a payload that refers to itself', async () => {
    const params: Record<string, unknown> = {};
    params.loop = params;
    expect(await call({ method: 'app.info', params })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('levels deep') },
    });
  });

  it('refuses a small payload that shares one branch into a huge tree', async () => {
    let shared: unknown = 'x'.repeat(64);
    for (let level = 0; level < 30; level++) shared = [shared, shared];
    expect(await call({ method: 'app.info', params: { shared } })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('the limit is') },
    });
  });

  it('refuses prototype keys at every level and leaves Object.prototype alone', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"method":"settings.update","params":${`{"${key}":{"polluted":1},"next":`.repeat(5)}{}${'}'.repeat(5)}}`;
      expect(await call(JSON.parse(text))).toMatchObject({
        ok: false,
        error: { code: 'bad_request', field: 'params', message: expect.stringContaining(`"${key}"`) },
      });
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(await app.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { theme: 'system' } });
  });
});
