/**
 * Where the model API key lives: Electron safeStorage (the OS keychain) on the desktop, a file only
 * the user can read in web mode and the CLIs, memory in tests. Never in settings, logs or prompts.
 */
export interface SecretStore {
  getApiKey(): string | null;
  setApiKey(apiKey: string | null): void;
}

export function memorySecretStore(initial: string | null = null): SecretStore {
  let apiKey = initial;
  return {
    getApiKey: () => apiKey,
    setApiKey: (value) => {
      apiKey = value;
    },
  };
}
