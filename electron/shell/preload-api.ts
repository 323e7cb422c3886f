import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { eventNames, isMethodName, type AssistApi, type EventName } from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { callChannel, eventChannel } from './channels';

type CallOutcome = { ok: true; value: unknown } | { ok: false; error: AppError };
type IpcRendererPort = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** Same limit as the web transport: a call that never answers becomes an error, not a hung UI. */
export const callTimeoutMs = 30_000;

const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (eventNames as string[]).includes(name);

/** The `window.assist` object the preload exposes: the contract's two functions over IPC, nothing else. */
export function createAssistApi(ipcRenderer: IpcRendererPort): AssistApi {
  async function call(method: unknown, params: unknown): Promise<CallOutcome> {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: {
          code: 'unknown_method',
          message: `Unknown method ${JSON.stringify(method)}.`,
          field: 'method',
        },
      };
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<CallOutcome>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({ ok: false, error: { code: 'timeout', message: `${method} did not answer in time.` } }),
        callTimeoutMs,
      );
    });
    const answered = ipcRenderer.invoke(callChannel, { method, params }).then(
      (result: CallOutcome) => result,
      (error: unknown): CallOutcome => ({ ok: false, error: unreachable(method, error) }),
    );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  function on(event: unknown, listener: unknown): () => void {
    if (!isEventName(event)) {
      throw new Error(`Unknown event ${JSON.stringify(event)}: expected one of ${eventNames.join(', ')}.`);
    }
    if (typeof listener !== 'function') throw new Error(`The listener for ${event} must be a function.`);
    // The renderer gets the payload alone: the IPC event object would hand it the sender's internals.
    const receive = (_ipcEvent: IpcRendererEvent, message: { event: string; payload: unknown }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(eventChannel, receive);
    return () => {
      ipcRenderer.removeListener(eventChannel, receive);
    };
  }

  return { call, on } as AssistApi;
}

/** An invoke that failed before reaching a handler, e.g. params that cannot be copied between processes. */
function unreachable(method: string, error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `${method} could not reach the main side: ${reason}` };
}
