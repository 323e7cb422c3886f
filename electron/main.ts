import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, ipcMain, screen, session, shell } from 'electron';
import { createApp } from './app';
import { appPaths } from './shell/app-paths';
import { electronStoreSettingsBackend } from './shell/electron-store-settings';
import { forwardEvents } from './shell/event-forwarding';
import { registerCallChannel } from './shell/ipc';
import { openJsonStore } from './shell/json-store';
import { createMainWindow } from './shell/main-window';
import { guardAllWebContents, secureSession } from './shell/security';
import { closeAppOnQuit } from './shell/shutdown';
import { claimSingleInstance } from './shell/single-instance';
import { reportStartupFailure } from './shell/startup-failure';

// Wiring only: every piece below lives in electron/shell/ and is tested there.
const paths = appPaths(path.dirname(fileURLToPath(import.meta.url)));
let mainWindow: BrowserWindow | undefined;

function start(): void {
  secureSession(session.defaultSession);
  guardAllWebContents(app, { indexHtml: paths.indexHtml, openExternal: (url) => shell.openExternal(url) });
  const assist = createApp({
    dataDir: app.getPath('userData'),
    settings: electronStoreSettingsBackend(openJsonStore('settings', { disposable: false })),
    transport: 'electron',
  });
  registerCallChannel(ipcMain, assist, paths.indexHtml);
  const stopForwarding = forwardEvents(assist.bus, () => BrowserWindow.getAllWindows());
  closeAppOnQuit(app, async () => {
    stopForwarding();
    await assist.close();
  });
  mainWindow = createMainWindow({
    BrowserWindow,
    screen,
    stateStore: openJsonStore('window-state', { disposable: true }),
    paths,
  });
}

// One data folder whatever the product name: web mode and the CLIs use the same one.
app.setPath('userData', path.join(app.getPath('appData'), 'agent-assist'));

if (claimSingleInstance(app, () => mainWindow)) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => reportStartupFailure(error, dialog, app));
}
