import {
  EventEnvelope,
  ResponseEnvelope,
  isMethodName,
  type AssistApi,
  type EventName,
} from '../../shared/contract';
import type { AppError } from '../../shared/result';

type Pending = (result: { ok: true; value: unknown } | { ok: false; error: AppError }) => void;
type AnyListener = (payload: unknown) => void;

const callTimeoutMs = 30_000;

/**
 * The contract over the web host's WebSocket: the same AssistApi the Electron preload exposes.
 * Reconnects with backoff; calls made while disconnected wait for the connection.
 */
export function connectWebSocket(
  url: string,
  onStatus: (status: 'connecting' | 'open' | 'closed') => void,
): AssistApi {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<AnyListener>>();
  let nextId = 1;
  let socket: WebSocket;
  let ready: Promise<void>;
  let retryMs = 250;

  const open = () => {
    onStatus('connecting');
    socket = new WebSocket(url);
    ready = new Promise((resolve) => socket.addEventListener('open', () => resolve(), { once: true }));
    socket.addEventListener('open', () => {
      retryMs = 250;
      onStatus('open');
    });
    socket.addEventListener('message', (event) => receive(String(event.data)));
    socket.addEventListener('close', () => {
      onStatus('closed');
      for (const [id, settle] of pending) {
        settle({ ok: false, error: { code: 'internal', message: 'The connection to the app was lost.' } });
        pending.delete(id);
      }
      setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, 5_000);
    });
  };

  const receive = (raw: string) => {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return;
    }
    const response = ResponseEnvelope.safeParse(json);
    if (response.success && typeof response.data.id === 'number') {
      pending.get(response.data.id)?.(response.data.result);
      pending.delete(response.data.id);
      return;
    }
    const event = EventEnvelope.safeParse(json);
    if (event.success)
      for (const listener of listeners.get(event.data.event) ?? []) listener(event.data.payload);
  };

  open();

  return {
    async call(method, params) {
      if (!isMethodName(method)) {
        return { ok: false, error: { code: 'unknown_method', message: `Unknown method ${String(method)}.` } };
      }
      await ready;
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({ ok: false, error: { code: 'timeout', message: `${method} did not answer in time.` } });
        }, callTimeoutMs);
        pending.set(id, (result) => {
          clearTimeout(timer);
          resolve(result as never);
        });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    on(event: EventName, listener) {
      const set = listeners.get(event) ?? new Set<AnyListener>();
      set.add(listener as AnyListener);
      listeners.set(event, set);
      return () => set.delete(listener as AnyListener);
    },
  };
}
