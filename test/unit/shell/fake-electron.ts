import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  NotificationConstructorOptions,
} from 'electron';
import { vi } from 'vitest';

/**
 * A stand-in for the 'electron' module, for `vi.mock('electron', () => import('./fake-electron'))`.
 * It records what the shell asks of Electron (window options, handlers, exposed APIs, the tray,
 * shortcuts, notifications, what safeStorage encrypts) and lets a test play the user or the page:
 * move a window, navigate, call over IPC, receive events, press a shortcut, pick a tray menu item.
 * One page is simulated: `ipcRenderer` talks to `ipcMain`, and every window's `send` reaches it.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An Electron event: `preventDefault` is recorded in `defaultPrevented`. */
export function fakeEvent<T extends object>(
  params: T,
): T & { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | undefined;
  destroyed = false;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
    ipcRenderer.emit(channel, { sender: ipcRenderer }, ...args);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  bounds: Rect;
  loadedFile: string | undefined;
  /** The URL Electron would show for the loaded file, query included. */
  loadedUrl: string | undefined;
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', fakeEvent({}), this.webContents);
  }

  loadFile(file: string, options: { query?: Record<string, string> } = {}): Promise<void> {
    this.loadedFile = file;
    const url = pathToFileURL(file);
    url.search = new URLSearchParams(options.query).toString();
    this.loadedUrl = url.href;
    return Promise.resolve();
  }

  getNormalBounds(): Rect {
    return { ...this.bounds };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  minimize(): void {
    this.minimized = true;
    this.focused = false;
  }

  restore(): void {
    this.minimized = false;
  }

  show(): void {
    this.visible = true;
  }

  hide(): void {
    this.visible = false;
    this.focused = false;
  }

  isVisible(): boolean {
    return this.visible;
  }

  /** Like a desktop: one window has the focus at a time. */
  focus(): void {
    for (const window of FakeBrowserWindow.instances) window.focused = false;
    this.focused = true;
  }

  isFocused(): boolean {
    return this.focused;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }

  /** What a user's drag does: new bounds, then a 'move' event. */
  moveTo(bounds: Rect): void {
    this.bounds = bounds;
    this.emit('move');
  }
}

export const BrowserWindow = FakeBrowserWindow;

/** The fake behind a window a test got typed as Electron's, to act on it or inspect it. */
export const fakeWindow = (window: unknown): FakeBrowserWindow => window as FakeBrowserWindow;

type InvokeHandler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
}

export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  /** The URL of the page the simulated renderer shows; `null` plays a frame that has gone. */
  frameUrl: string | null = null;
  invoked: { channel: string; args: unknown[] }[] = [];

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    const handler = ipcMain.handlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    const senderFrame = this.frameUrl === null ? null : { url: this.frameUrl };
    return Promise.resolve(handler({ senderFrame }, ...structuredClone(args)));
  }
}

export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api);
  },
};

class FakeApp extends EventEmitter {
  hasLock = true;
  userData = ':memory:';
  quitRequests = 0;
  quitted = false;
  exitCode: number | undefined;

  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }

  /** Like Electron: 'before-quit' first, and a listener that prevents it keeps the app running. */
  quit(): void {
    this.quitRequests += 1;
    const event = fakeEvent({});
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.emit('will-quit', fakeEvent({}));
    this.quitted = true;
  }

  exit(code: number): void {
    this.exitCode = code;
  }

  appData = ':memory:';

  getPath(name: string): string {
    if (name === 'appData') return this.appData;
    if (name !== 'userData') throw new Error(`The fake app knows no path named ${name}`);
    return this.userData;
  }

  setPath(name: string, value: string): void {
    if (name !== 'userData') throw new Error(`The fake app cannot set a path named ${name}`);
    this.userData = value;
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }
}

export const app = new FakeApp();

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;

export const session = {
  defaultSession: {
    webRequest: {
      headersListener: undefined as HeadersListener | undefined,
      beforeRequest: undefined as { filter: { urls: string[] }; listener: RequestListener } | undefined,
      onHeadersReceived(listener: HeadersListener): void {
        session.defaultSession.webRequest.headersListener = listener;
      },
      onBeforeRequest(filter: { urls: string[] }, listener: RequestListener): void {
        session.defaultSession.webRequest.beforeRequest = { filter, listener };
      },
    },
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    setPermissionRequestHandler(handler: PermissionRequestHandler): void {
      session.defaultSession.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler): void {
      session.defaultSession.permissionCheckHandler = handler;
    },
  },
};

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const centreDistance = (a: Rect, b: Rect) =>
  Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));

export const screen = {
  /** Each display's work area; the first is the primary display. */
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }] as Rect[],
  /** Where the mouse pointer is. */
  cursor: { x: 960, y: 520 },
  getCursorScreenPoint(): { x: number; y: number } {
    return { ...screen.cursor };
  },
  getDisplayNearestPoint(point: { x: number; y: number }): { workArea: Rect } {
    return screen.getDisplayMatching({ ...point, width: 1, height: 1 });
  },
  /** Like Electron: the display the rectangle overlaps most, else the nearest one. */
  getDisplayMatching(rect: Rect): { workArea: Rect } {
    const byFit = [...screen.workAreas].sort(
      (a, b) => overlap(b, rect) - overlap(a, rect) || centreDistance(a, rect) - centreDistance(b, rect),
    );
    return { workArea: byFit[0] as Rect };
  },
};

