import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { fail, fromZodError, type Result } from '../../shared/result';
import type { App } from '../app';
import { logger } from '../log';
import { screenPayload } from '../services/untrusted-json';
import { isAppIndexUrl } from './app-paths';
import { callChannel } from './channels';

/** What travels on the call channel; the params are checked against the contract by `dispatch`. */
const IpcCall = z.strictObject({ method: z.string(), params: z.unknown().optional() });

/** Registers the one call channel: calls from the app's own page are dispatched, all others refused. */
export function registerCallChannel(
  ipcMain: Pick<IpcMain, 'handle'>,
  app: Pick<App, 'dispatch'>,
  indexHtml: string,
): void {
  ipcMain.handle(callChannel, (event, payload) => answerCall(event, payload, app, indexHtml));
}

async function answerCall(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  payload: unknown,
  app: Pick<App, 'dispatch'>,
  indexHtml: string,
): Promise<Result<unknown>> {
  // A frame that navigated away (or was destroyed) has no URL to vouch for it: refuse it as well.
  const senderUrl = event.senderFrame?.url ?? '';
  if (!isAppIndexUrl(senderUrl, indexHtml)) {
    logger.warn({ senderUrl }, 'refused a call from a foreign frame');
    return fail('forbidden', 'Only the app’s own page may call the main side.');
  }
  // Size, depth and prototype keys are checked before zod or the app reads anything of the payload.
  const screened = screenPayload(payload);
  if (!screened.ok) return screened;
  const call = IpcCall.safeParse(screened.value);
  if (!call.success) {
    const error = fromZodError(call.error);
    const message = error.field
      ? error.message
      : `A call must be an object { method, params }: ${error.message}`;
    return { ok: false, error: { ...error, message } };
  }
  return app.dispatch(call.data.method, call.data.params);
}
