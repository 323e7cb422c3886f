import os from 'node:os';
import path from 'node:path';

/** The per-user data folder used by web mode and the CLIs, matching where Electron keeps userData. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const name = 'agent-assist';
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', name);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), name);
}
