import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, guardAllWebContents, secureSession } from '../../../electron/shell/security';
import {
  FakeBrowserWindow,
  fakeEvent,
  resetFakeElectron,
  session as fakeSession,
  shell as fakeShell,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const indexHtml = path.resolve('/app/out/renderer/index.html');
const indexUrl = pathToFileURL(indexHtml).href;

beforeEach(resetFakeElectron);

/** A window whose web contents got the app-wide guard, as every window does once the shell starts. */
function guardedWindow(): FakeBrowserWindow {
  guardAllWebContents(app, { indexHtml, openExternal: fakeShell.openExternal });
  return new FakeBrowserWindow();
}

const navigate = (window: FakeBrowserWindow, kind: 'will-navigate' | 'will-redirect', url: string) => {
  const event = fakeEvent({ url });
  window.webContents.emit(kind, event);
  return event;
};

describe('the session', () => {
  it('sends our content security policy with every file the app loads', () => {
    secureSession(session.defaultSession);
    let headers: Record<string, string[]> | undefined;
    fakeSession.defaultSession.webRequest.headersListener?.(
      { url: indexUrl, responseHeaders: { 'Content-Type': ['text/html'] } },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy],
    });
  });

  it('leaves the headers of pages that are not the app’s files alone', () => {
    secureSession(session.defaultSession);
    let response: { responseHeaders?: Record<string, string[]> } | undefined;
    fakeSession.defaultSession.webRequest.headersListener?.(
      { url: 'devtools://devtools/bundled/devtools_app.html', responseHeaders: {} },
      (answer) => (response = answer),
    );
    expect(response).toEqual({});
  });

  it('has a policy that allows only the app’s own scripts, styles and connections', () => {
    expect(contentSecurityPolicy.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ]),
    );
  });

  it('refuses every permission the page asks for', () => {
    secureSession(session.defaultSession);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      fakeSession.defaultSession.permissionRequestHandler?.({}, permission, (granted) =>
        answers.push(granted),
      );
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(fakeSession.defaultSession.permissionCheckHandler?.({}, 'media')).toBe(false);
  });

  it('cancels every request to the network', () => {
    secureSession(session.defaultSession);
    const rule = fakeSession.defaultSession.webRequest.beforeRequest;
    expect(rule?.filter.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    let cancelled: boolean | undefined;
    rule?.listener({ url: 'https://tracker.example/pixel.gif' }, (response) => (cancelled = response.cancel));
    expect(cancelled).toBe(true);
  });
});

describe('a window’s web contents', () => {
  it('may not navigate to a web page', () => {
    expect(navigate(guardedWindow(), 'will-navigate', 'https://example.com/').defaultPrevented).toBe(true);
  });

  it('may not navigate to another local file', () => {
    const other = pathToFileURL(path.resolve('/home/rep/secrets.html')).href;
    expect(navigate(guardedWindow(), 'will-navigate', other).defaultPrevented).toBe(true);
  });

  it('may reload its own page', () => {
    expect(navigate(guardedWindow(), 'will-navigate', `${indexUrl}#queue`).defaultPrevented).toBe(false);
  });

  it('may not be redirected away from the app', () => {
    expect(navigate(guardedWindow(), 'will-redirect', 'http://example.com/').defaultPrevented).toBe(true);
  });

  it('may not open a new window', () => {
    const window = guardedWindow();
    expect(window.webContents.windowOpenHandler?.({ url: indexUrl })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('sends an https link to the system browser instead', () => {
    guardedWindow().webContents.windowOpenHandler?.({ url: 'https://help.example.com/returns' });
    expect(fakeShell.openExternal).toHaveBeenCalledWith('https://help.example.com/returns');
  });

  it('does not hand links other than https to the system', () => {
    const window = guardedWindow();
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x']) {
      window.webContents.windowOpenHandler?.({ url });
    }
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
  });

  it('may not attach a webview', () => {
    const window = guardedWindow();
    const event = fakeEvent({});
    window.webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});
