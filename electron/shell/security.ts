import type { App, Session, WebContents } from 'electron';
import { logger } from '../log';
import { isAppIndexUrl } from './app-paths';

/** The page may load only what ships with it; the main side is reached through IPC, not the network. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const remoteUrls = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

type SecuredSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived' | 'onBeforeRequest'>;
};

/** Session-wide rules: our CSP on the app's own pages, every permission refused, no remote requests. */
export function secureSession(session: SecuredSession): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // Only our files get the policy: tools such as DevTools bring their own.
    if (!details.url.startsWith('file:')) return callback({});
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
  session.webRequest.onBeforeRequest({ urls: remoteUrls }, (details, callback) => {
    logger.warn({ url: details.url }, 'blocked a remote request');
    callback({ cancel: true });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface ContentsGuardOptions {
  /** The app's entry page: the only place a window may navigate to. */
  indexHtml: string;
  /** Opens a link in the system browser (shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applies `guardWebContents` to every web contents the app ever creates. */
export function guardAllWebContents(app: Pick<App, 'on'>, options: ContentsGuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

/**
 * Keeps a window on the app's own page: navigation elsewhere is cancelled, new windows are refused
 * (https links go to the system browser instead) and webviews cannot be attached.
 */
export function guardWebContents(contents: GuardedContents, options: ContentsGuardOptions): void {
  const stayOnApp = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppIndexUrl(event.url, options.indexHtml)) {
      logger.warn({ url: event.url }, 'blocked a navigation away from the app');
      event.preventDefault();
    }
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttpsUrl(url)) {
      options
        .openExternal(url)
        .catch((error: unknown) => logger.error({ err: error, url }, 'could not open link'));
    }
    return { action: 'deny' };
  });
}

function isHttpsUrl(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}
