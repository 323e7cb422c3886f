import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatCompletionsStub {
  /** Base URL to give the app, e.g. http://127.0.0.1:40123/v1. */
  baseUrl: string;
  /** Lets the held stream finish (the reply is then complete). */
  finish(): void;
  close(): Promise<void>;
}

const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-stub',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'stub',
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;

/**
 * A local server that speaks the streaming Chat Completions protocol: every request gets `first`
 * at once, then waits until finish() before sending `rest` and closing, so a test can watch the
 * reply while it is being typed.
 */
export async function startChatCompletionsStub(first: string, rest: string): Promise<ChatCompletionsStub> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(chunk({ role: 'assistant', content: first }));
      void released.then(() => {
        res.write(chunk({ content: rest }));
        res.write(chunk({}, 'stop'));
        res.end('data: [DONE]\n\n');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    finish: release,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
