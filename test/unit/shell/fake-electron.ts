import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';

/**
 * A stand-in for the 'electron' module, for `vi.mock('electron', () => import('./fake-electron'))`.
 * It records what the shell asks of Electron (window options, handlers, exposed APIs) and lets a
 * test play the user or the page: move a window, navigate, call over IPC, receive events.
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

  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
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

  focus(): void {
    this.focused = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
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
    if (!event.defaultPrevented) this.quitted = true;
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
  shell.openExternal.mockClear();
  dialog.showErrorBox.mockClear();
}
