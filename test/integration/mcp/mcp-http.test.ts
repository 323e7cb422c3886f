import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/result';
import { createApp, type App } from '../../../electron/app';
import { confSettingsBackend } from '../../../electron/host/conf-settings';
import { fileSecretStore } from '../../../electron/host/file-secrets';
import { logger } from '../../../electron/log';
import { one } from '../agent/agent-fixture';

interface Status {
  enabled: boolean;
  url: string | null;
  tokenSet: boolean;
  error: string | null;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** One request on its own connection (no keep-alive pool that outlives a restarted server). */
function send(
  target: string | URL,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      { method: init.method ?? 'GET', headers: init.headers, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

describe('Settings → MCP server: the tools over Streamable HTTP on 127.0.0.1', () => {
  let dataDir: string;
  let app: App;
  let url: string;
  let token: string;
  const logged: string[] = [];

  const status = async () => value<Status>(await app.dispatch('mcpServer.status', {}));
  const post = (
    headers: Record<string, string>,
    body: unknown = { jsonrpc: '2.0', id: 1, method: 'tools/list' },
  ) =>
    send(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
        ...headers,
      },
      body: JSON.stringify(body),
    });
  const connect = async () => {
    const client = new Client({ name: 'HTTP Desk', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(url), {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
      }),
    );
    return client;
  };

  beforeAll(async () => {
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const)
      vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => {
        logged.push(JSON.stringify(args));
      }) as never);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-mcp-http-'));
    app = createApp({
      dataDir,
      settings: confSettingsBackend(dataDir),
      secrets: fileSecretStore(dataDir),
      transport: 'web',
      seed: { size: 150 },
    });
    const port = await freePort();
    expect(await status()).toEqual({ enabled: false, url: null, tokenSet: false, error: null });
    value(await app.dispatch('settings.update', { mcpServer: { enabled: true, port } }));
    // On, but no token yet: nothing listens.
    expect(await status()).toMatchObject({ enabled: true, url: null, tokenSet: false });
    token = value<{ token: string }>(await app.dispatch('mcpServer.rotateToken', {})).token;
    const running = await status();
    expect(running).toEqual({
      enabled: true,
      url: `http://127.0.0.1:${port}/mcp`,
      tokenSet: true,
      error: null,
    });
    url = running.url!;
  });

  afterAll(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('serves the SDK client with the bearer token: lists the tools and calls orders_get', async () => {
    const client = await connect();
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['orders_get', 'actions_get']));
      const order = one<{ id: string }>(app, 'SELECT id FROM sb_orders LIMIT 1');
      const result = (await client.callTool({
        name: 'orders_get',
        arguments: { orderId: order.id },
      })) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ order: { id: order.id } });
    } finally {
      await client.close();
    }
  });

  it('refuses a request without the token, or with a wrong one: 401 with WWW-Authenticate', async () => {
    const none = await post({});
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer /);
    const wrong = await post({ Authorization: `Bearer ${token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toContain('invalid_token');
    const client = new Client({ name: 'Intruder', version: '1.0.0' });
    await expect(client.connect(new StreamableHTTPClientTransport(new URL(url)))).rejects.toThrow();
  });

  it("refuses a page on another origin, and a host name that is not this machine's, even with the token", async () => {
    const auth = { Authorization: `Bearer ${token}` };
    expect((await post({ ...auth, Origin: 'https://evil.example' })).status).toBe(403);
    // fetch sets Host itself; a raw request shows what a DNS-rebinding page would send.
    const rebound = await new Promise<number>((resolve, reject) => {
      const socket = net.connect(Number(new URL(url).port), '127.0.0.1', () =>
        socket.write(
          `POST /mcp HTTP/1.1\r\nHost: evil.example:${new URL(url).port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        ),
      );
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1])));
      socket.on('error', reject);
    });
    expect(rebound).toBe(403);
    // The app's own origin is fine.
    expect((await post({ ...auth, Origin: new URL(url).origin })).status).toBe(200);
  });

  it('caps the body, answers only POST at /mcp, and stays up after bad input', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const huge = await post(auth, {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/list',
      params: { pad: 'x'.repeat(1_100_000) },
    });
    expect(huge.status).toBe(413);
    const notJson = await send(url, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: '{"jsonrpc":',
    });
    expect(notJson.status).toBe(400);
    expect((await send(url, { headers: auth })).status).toBe(405);
    expect((await send(url, { method: 'DELETE', headers: auth })).status).toBe(405);
    expect((await send(new URL('/other', url), { headers: auth })).status).toBe(404);
    expect((await post(auth)).status).toBe(200);
  });

  it('restarts with a new token, which replaces the old one', async () => {
    const old = token;
    token = value<{ token: string }>(await app.dispatch('mcpServer.rotateToken', {})).token;
    expect(token).not.toBe(old);
    expect((await post({ Authorization: `Bearer ${old}` })).status).toBe(401);
    expect((await post({ Authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('keeps the token out of settings, the settings answer and the log', async () => {
    const settingsFile = fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
    expect(settingsFile).toContain('"mcpServer"');
    expect(settingsFile).not.toContain(token);
    // Where it is kept in web mode: the owner-only secrets file (the keychain on the desktop).
    expect(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')).toContain(token);
    expect(JSON.stringify(value(await app.dispatch('settings.get', {})))).not.toContain(token);
    expect(JSON.stringify(await status())).not.toContain(token);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(token);
  });

  it('stops when turned off', async () => {
    const port = Number(new URL(url).port);
    value(await app.dispatch('settings.update', { mcpServer: { enabled: false, port } }));
    expect(await status()).toMatchObject({ enabled: false, url: null, tokenSet: true });
    await expect(post({ Authorization: `Bearer ${token}` })).rejects.toThrow();
  });
});
