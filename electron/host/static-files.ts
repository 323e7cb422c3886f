import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { logger } from '../log';
import { resolveRequestPath } from './request-path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Same policy as the Electron window: our own scripts only, and a WebSocket back to this host. */
export const contentSecurityPolicy = (wsOrigin: string): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${wsOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');

/** The path if it names a regular file; a name the file system refuses counts as no file. */
function regularFile(file: string): string | null {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves the renderer build; unknown paths get index.html, malformed paths 400 and paths outside the
 * folder 404.
 */
export function serveStatic(root: string, csp: string) {
  const rootDir = path.resolve(root);
  const indexHtml = path.join(rootDir, 'index.html');
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const requested = resolveRequestPath(rootDir, req.url ?? '/');
    if (!requested.ok) {
      res
        .writeHead(requested.status, {
          'Content-Type': 'text/plain; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
        })
        .end(requested.reason);
      return;
    }
    const file = regularFile(requested.file) ?? regularFile(indexHtml);
    if (file === null) {
      res
        .writeHead(503, { 'Content-Type': 'text/plain' })
        .end('The UI is not built yet: run `npm run build`.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else
      pipeline(fs.createReadStream(file), res, (error) => {
        // A file removed mid-read, or a client gone: the response is cut short, the server stays up.
        if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
          logger.warn({ err: error, file }, 'static file not sent');
      });
  };
}
