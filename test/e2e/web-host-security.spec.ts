import WebSocket from 'ws';
import { expect, test } from './web-app';

/** Opens a socket and resolves with the first message, or rejects with the handshake failure. */
function connect(url: string, origin?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(data.toString()))));
}

const wsUrl = (origin: string, token?: string) =>
  `${origin.replace('http', 'ws')}/ws${token === undefined ? '' : `?token=${token}`}`;

test('a WebSocket without the launch token is refused', async ({ webApp }) => {
  await expect(connect(wsUrl(webApp.origin))).rejects.toThrow('HTTP 401');
  await expect(connect(wsUrl(webApp.origin, 'wrong-token'))).rejects.toThrow('HTTP 401');
});

test('a WebSocket from another origin is refused even with the token', async ({ webApp }) => {
  await expect(connect(wsUrl(webApp.origin, webApp.token), 'https://evil.example')).rejects.toThrow(
    'HTTP 403',
  );
});

test('malformed messages get clear errors and the host stays up', async ({ webApp }) => {
  const ws = await connect(wsUrl(webApp.origin, webApp.token), webApp.origin);
  const cases: [string, unknown][] = [
    [
      'not json',
      {
        id: null,
        result: { ok: false, error: { code: 'bad_request', message: 'The message is not valid JSON.' } },
      },
    ],
    [
      JSON.stringify({ id: 1 }),
      { id: 1, result: { ok: false, error: { code: 'bad_request', field: 'method' } } },
    ],
    [
      JSON.stringify({ id: 2, method: 'nope.nothing' }),
      { id: 2, result: { ok: false, error: { code: 'unknown_method' } } },
    ],
    [
      JSON.stringify({ id: 3, method: 'conversations.get', params: { id: 7 } }),
      { id: 3, result: { ok: false, error: { code: 'bad_request', field: 'params.id' } } },
    ],
  ];
  for (const [raw, expected] of cases) {
    const reply = nextMessage(ws);
    ws.send(raw);
    expect(await reply).toMatchObject({ type: 'response', ...(expected as object) });
  }
  const reply = nextMessage(ws);
  ws.send(JSON.stringify({ id: 4, method: 'app.info', params: {} }));
  expect(await reply).toMatchObject({ id: 4, result: { ok: true, value: { transport: 'web' } } });
  ws.close();
});

test('the page is served with a strict content security policy', async ({ request, webApp }) => {
  const response = await request.get(webApp.origin);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
});
