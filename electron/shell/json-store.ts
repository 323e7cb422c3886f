import ElectronStore from 'electron-store';

/** What the shell needs from electron-store (and conf, which it extends): the whole JSON document. */
export interface JsonStore {
  store: Record<string, unknown>;
}

/**
 * Opens `<name>.json` in the user data folder. `disposable` stores (window placement) start over
 * when the file is unreadable; the others refuse to start, so nobody's settings are wiped silently.
 */
export function openJsonStore(name: string, options: { disposable: boolean }): JsonStore {
  return new ElectronStore<Record<string, unknown>>({ name, clearInvalidConfig: options.disposable });
}
