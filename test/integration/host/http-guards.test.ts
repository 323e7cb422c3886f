import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { answerClientError, guardRequests, guardUpgrades } from '../../../electron/host/http-guards';

let server: http.Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  running?.closeAllConnections();
  if (running) await new Promise((resolve) => running.close(resolve));
});

/** A server on 127.0.0.1 whose listeners throw on their first calls and work afterwards. */
async function serverThatFailsOnce(): Promise<string> {
  let requests = 0;
  let upgrades = 0;
  server = http.createServer(
    guardRequests((_req, res) => {
      requests += 1;
      if (requests === 1) throw new Error('the first request fails');
      if (requests === 2) {
        res.writeHead(200).write('partial');
        throw new Error('the second request fails half way');
      }
      res.writeHead(200).end('fine');
    }),
  );
  server.on('clientError', answerClientError);
  server.on(
    'upgrade',
    guardUpgrades((_req, socket) => {
      upgrades += 1;
      if (upgrades === 1) throw new Error('the first upgrade fails');
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
    }),
  );
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(address: string): Promise<{ status: number; body: string } | 'connection failed'> {
  try {
    const response = await fetch(`http://${address}/`);
    return { status: response.status, body: await response.text() };
  } catch {
    return 'connection failed';
  }
}

function upgrade(address: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${address}/ws`);
    ws.on('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
    ws.on('error', () => resolve('connection closed'));
  });
}

describe('guarded HTTP listeners', () => {
  it('turn a request listener’s exception into a 500, and the server keeps answering', async () => {
    const address = await serverThatFailsOnce();
    expect(await get(address)).toEqual({ status: 500, body: 'The request failed.' });
    expect(await get(address)).toBe('connection failed');
    expect(await get(address)).toEqual({ status: 200, body: 'fine' });
  });

  it('close the socket of an upgrade whose listener throws, and the server keeps answering', async () => {
    const address = await serverThatFailsOnce();
    expect(await upgrade(address)).toBe('connection closed');
    expect(await upgrade(address)).toBe('HTTP 403');
    expect(await get(address)).toEqual({ status: 500, body: 'The request failed.' });
  });
});
