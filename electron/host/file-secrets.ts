import fs from 'node:fs';
import path from 'node:path';
import { registerSecret } from '../security/secret-registry';
import { writeOwnerOnlyFile } from '../security/owner-only-files';
import type { SecretStore } from '../services/secrets';

/**
 * Secrets for web mode and the CLIs: a file readable by this user only (mode 0600, written
 * atomically). Without the OS keychain this is what a locked-down desktop offers; the desktop app
 * uses safeStorage instead. Every value read or written is registered for redaction.
 */
export function fileSecretStore(dataDir: string): SecretStore {
  const file = path.join(dataDir, 'secrets.json');
  const read = (): Record<string, unknown> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  return {
    getApiKey: () => {
      const value = read().apiKey;
      if (typeof value !== 'string' || value === '') return null;
      registerSecret(value);
      return value;
    },
    setApiKey: (apiKey) => {
      registerSecret(apiKey);
      writeOwnerOnlyFile(file, JSON.stringify(apiKey ? { apiKey } : {}));
    },
  };
}
