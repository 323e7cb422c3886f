import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { RequestEnvelope, type EventEnvelope, type ResponseEnvelope } from '../../shared/contract';
import { fail, fromZodError, type Result } from '../../shared/result';
import type { App } from '../app';
import { logger } from '../log';
import { maxRequestBytes, parseJsonText, screenPayload } from '../services/untrusted-json';
import {
  answerClientError,
  guardRequests,
  guardUpgrades,
  loopbackOrigins,
  originAllowed,
} from './http-guards';
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

/**
 * A message over `maxRequestBytes` is answered with a bad_request error and the connection stays
 * open. A frame over this cap is not even buffered: the socket is closed with 1009 (message too big).
 */
const maxFrameBytes = 8 * maxRequestBytes;

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
  const allowedOrigins = loopbackOrigins(address, port);

  server.on('error', (error) => logger.error({ err: error }, 'web host error'));
  server.on('clientError', answerClientError);
  server.on(
    'request',
    guardRequests(serveStatic(options.staticDir, contentSecurityPolicy(`ws://${hostPart}:${port}`))),
  );

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  wss.on('error', (error) => logger.error({ err: error }, 'websocket server error'));
  server.on(
    'upgrade',
    guardUpgrades((req, socket, head) => {
      const refusal = checkUpgrade(req, token, allowedOrigins);
      if (refusal) return refuse(socket, refusal.status, refusal.reason);
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
    }),
  );

  wss.on('connection', (ws) => {
    const unsubscribe = options.app.bus.subscribe((event, payload) => {
      send(ws, { type: 'event', event, payload } satisfies EventEnvelope);
    });
    ws.on('message', (data, isBinary) => {
      answer(ws, options.app, data, isBinary).catch((error: unknown) => {
        logger.error({ err: error }, 'websocket message failed');
        send(ws, {
          type: 'response',
          id: null,
          result: fail('internal', 'The message could not be answered.'),
        });
      });
    });
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
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return { status: 400, reason: 'Bad Request' };
  }
  if (url.pathname !== '/ws') return { status: 404, reason: 'Not Found' };
  const presented = Buffer.from(url.searchParams.get('token') ?? '');
  const expected = Buffer.from(token);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    return { status: 401, reason: 'Unauthorized' };
  }
  // Browsers always send Origin; a page on another site must not drive the app with a leaked token.
  if (!originAllowed(req, allowedOrigins)) return { status: 403, reason: 'Forbidden' };
  return null;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The request id, when the message has one the contract accepts; refusals are sent back under it. */
function requestIdOf(json: unknown): ResponseEnvelope['id'] {
  if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'id')) return null;
  const id = RequestEnvelope.shape.id.safeParse((json as { id: unknown }).id);
  return id.success ? id.data : null;
}

/**
 * Parses one message, checks it as untrusted input, dispatches it and replies; every message gets an
 * answer, a malformed one an error with a code, never a crash.
 */
async function answer(ws: WebSocket, app: App, data: RawData, isBinary: boolean): Promise<void> {
  const reply = (id: ResponseEnvelope['id'], result: Result<unknown>) =>
    send(ws, { type: 'response', id, result } satisfies ResponseEnvelope);
  if (isBinary) return reply(null, fail('bad_request', 'Messages must be JSON text, not binary.'));
  const json = parseJsonText(data.toString());
  if (!json.ok) return reply(null, json);
  const id = requestIdOf(json.value);
  const screened = screenPayload(json.value);
  if (!screened.ok) return reply(id, screened);
  const envelope = RequestEnvelope.safeParse(screened.value);
  if (!envelope.success) return reply(id, { ok: false, error: fromZodError(envelope.error) });
  reply(envelope.data.id, await app.dispatch(envelope.data.method, envelope.data.params));
}

/** Sends to an open socket; a message that cannot be serialised is logged, never thrown at the caller. */
function send(ws: WebSocket, message: ResponseEnvelope | EventEnvelope): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  try {
    ws.send(JSON.stringify(message));
  } catch (error) {
    logger.error({ err: error, type: message.type }, 'websocket message not sent');
  }
}
