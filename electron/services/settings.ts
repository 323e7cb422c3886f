import { Settings, defaultSettings } from '../../shared/domain';

/** Where settings persist: electron-store in Electron, conf in web mode and the CLIs, memory in tests. */
export interface SettingsBackend {
  read(): Record<string, unknown>;
  write(settings: Settings): void;
}

/** Reads settings, falling back to the default for each stored value that no longer validates. */
export function loadSettings(backend: SettingsBackend): Settings {
  const stored = backend.read();
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(stored[key]);
    if (field.success) merged[key] = field.data;
  }
  return Settings.parse(merged);
}

export function memorySettingsBackend(initial: Record<string, unknown> = {}): SettingsBackend {
  let stored = { ...initial };
  return {
    read: () => stored,
    write: (settings) => {
      stored = { ...settings };
    },
  };
}
