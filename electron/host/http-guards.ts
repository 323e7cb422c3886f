import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { logger } from '../log';

/** The start of a request target, enough to recognise it in the log without copying a huge one. */
const loggedTarget = (req: IncomingMessage) => (req.url ?? '').slice(0, 200);

/** A request listener whose exception becomes a 500 and a log line instead of ending the process. */
export function guardRequests(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    try {
      listener(req, res);
    } catch (error) {
      logger.error({ err: error, target: loggedTarget(req) }, 'request failed');
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'Content-Type': 'text/plain' }).end('The request failed.');
    }
  };
}

/** An upgrade listener whose exception closes that socket and logs, instead of ending the process. */
export function guardUpgrades(
  listener: (req: IncomingMessage, socket: Duplex, head: Buffer) => void,
): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    // Node hands over an upgrade socket without an error listener; a reset would otherwise throw.
    socket.on('error', (error) => logger.warn({ err: error }, 'upgrade socket error'));
    try {
      listener(req, socket, head);
    } catch (error) {
      logger.error({ err: error, target: loggedTarget(req) }, 'upgrade failed');
      socket.destroy();
    }
  };
}

/**
 * The server's answer to a request it cannot even parse (bad request line, header too large): 400
 * and close, as Node does by default, plus a log line.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  logger.warn({ code: error.code, message: error.message }, 'malformed HTTP request refused');
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

/** The origins a loopback server's own pages have: its address and `localhost`, on its port. */
export function loopbackOrigins(address: string, port: number): Set<string> {
  const hostPart = address.includes(':') ? `[${address}]` : address;
  return new Set([`http://${hostPart}:${port}`, `http://localhost:${port}`]);
}

/**
 * Whether a request may come from where it says: no `Origin` (not a browser, or a same-origin GET) or
 * one of ours. Browsers always send Origin on cross-site requests, so a page on another site is refused
 * even when it holds a leaked token.
 */
export function originAllowed(req: IncomingMessage, allowedOrigins: Set<string>): boolean {
  const origin = req.headers.origin;
  return origin === undefined || allowedOrigins.has(origin);
}

/**
 * Whether the `Host` header names this loopback server (its address or `localhost`, on its port): a
 * DNS-rebinding page reaches 127.0.0.1 under its own host name and is refused.
 */
export function hostAllowed(req: IncomingMessage, allowedOrigins: Set<string>): boolean {
  const host = req.headers.host;
  return host !== undefined && allowedOrigins.has(`http://${host.toLowerCase()}`);
}
