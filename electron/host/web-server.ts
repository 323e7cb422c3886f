import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { RequestEnvelope, type EventEnvelope, type ResponseEnvelope } from '../../shared/contract';
import { fail, fromZodError, type Result } from '../../shared/result';
import type { App } from '../app';
import { logger } from '../log';
import { loopbackAddress } from './loopback';
import { contentSecurityPolicy, serveStatic } from './static-files';

export interface WebHostOptions {
  app: App;
  /** Folder with the renderer build. */
  staticDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
}

export interface WebHost {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const maxMessageBytes = 1024 * 1024;

/** Serves the UI and the contract over a token-guarded WebSocket on loopback only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const address = loopbackAddress(options.host ?? '127.0.0.1');
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, address, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostPart = address.includes(':') ? `[${address}]` : address;
  const origin = `http://${hostPart}:${port}`;
  const allowedOrigins = new Set([origin, `http://localhost:${port}`]);

  server.on('request', serveStatic(options.staticDir, contentSecurityPolicy(`ws://${hostPart}:${port}`)));

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  server.on('upgrade', (req, socket, head) => {
    const refusal = checkUpgrade(req, token, allowedOrigins);
    if (refusal) return refuse(socket, refusal.status, refusal.reason);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });

  wss.on('connection', (ws) => {
    const unsubscribe = options.app.bus.subscribe((event, payload) => {
      send(ws, { type: 'event', event, payload } satisfies EventEnvelope);
    });
    ws.on('message', (data, isBinary) => void answer(ws, options.app, isBinary ? null : data.toString()));
    ws.on('close', unsubscribe);
    ws.on('error', (error) => logger.warn({ err: error }, 'websocket error'));
  });

  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    token,
    async close() {
      for (const client of wss.clients) client.close(1001, 'server closing');
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function checkUpgrade(
  req: http.IncomingMessage,
  token: string,
  allowedOrigins: Set<string>,
): { status: number; reason: string } | null {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/ws') return { status: 404, reason: 'Not Found' };
  const presented = Buffer.from(url.searchParams.get('token') ?? '');
  const expected = Buffer.from(token);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    return { status: 401, reason: 'Unauthorized' };
  }
  // Browsers always send Origin; a page on another site must not drive the app with a leaked token.
  const requestOrigin = req.headers.origin;
  if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin))
    return { status: 403, reason: 'Forbidden' };
  return null;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Parses one message, dispatches it and replies; a malformed message gets an error, never a crash. */
async function answer(ws: WebSocket, app: App, raw: string | null): Promise<void> {
  const reply = (id: ResponseEnvelope['id'], result: Result<unknown>) =>
    send(ws, { type: 'response', id, result } satisfies ResponseEnvelope);
  if (raw === null) return reply(null, fail('bad_request', 'Messages must be JSON text, not binary.'));
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return reply(null, fail('bad_request', 'The message is not valid JSON.'));
  }
  const envelope = RequestEnvelope.safeParse(json);
  if (!envelope.success) {
    const id = typeof json === 'object' && json !== null && 'id' in json ? json.id : null;
    const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
    return reply(safeId, { ok: false, error: fromZodError(envelope.error) });
  }
  reply(envelope.data.id, await app.dispatch(envelope.data.method, envelope.data.params));
}

function send(ws: WebSocket, message: ResponseEnvelope | EventEnvelope): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
}
