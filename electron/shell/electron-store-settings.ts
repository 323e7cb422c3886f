import type { SettingsBackend } from '../services/settings';
import type { JsonStore } from './json-store';

/** Settings in Electron: the same document conf keeps in web mode, held by electron-store. */
export function electronStoreSettingsBackend(store: JsonStore): SettingsBackend {
  return {
    read: () => store.store,
    write: (settings) => {
      store.store = settings;
    },
  };
}
