import { registerSecret } from '../security/secret-registry';

/**
 * Where the model API key lives: Electron safeStorage (the OS keychain) on the desktop, a file only
 * the user can read in web mode and the CLIs, memory in tests. Never in settings, logs or prompts:
 * every store registers the values it reads or writes, and redaction removes them wherever they appear.
 */
export interface SecretStore {
  getApiKey(): string | null;
  setApiKey(apiKey: string | null): void;
}

export function memorySecretStore(initial: string | null = null): SecretStore {
  let apiKey = initial;
  registerSecret(initial);
  return {
    getApiKey: () => apiKey,
    setApiKey: (value) => {
      registerSecret(value);
      apiKey = value;
    },
  };
}
