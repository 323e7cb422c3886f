import Conf from 'conf';
import { ownerOnlyDir, tightenIfPresent } from '../security/owner-only-files';
import type { SettingsBackend } from '../services/settings';

/** Settings in web mode and the CLIs: conf (what electron-store is built on), in the data folder, 0600. */
export function confSettingsBackend(dataDir: string): SettingsBackend {
  ownerOnlyDir(dataDir);
  const conf = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'settings',
    projectName: 'agent-assist',
    configFileMode: 0o600,
  });
  tightenIfPresent(conf.path);
  return {
    read: () => conf.store,
    write: (settings) => {
      conf.store = settings;
    },
  };
}
