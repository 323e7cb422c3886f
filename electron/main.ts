import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  dialog,
  globalShortcut,
  ipcMain,
  nativeImage,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { createApp } from './app';
import { appPaths } from './shell/app-paths';
import { notifyOnAttention } from './shell/attention-notifications';
import { electronStoreSettingsBackend } from './shell/electron-store-settings';
import { forwardEvents } from './shell/event-forwarding';
import { registerSummonShortcut } from './shell/global-shortcut';
import { registerCallChannel } from './shell/ipc';
import { openJsonStore } from './shell/json-store';
import { createMainWindow } from './shell/main-window';
import { revealWindow } from './shell/reveal-window';
import { safeStorageSecretStore } from './shell/safe-storage-secrets';
import { guardAllWebContents, secureSession } from './shell/security';
import { createSidePanel } from './shell/side-panel';
import { sidePanelToggle } from './shell/side-panel-toggle';
import { closeAppOnQuit } from './shell/shutdown';
import { claimSingleInstance } from './shell/single-instance';
import { reportStartupFailure } from './shell/startup-failure';
import { createStatusTray } from './shell/status-tray';
import { trayIcon } from './shell/tray-icon';

// Wiring only: every piece below lives in electron/shell/ and is tested there.
const paths = appPaths(path.dirname(fileURLToPath(import.meta.url)));
let mainWindow: BrowserWindow | undefined;

function start(): void {
  secureSession(session.defaultSession);
  guardAllWebContents(app, { indexHtml: paths.indexHtml, openExternal: (url) => shell.openExternal(url) });
  const assist = createApp({
    dataDir: app.getPath('userData'),
    settings: electronStoreSettingsBackend(openJsonStore('settings', { disposable: false })),
    // Not secrets.json: web mode keeps its plain-text key file under that name in the same folder.
    secrets: safeStorageSecretStore(
      safeStorage,
      openJsonStore('encrypted-secrets', { disposable: false, private: true }),
      process.platform,
    ),
    transport: 'electron',
    pollInbound: true,
    sampleTickets: true,
  });
  registerCallChannel(ipcMain, assist, paths.indexHtml);
  const stopForwarding = forwardEvents(assist.bus, () => BrowserWindow.getAllWindows());
  const windowState = openJsonStore('window-state', { disposable: true });
  const openMainWindow = () => createMainWindow({ BrowserWindow, screen, stateStore: windowState, paths });
  // The tray and notifications outlive a closed main window while the side panel keeps the app running.
  const showMainWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openMainWindow();
    else revealWindow(mainWindow);
  };
  const sidePanel = sidePanelToggle(() => createSidePanel({ BrowserWindow, screen, paths }));
  registerSummonShortcut(globalShortcut, app, () => sidePanel.summonOrDismiss());
  const stopNotifying = notifyOnAttention({ app: assist, Notification, onClick: showMainWindow });
  const removeTray = createStatusTray({
    Tray,
    Menu,
    icon: trayIcon(nativeImage, process.platform),
    platform: process.platform,
    app: assist,
    actions: {
      openMainWindow: showMainWindow,
      toggleSidePanel: () => sidePanel.showOrHide(),
      quit: () => app.quit(),
    },
  });
  closeAppOnQuit(app, async () => {
    stopForwarding();
    stopNotifying();
    removeTray();
    await assist.close();
  });
  mainWindow = openMainWindow();
}

// One data folder whatever the product name: web mode and the CLIs use the same one.
app.setPath('userData', path.join(app.getPath('appData'), 'agent-assist'));

if (claimSingleInstance(app, () => mainWindow)) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => reportStartupFailure(error, dialog, app));
}
