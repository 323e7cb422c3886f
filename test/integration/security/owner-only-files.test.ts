import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { retrainFrom } from '../../../electron/eval/retrain-from';
import { confSettingsBackend } from '../../../electron/host/conf-settings';
import { fileSecretStore } from '../../../electron/host/file-secrets';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';

const mode = (file: string) => fs.statSync(file).mode & 0o777;

let dataDir: string;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const openApp = (): App =>
  createApp({
    dataDir,
    settings: confSettingsBackend(dataDir),
    secrets: fileSecretStore(dataDir),
    transport: 'direct',
    seed: { size: 20 },
  });

// Windows has no owner-only mode bits to check.
describe.skipIf(process.platform === 'win32')('files of the data folder are the user’s alone', () => {
  it('creates the folder 0700 and the database, its WAL files, settings, policy and secrets 0600', async () => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assist-modes-')), 'data');
    app = openApp();
    await app.dispatch('settings.update', { theme: 'dark' });
    await app.dispatch('settings.setApiKey', { apiKey: 'a-key-of-this-user-only' });
    expect(app.policy.save(defaultPolicyText)).toEqual({ ok: true });

    expect(mode(dataDir)).toBe(0o700);
    for (const name of [
      'assist.db',
      'assist.db-wal',
      'assist.db-shm',
      'settings.json',
      'policy.yaml',
      'secrets.json',
    ])
      expect({ name, mode: mode(path.join(dataDir, name)) }).toEqual({ name, mode: 0o600 });
  });

  it('tightens a folder and files that an earlier version left open to others', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-modes-'));
    app = openApp();
    await app.close();
    app = undefined;
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, 'settings.json'), '{}');
    fs.writeFileSync(path.join(dataDir, 'assist.db-wal'), '');
    for (const name of ['assist.db', 'assist.db-wal', 'settings.json'])
      fs.chmodSync(path.join(dataDir, name), 0o644);

    app = openApp();
    expect(mode(dataDir)).toBe(0o700);
    for (const name of ['assist.db', 'assist.db-wal', 'settings.json'])
      expect({ name, mode: mode(path.join(dataDir, name)) }).toEqual({ name, mode: 0o600 });
  });

  it('saves a retrained intent model 0600', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-modes-'));
    await openApp().close();
    const outcome = retrainFrom(dataDir);
    expect(outcome.ok).toBe(true);
    expect(mode(path.join(dataDir, 'intent-model.json'))).toBe(0o600);
  });
});
