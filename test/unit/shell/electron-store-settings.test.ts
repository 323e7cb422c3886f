import { defaultSettings } from '../../../shared/domain';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { electronStoreSettingsBackend } from '../../../electron/shell/electron-store-settings';

// electron-store is conf with Electron's user data folder as its home; conf stands in for it here.
let dir: string;
const openStore = () =>
  new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'agent-assist' });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-settings-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('settings kept by electron-store', () => {
  it('keeps a change for the next launch', async () => {
    const first = createApp({
      dataDir: ':memory:',
      settings: electronStoreSettingsBackend(openStore()),
      transport: 'electron',
    });
    await first.dispatch('settings.update', { theme: 'dark' });
    await first.close();
    const second = createApp({
      dataDir: ':memory:',
      settings: electronStoreSettingsBackend(openStore()),
      transport: 'electron',
    });
    expect(await second.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { theme: 'dark' } });
    await second.close();
  });

  it('writes the settings document to settings.json', () => {
    const settings = { ...defaultSettings, theme: 'light' as const };
    electronStoreSettingsBackend(openStore()).write(settings);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toEqual(settings);
  });

  it('reads nothing from a store that was never written', () => {
    expect(electronStoreSettingsBackend(openStore()).read()).toEqual({});
  });
});
