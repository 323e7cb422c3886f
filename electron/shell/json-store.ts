import ElectronStore from 'electron-store';

/** What the shell needs from electron-store (and conf, which it extends): the whole JSON document. */
export interface JsonStore {
  store: Record<string, unknown>;
}

export interface JsonStoreOptions {
  /** Start over when the file is unreadable (window placement), rather than refuse to start. */
  disposable: boolean;
  /** Readable by this user only (mode 0600), for ciphertext that is nobody else's business. */
  private?: boolean;
}

/**
 * Opens `<name>.json` in the user data folder. `disposable` stores (window placement) start over
 * when the file is unreadable; the others refuse to start, so nobody's settings are wiped silently.
 */
export function openJsonStore(name: string, options: JsonStoreOptions): JsonStore {
  return new ElectronStore<Record<string, unknown>>({
    name,
    clearInvalidConfig: options.disposable,
    ...(options.private ? { configFileMode: 0o600 } : {}),
  });
}
