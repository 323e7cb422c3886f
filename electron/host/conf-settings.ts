import Conf from 'conf';
import type { SettingsBackend } from '../services/settings';

/** Settings in web mode and the CLIs: conf (what electron-store is built on), in the data folder. */
export function confSettingsBackend(dataDir: string): SettingsBackend {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'settings',
    projectName: 'agent-assist',
  });
  return {
    read: () => conf.store,
    write: (settings) => {
      conf.store = settings;
    },
  };
}