export const shell = { openExternal: vi.fn((_url: string) => Promise.resolve()) };

export const dialog = { showErrorBox: vi.fn((_title: string, _content: string) => undefined) };

/** The system's global shortcuts: `taken` plays accelerators another app owns; `press` plays the user. */
class FakeGlobalShortcut {
  registered = new Map<string, () => void>();
  taken = new Set<string>();

  register(accelerator: string, callback: () => void): boolean {
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }

  unregisterAll(): void {
    this.registered.clear();
  }

  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  }
}

export const globalShortcut = new FakeGlobalShortcut();

/** A desktop notification: `shown` once shown; emit 'click' to play the user clicking it. */
export class FakeNotification extends EventEmitter {
  static supported = true;
  static instances: FakeNotification[] = [];

  static isSupported(): boolean {
    return FakeNotification.supported;
  }

  shown = false;

  constructor(readonly options: NotificationConstructorOptions = {}) {
    super();
    FakeNotification.instances.push(this);
  }

  show(): void {
    this.shown = true;
  }
}

export const Notification = FakeNotification;

/** An image made from data URLs, one per scale factor. */
export class FakeNativeImage {
  representations: { scaleFactor: number; dataURL: string }[] = [];
  template = false;

  addRepresentation(options: { scaleFactor?: number; dataURL?: string }): void {
    this.representations.push({ scaleFactor: options.scaleFactor ?? 1, dataURL: options.dataURL ?? '' });
  }

  setTemplateImage(template: boolean): void {
    this.template = template;
  }

  isTemplateImage(): boolean {
    return this.template;
  }
}

export const nativeImage = {
  createFromDataURL(dataURL: string): FakeNativeImage {
    const image = new FakeNativeImage();
    image.addRepresentation({ scaleFactor: 1, dataURL });
    return image;
  },
};

/** A menu as built from its template; a test clicks an item through the template's `click`. */
export class FakeMenu {
  constructor(readonly items: MenuItemConstructorOptions[]) {}
}

export const Menu = {
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(template);
  },
};

export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];

  tooltip = '';
  title = '';
  menu: FakeMenu | null = null;
  destroyed = false;

  constructor(readonly image: FakeNativeImage) {
    super();
    FakeTray.instances.push(this);
  }

  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }

  setTitle(title: string): void {
    this.title = title;
  }

  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
  }

  destroy(): void {
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The labels of the context menu's items, separators left out. */
  menuLabels(): string[] {
    return (this.menu?.items ?? []).flatMap((item) => (item.label === undefined ? [] : [item.label]));
  }

  /** What choosing a menu item does. */
  choose(label: string): void {
    const item = this.menu?.items.find((candidate) => candidate.label === label);
    if (!item?.click) throw new Error(`The tray menu has no item to click named ${label}`);
    (item.click as () => void)();
  }
}

export const Tray = FakeTray;

/**
 * The OS keychain behind safeStorage. Its "encryption" is a reversible scramble with a version
 * prefix, enough to show that what reaches the disk is not the plain text.
 */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as
    'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown',
  isEncryptionAvailable(): boolean {
    return safeStorage.available;
  },
  getSelectedStorageBackend() {
    return safeStorage.backend;
  },
  encryptString(plainText: string): Buffer {
    if (!safeStorage.available) throw new Error('Encryption is not available.');
    return Buffer.concat([Buffer.from('v11'), Buffer.from(plainText, 'utf8').map((byte) => byte ^ 0x5a)]);
  },
  decryptString(encrypted: Buffer): string {
    if (!safeStorage.available) throw new Error('Decryption is not available.');
    if (encrypted.subarray(0, 3).toString() !== 'v11')
      throw new Error('Error while decrypting the ciphertext.');
    return Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0x5a)).toString('utf8');
  },
};

/** Puts every fake back as new, for the next test. */
export function resetFakeElectron(): void {
  FakeBrowserWindow.instances = [];
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  ipcRenderer.frameUrl = null;
  ipcRenderer.invoked = [];
  contextBridge.exposed.clear();
  app.removeAllListeners();
  Object.assign(app, {
    hasLock: true,
    userData: ':memory:',
    appData: fs.mkdtempSync(path.join(os.tmpdir(), 'assist-fake-appdata-')),
    quitRequests: 0,
    quitted: false,
    exitCode: undefined,
  });
  Object.assign(session.defaultSession.webRequest, { headersListener: undefined, beforeRequest: undefined });
  Object.assign(session.defaultSession, {
    permissionRequestHandler: undefined,
    permissionCheckHandler: undefined,
  });
  screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  screen.cursor = { x: 960, y: 520 };
  globalShortcut.registered.clear();
  globalShortcut.taken.clear();
  FakeNotification.supported = true;
  FakeNotification.instances = [];
  FakeTray.instances = [];
  Object.assign(safeStorage, { available: true, backend: 'gnome_libsecret' });
  shell.openExternal.mockClear();
  dialog.showErrorBox.mockClear();
}
