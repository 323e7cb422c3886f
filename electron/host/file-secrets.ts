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
  const readNamed = (): Record<string, string> => {
    const named = read().named;
    return named && typeof named === 'object' ? (named as Record<string, string>) : {};
  };
  const write = (next: Record<string, unknown>) => writeOwnerOnlyFile(file, JSON.stringify(next));
  return {
    getSecret: (name) => {
      const value = readNamed()[name];
      if (typeof value !== 'string' || value === '') return null;
      registerSecret(value);
      return value;
    },
    setSecret: (name, value) => {
      registerSecret(value);
      const { [name]: _replaced, ...named } = readNamed();
      write({ ...read(), named: value ? { ...named, [name]: value } : named });
    },
    getApiKey: () => {
      const value = read().apiKey;
      if (typeof value !== 'string' || value === '') return null;
      registerSecret(value);
      return value;
    },
    setApiKey: (apiKey) => {
      registerSecret(apiKey);
      const { apiKey: _replaced, ...rest } = read();
      write(apiKey ? { ...rest, apiKey } : rest);
    },
  };
}
