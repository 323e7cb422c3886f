import { createHash, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { App } from '../app';
import {
  answerClientError,
  guardRequests,
  hostAllowed,
  loopbackOrigins,
  originAllowed,
} from '../host/http-guards';
import { loopbackAddress } from '../host/loopback';
import { logger } from '../log';
import { maxRequestBytes, parseJsonText } from '../services/untrusted-json';
import { createMcpServer } from './server';

export interface McpHttpOptions {
  app: App;
  /** 0 picks a free port (tests). */
  port: number;
  /** The bearer token every request must carry. */
  token: string;
  /** Loopback only: 127.0.0.1 (the default) or ::1. */
  host?: string;
}

export interface McpHttpServer {
  /** Where clients connect: `http://127.0.0.1:PORT/mcp`. */
  url: string;
  close(): Promise<void>;
}

export const mcpPath = '/mcp';

/** A JSON-RPC error with no request id, the shape MCP clients expect from a refused HTTP request. */
const rpcError = (code: number, message: string) =>
  JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null });

function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
  code = -32000,
): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(rpcError(code, message));
}

/** Constant-time: both sides are hashed first, so neither the length nor a prefix leaks. */
function tokenMatches(header: string | undefined, expected: Buffer): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (presented === undefined) return false;
  return timingSafeEqual(createHash('sha256').update(presented).digest(), expected);
}

/** The request body as text, or null once it passed `maxRequestBytes` (the caller answers 413). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      bytes += chunk.length;
      if (bytes > maxRequestBytes) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/**
 * The app's MCP server over Streamable HTTP, on loopback only, for MCP clients on this machine
 * (Settings → MCP server). Every request needs `Authorization: Bearer <token>` and passes the web
 * mode's Host and Origin checks, so neither another user's page nor a DNS-rebinding site can use it.
 *
 * Stateless: each POST gets a fresh transport and a fresh `createMcpServer(app)`, which answers it and
 * is closed with the response. Nothing is kept between requests (no session to hijack, leak or expire;
 * idempotency and queued actions live in the database anyway), so GET (a server-to-client stream) and
 * DELETE (ending a session) have nothing to serve and answer 405, as the SDK's stateless servers do.
 * The cost: a tool call does not see the client's `initialize`, so queue entries read "MCP client".
 */
export async function startMcpHttpServer(options: McpHttpOptions): Promise<McpHttpServer> {
  const address = loopbackAddress(options.host ?? '127.0.0.1');
  const expected = createHash('sha256').update(options.token).digest();
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const allowed = loopbackOrigins(address, port);
  const hostPart = address.includes(':') ? `[${address}]` : address;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return refuse(res, 400, 'Bad request target.');
    }
    if (pathname !== mcpPath) return refuse(res, 404, `Not found: the MCP endpoint is ${mcpPath}.`);
    if (!hostAllowed(req, allowed) || !originAllowed(req, allowed))
      return refuse(res, 403, 'Forbidden: requests must come from this machine, not from a web page.');
    if (!tokenMatches(req.headers.authorization, expected))
      return refuse(res, 401, 'Unauthorized: send Authorization: Bearer <token> (Settings → MCP server).', {
        'WWW-Authenticate': req.headers.authorization
          ? 'Bearer realm="agent-assist", error="invalid_token"'
          : 'Bearer realm="agent-assist"',
      });
    if (req.method !== 'POST')
      return refuse(res, 405, 'Method not allowed: this server is stateless; send requests with POST.', {
        Allow: 'POST',
      });
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxRequestBytes) {
      res.setHeader('Connection', 'close');
      return refuse(res, 413, `The request is over ${maxRequestBytes} bytes.`);
    }
    const text = await readBody(req);
    if (text === null) {
      res.setHeader('Connection', 'close');
      return refuse(res, 413, `The request is over ${maxRequestBytes} bytes.`);
    }
    const body = parseJsonText(text);
    if (!body.ok) return refuse(res, 400, `Parse error: ${body.error.message}`, {}, -32700);

    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    const mcp = createMcpServer(options.app);
    res.on('close', () => {
      void transport.close().catch(() => undefined);
      void mcp.close().catch(() => undefined);
    });
    await mcp.connect(transport);
    await transport.handleRequest(req, res, body.value);
  };

  server.on('error', (error) => logger.error({ err: error }, 'MCP HTTP server error'));
  server.on('clientError', answerClientError);
  server.on(
    'request',
    guardRequests((req, res) => {
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: error }, 'MCP HTTP request failed');
        refuse(res, 500, 'The request failed inside the app.', {}, -32603);
      });
    }),
  );

  return {
    url: `http://${hostPart}:${port}${mcpPath}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
