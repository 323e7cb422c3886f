import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ResponseEnvelope } from '../../../shared/contract';
import { fiveMegabytes, hostileRequests, type HostileRequest } from '../../fixtures/hostile-requests';
import { startTestWebHost, type TestWebHost } from '../../fixtures/test-web-host';

let web: TestWebHost;
beforeAll(async () => {
  web = await startTestWebHost();
});
afterAll(() => web.close());

interface Client {
  ws: WebSocket;
  /** Sends one frame and resolves with the response to it, or with the close code if the socket closes. */
  send(data: string | Buffer): Promise<ResponseEnvelope | { closed: number }>;
}

/** A connection with the launch token from the app's own origin, one request in flight at a time. */
function connect(): Promise<Client> {
  const ws = new WebSocket(`${web.host.origin.replace('http', 'ws')}/ws?token=${web.host.token}`, {
    origin: web.host.origin,
  });
  let waiting: ((answer: ResponseEnvelope | { closed: number }) => void) | undefined;
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as ResponseEnvelope | { type: 'event' };
    if (message.type === 'response') waiting?.(message);
  });
  ws.on('close', (code) => waiting?.({ closed: code }));
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        ws,
        send(data) {
          const answer = new Promise<ResponseEnvelope | { closed: number }>((settle) => (waiting = settle));
          ws.send(data, { binary: typeof data !== 'string' });
          return answer;
        },
      }),
    );
  });
}

const close = (client: Client) =>
  new Promise<void>((resolve) => {
    client.ws.once('close', () => resolve());
    client.ws.close();
  });

/** Heap in use after a full collection (the test process runs with --expose-gc, see vitest.config.ts). */
async function settledHeap(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc?.();
  }
  return process.memoryUsage().heapUsed;
}

/** What went wrong with one frame, or null when its answer is the one the contract promises. */
function mismatch(request: HostileRequest, answer: ResponseEnvelope | { closed: number }): string | null {
  const { code, id } = request.expected;
  if ('closed' in answer) return `closed the connection with ${answer.closed}`;
  const got = answer.result.ok ? 'ok' : answer.result.error.code;
  if (got !== code || answer.id !== id) return `answered ${got} under id ${String(answer.id)}`;
  if (!answer.result.ok && answer.result.error.message.length === 0) return 'answered without a message';
  return null;
}

async function sendAll(client: Client, requests: Iterable<HostileRequest>): Promise<string[]> {
  const problems: string[] = [];
  for (const request of requests) {
    const problem = mismatch(request, await client.send(request.data));
    if (problem) problems.push(`${request.kind} ${String(request.data).slice(0, 80)}: ${problem}`);
  }
  return problems;
}

describe('the WebSocket contract under hostile input', () => {
  it('answers each of 10,000 generated frames as the contract says, stays up and frees what it used', async () => {
    const client = await connect();
    expect(await sendAll(client, hostileRequests(7, 300))).toEqual([]);
    const before = await settledHeap();

    const kinds = new Map<string, number>();
    const requests = [...hostileRequests(20_250_611, 10_000)];
    for (const request of requests) kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
    expect(await sendAll(client, requests)).toEqual([]);
    expect([...kinds.keys()].sort()).toEqual([
      'bad-envelope',
      'binary',
      'deep',
      'invalid-json',
      'oversized',
      'prototype-key',
      'unknown-method',
      'valid',
      'wrong-params',
    ]);

    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(await client.send(JSON.stringify({ id: 'last', method: 'app.info', params: {} }))).toMatchObject({
      id: 'last',
      result: { ok: true, value: { transport: 'web' } },
    });
    await close(client);
    requests.length = 0;
    expect((await settledHeap()) - before).toBeLessThan(16 * 1024 * 1024);
  }, 60_000);

  it('answers a 5 MB message with an error and keeps the connection open', async () => {
    const client = await connect();
    const answer = await client.send(`{"id":1,"method":"app.info","params":{"note":"${fiveMegabytes}"}}`);
    expect(answer).toMatchObject({
      id: null,
      result: { ok: false, error: { code: 'bad_request', message: expect.stringContaining('the limit is') } },
    });
    expect(await client.send('{"id":2,"method":"app.info"}')).toMatchObject({ id: 2, result: { ok: true } });
    await close(client);
  });

  it('closes a connection that sends a frame over 8 MiB with 1009, and takes a new one', async () => {
    const client = await connect();
    expect(await client.send('x'.repeat(9 * 1024 * 1024))).toEqual({ closed: 1009 });
    const next = await connect();
    expect(await next.send('{"id":1,"method":"app.info"}')).toMatchObject({ id: 1, result: { ok: true } });
    await close(next);
  });
});
