import fs from 'node:fs';
import path from 'node:path';
import type { SecretStore } from '../services/secrets';

/**
 * Secrets for web mode and the CLIs: a file readable by this user only (mode 0600, written
 * atomically). Without the OS keychain this is what a locked-down desktop offers; the desktop app
 * uses safeStorage instead.
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
      return typeof value === 'string' && value !== '' ? value : null;
    },
    setApiKey: (apiKey) => {
      fs.mkdirSync(dataDir, { recursive: true });
      const temporary = `${file}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify(apiKey ? { apiKey } : {}), { mode: 0o600 });
      fs.chmodSync(temporary, 0o600);
      fs.renameSync(temporary, file);
    },
  };
}
