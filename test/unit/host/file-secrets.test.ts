import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSecretStore } from '../../../electron/host/file-secrets';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-file-secrets-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('secrets in the owner-only file', () => {
  it('keeps the API key and each connector credential apart, across store instances', () => {
    fileSecretStore(dir).setApiKey('sk-model-key-123456');
    fileSecretStore(dir).setSecret('zendesk.apiToken', 'zd-token-abcdef12');
    fileSecretStore(dir).setSecret('stripe.secretKey', 'sk_test_abcdef1234');
    const store = fileSecretStore(dir);
    expect(store.getApiKey()).toBe('sk-model-key-123456');
    expect(store.getSecret('zendesk.apiToken')).toBe('zd-token-abcdef12');
    store.setSecret('zendesk.apiToken', null);
    store.setApiKey(null);
    expect(fileSecretStore(dir).getSecret('zendesk.apiToken')).toBeNull();
    expect(fileSecretStore(dir).getSecret('stripe.secretKey')).toBe('sk_test_abcdef1234');
    expect(fileSecretStore(dir).getApiKey()).toBeNull();
    expect(fs.statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  });

  it('has nothing for a credential never set', () => {
    expect(fileSecretStore(dir).getSecret('hubspot.accessToken')).toBeNull();
  });
});
