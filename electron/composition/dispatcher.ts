import type { z } from 'zod';
import { isMethodName, methods, type MethodName, type ResultOf } from '../../shared/contract';
import { fail, fromZodError, ok, type AppError, type Result } from '../../shared/result';
import { logger } from '../log';

/** One handler per contract method, typed by its params and result. */
export type Handlers = {
  [M in MethodName]: (
    params: z.infer<(typeof methods)[M]['params']>,
  ) => Result<ResultOf<M>> | Promise<Result<ResultOf<M>>>;
};

/**
 * The one door for untrusted calls: the method and params are checked against the contract, and so is
 * every answer; calls in flight finish before the app closes, and none start after.
 */
export function createDispatcher(handlers: Handlers) {
  let inFlight = 0;
  let closed = false;
  let drained: (() => void) | undefined;

  async function dispatch(method: unknown, params: unknown): Promise<Result<unknown>> {
    if (closed) return fail('internal', 'The app is shutting down.');
    if (!isMethodName(method)) {
      return fail('unknown_method', `Unknown method ${JSON.stringify(method)}.`, 'method');
    }
    const parsed = methods[method].params.safeParse(params ?? {});
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error, 'params') };
    inFlight += 1;
    try {
      const handler = handlers[method] as (p: unknown) => Result<unknown> | Promise<Result<unknown>>;
      const outcome = await handler(parsed.data);
      if (!outcome.ok) return outcome;
      // Our own answers are checked too, so a bug surfaces here rather than as a broken UI.
      const checked = methods[method].result.safeParse(outcome.value);
      if (!checked.success)
        throw new Error(`result of ${method} breaks the contract: ${checked.error.message}`);
      return ok(checked.data);
    } catch (error) {
      logger.error({ err: error, method }, 'call failed');
      return { ok: false, error: internalError(error) };
    } finally {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    }
  }

  /** Refuses new calls and resolves once the calls in flight have answered. */
  async function close(): Promise<void> {
    closed = true;
    if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
  }

  return { dispatch, close };
}

const internalError = (error: unknown): AppError => ({
  code: 'internal',
  message: `Something went wrong on the main side: ${error instanceof Error ? error.message : String(error)}`,
});
