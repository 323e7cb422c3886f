import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { safeStorage } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../electron/app';
import { logger } from '../../../electron/log';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { safeStorageSecretStore } from '../../../electron/shell/safe-storage-secrets';
import { resetFakeElectron, safeStorage as keychain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const apiKey = 'sk-test-4f9a1c0e7b2d4e6f8a0b';

// electron-store is conf with Electron's user data folder as its home; conf stands in for it here,
// with the options the shell opens it with (a private file).
let dir: string;
const file = () => path.join(dir, 'encrypted-secrets.json');
const openStore = () =>
  new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'encrypted-secrets',
    projectName: 'agent-assist',
    configFileMode: 0o600,
  });
const secrets = (platform: NodeJS.Platform = 'linux') =>
  safeStorageSecretStore(safeStorage, openStore(), platform);

beforeEach(() => {
  resetFakeElectron();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-secrets-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('connector credentials kept with safeStorage', () => {
  const token = 'zd-token-7c1e9a2b4d6f8e0a';

  it('keeps each credential apart from the API key, encrypted, and forgets one when removed', () => {
    secrets().setApiKey(apiKey);
    secrets().setSecret('zendesk.apiToken', token);
    secrets().setSecret('stripe.secretKey', 'sk_test_51Hc0ffee0000');
    expect(secrets().getSecret('zendesk.apiToken')).toBe(token);
    expect(secrets().getApiKey()).toBe(apiKey);
    expect(fs.readFileSync(file(), 'utf8')).not.toContain(token);
    secrets().setSecret('zendesk.apiToken', null);
    expect(secrets().getSecret('zendesk.apiToken')).toBeNull();
    expect(secrets().getSecret('stripe.secretKey')).toBe('sk_test_51Hc0ffee0000');
  });

  it('refuses to save a credential without a keychain to encrypt it', () => {
    keychain.available = false;
    expect(() => secrets().setSecret('zendesk.apiToken', token)).toThrow(/not saved: no OS keychain/);
    keychain.available = true;
    expect(secrets().getSecret('zendesk.apiToken')).toBeNull();
  });
});

describe('the API key kept with safeStorage', () => {
  it('gives back the key it was given, in a later launch too', () => {
    secrets().setApiKey(apiKey);
    expect(secrets().getApiKey()).toBe(apiKey);
  });

  it('has no key before one is saved', () => {
    expect(secrets().getApiKey()).toBeNull();
  });

  it('forgets the key when it is removed', () => {
    secrets().setApiKey(apiKey);
    secrets().setApiKey(null);
    expect(secrets().getApiKey()).toBeNull();
    expect(fs.readFileSync(file(), 'utf8')).not.toContain('apiKey');
  });

  it('writes only the ciphertext: the file never holds the key in plain text', () => {
    secrets().setApiKey(apiKey);
    const written = fs.readFileSync(file(), 'utf8');
    expect(written).not.toContain(apiKey);
    expect(written).not.toContain(Buffer.from(apiKey).toString('base64'));
    expect(JSON.parse(written)).toEqual({ apiKey: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
  });

  it('writes a file only its owner can read', () => {
    secrets().setApiKey(apiKey);
    expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('refuses to save a key when the OS cannot encrypt it, and writes nothing', () => {
    keychain.available = false;
    expect(() => secrets().setApiKey(apiKey)).toThrow(/not saved: no OS keychain is available/);
    expect(fs.existsSync(file())).toBe(false);
  });

  it('refuses to save a key on Linux when only the built-in fixed password would encrypt it', () => {
    keychain.backend = 'basic_text';
    expect(() => secrets('linux').setApiKey(apiKey)).toThrow(/no keyring/);
    expect(fs.existsSync(file())).toBe(false);
  });

  it('keeps the key saved before when a new one is refused', () => {
    secrets().setApiKey(apiKey);
    keychain.available = false;
    expect(() => secrets().setApiKey('sk-other-key')).toThrow();
    keychain.available = true;
    expect(secrets().getApiKey()).toBe(apiKey);
  });

  it('removes a key even while the keychain is unavailable', () => {
    secrets().setApiKey(apiKey);
    keychain.available = false;
    secrets().setApiKey(null);
    expect(secrets().getApiKey()).toBeNull();
  });

  it('says so, and keeps the ciphertext, when the saved key cannot be decrypted', () => {
    secrets().setApiKey(apiKey);
    const before = fs.readFileSync(file(), 'utf8');
    keychain.available = false;
    expect(() => secrets().getApiKey()).toThrow(/cannot be decrypted.*Enter the key again/);
    expect(fs.readFileSync(file(), 'utf8')).toBe(before);
  });

  it('answers a refused key through the app with an error saying why, and no key stored', async () => {
    keychain.available = false;
    const app = createApp({
      dataDir: ':memory:',
      settings: memorySettingsBackend(),
      transport: 'electron',
      seed: false,
      secrets: secrets(),
    });
    expect(await app.dispatch('settings.setApiKey', { apiKey })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('The API key was not saved') },
    });
    expect(await app.dispatch('settings.apiKeyStatus', {})).toEqual({
      ok: true,
      value: { hasApiKey: false },
    });
    await app.close();
  });

  it('never puts the key in the logs, even when saving it fails', async () => {
    const logged: unknown[] = [];
    for (const level of ['error', 'warn', 'info', 'debug'] as const) {
      vi.spyOn(logger, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    }
    const app = createApp({
      dataDir: ':memory:',
      settings: memorySettingsBackend(),
      transport: 'electron',
      seed: false,
      secrets: secrets(),
    });
    await app.dispatch('settings.setApiKey', { apiKey });
    keychain.available = false;
    await app.dispatch('settings.setApiKey', { apiKey });
    await app.dispatch('settings.apiKeyStatus', {});
    await app.close();
    vi.restoreAllMocks();
    expect(logged.length).toBeGreaterThan(0);
    expect(
      JSON.stringify(logged, (_key, value: unknown) =>
        value instanceof Error ? `${value.message} ${String(value.cause)}` : value,
      ),
    ).not.toContain(apiKey);
  });
});
