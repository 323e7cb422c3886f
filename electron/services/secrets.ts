import { registerSecret } from '../security/secret-registry';

/**
 * Where the model API key lives: Electron safeStorage (the OS keychain) on the desktop, a file only
 * the user can read in web mode and the CLIs, memory in tests. Never in settings, logs or prompts:
 * every store registers the values it reads or writes, and redaction removes them wherever they appear.
 */
export interface SecretStore {
  getApiKey(): string | null;
  setApiKey(apiKey: string | null): void;
  /** A connector credential by name ("zendesk.apiToken"); null when not set. */
  getSecret(name: string): string | null;
  setSecret(name: string, value: string | null): void;
}

export function memorySecretStore(initial: string | null = null): SecretStore {
  let apiKey = initial;
  const named = new Map<string, string>();
  registerSecret(initial);
  return {
    getSecret: (name) => named.get(name) ?? null,
    setSecret: (name, value) => {
      registerSecret(value);
      if (value === null) named.delete(name);
      else named.set(name, value);
    },
    getApiKey: () => apiKey,
    setApiKey: (value) => {
      registerSecret(value);
      apiKey = value;
    },
  };
}
