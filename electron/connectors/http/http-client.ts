import type { z } from 'zod';
import type { SystemName } from '../../../shared/connections';
import { logger } from '../../log';
import { ConnectorError, type ConnectorErrorKind } from './connector-error';
import type { SystemHealth } from './system-health';
import { readReply, type Log, type Outcome } from './http-reply';

export { retryAfterMs } from './http-reply';

/** One outbound call as the external-calls log keeps it: no body, no query values, no headers. */
export interface CallRecord {
  system: SystemName;
  method: string;
  path: string;
  status: number | null;
  requestId: string | null;
  attempt: number;
  durationMs: number;
  error: ConnectorErrorKind | null;
}

export interface HttpClientOptions {
  system: SystemName;
  baseUrl: string;
  /** Auth and fixed headers, read on every attempt so a changed credential takes effect at once. */
  headers: () => Record<string, string> | Promise<Record<string, string>>;
  timeoutMs?: number;
  /** Attempts in all for a call that may be retried (reads, writes with an idempotency key, 429s). */
  maxAttempts?: number;
  /** The longest a 429 or a backoff may wait before giving up. */
  maxWaitMs?: number;
  /** Header that carries a write's idempotency key; null where the API has none. */
  idempotencyHeader?: string | null;
  /** Reads the missing scope out of a 403 body, for a message that names it. */
  missingScope?: (body: unknown) => string | null;
  health?: SystemHealth;
  onCall?: (record: CallRecord) => void;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded (Stripe's style), nested keys already flattened. */
  form?: Record<string, string | number | undefined>;
  idempotencyKey?: string | undefined;
  /** Safe to send again though not a GET: a GraphQL query, a create the server de-duplicates itself. */
  repeatable?: boolean;
  /** Parses the reply; a reply that does not fit is `unexpected_response`, never passed on. */
  schema: z.ZodType<T>;
  signal?: AbortSignal | undefined;
}

export interface HttpClient {
  readonly system: SystemName;
  request<T>(request: HttpRequest<T>): Promise<T>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A network failure's kind: an unknown host is named, anything else is unreachable. */
function networkKind(error: unknown): ConnectorErrorKind {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN' ? 'host_not_found' : 'unreachable';
}

/** The options with their defaults filled in. */
interface Settings {
  options: HttpClientOptions;
  system: SystemName;
  base: string;
  timeoutMs: number;
  maxAttempts: number;
  maxWaitMs: number;
  idempotencyHeader: string | null;
  doFetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
}

function urlOf(base: string, request: HttpRequest<unknown>): URL {
  const url = new URL(base + (request.path.startsWith('/') ? request.path : `/${request.path}`));
  for (const [key, value] of Object.entries(request.query ?? {}))
    if (value !== undefined) url.searchParams.set(key, String(value));
  return url;
}

/** The request's headers and body: JSON, a form, or none. */
async function encode(settings: Settings, request: HttpRequest<unknown>) {
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(await settings.options.headers()),
  };
  let body: string | undefined;
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(request.form))
      if (value !== undefined) form.set(key, String(value));
    body = form.toString();
  }
  if (request.idempotencyKey && settings.idempotencyHeader)
    headers[settings.idempotencyHeader] = request.idempotencyKey;
  return { headers, body };
}

/** Logs one attempt (and hands it to `onCall`), timed from now. */
function attemptLog(settings: Settings, request: HttpRequest<unknown>, url: URL, attempt: number): Log {
  const started = performance.now();
  return (status, requestId, error) => {
    const record: CallRecord = {
      system: settings.system,
      method: request.method,
      path: url.pathname,
      status,
      requestId,
      attempt,
      durationMs: Math.round(performance.now() - started),
      error,
    };
    logger.debug(record, 'external call');
    settings.options.onCall?.(record);
  };
}

function networkFailure(settings: Settings, url: URL, timedOut: boolean, error: unknown, log: Log) {
  const { system } = settings;
  const kind: ConnectorErrorKind = timedOut ? 'timed_out' : networkKind(error);
  log(null, null, kind);
  const message = timedOut
    ? `${system} did not answer within ${settings.timeoutMs} ms.`
    : kind === 'host_not_found'
      ? `${system}: host ${url.host} was not found.`
      : `${system} could not be reached at ${url.host}.`;
  return { error: new ConnectorError(system, kind, message), waitMs: null };
}

/** One attempt under its own timeout, which the caller's signal also aborts. */
async function attemptOnce<T>(
  settings: Settings,
  request: HttpRequest<T>,
  attempt: number,
): Promise<Outcome<T>> {
  const url = urlOf(settings.base, request);
  const { headers, body } = await encode(settings, request);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), settings.timeoutMs);
  const onAbort = () => controller.abort(request.signal?.reason);
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const log = attemptLog(settings, request, url, attempt);
  const { doFetch } = settings;
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: controller.signal,
      });
    } catch (error) {
      const timedOut = controller.signal.aborted && !request.signal?.aborted;
      return networkFailure(settings, url, timedOut, error, log);
    }
    return await readReply(settings.options, request, url, response, log);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}

async function requestWithRetries<T>(settings: Settings, request: HttpRequest<T>): Promise<T> {
  const { options, system, maxAttempts, maxWaitMs, sleep } = settings;
  const repeatable =
    request.method === 'GET' || request.repeatable === true || Boolean(request.idempotencyKey);
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(settings, request, attempt);
    if ('value' in outcome) {
      options.health?.succeeded(system);
      return outcome.value;
    }
    const { error } = outcome;
    // A 429 was not run by the server, so even a write without a key may be sent again.
    const retry =
      attempt < maxAttempts &&
      !request.signal?.aborted &&
      (error.kind === 'rate_limited' || (repeatable && error.transient));
    const waitMs = outcome.waitMs ?? Math.min(maxWaitMs, 250 * 2 ** (attempt - 1) * (1 + Math.random()));
    if (!retry || waitMs > maxWaitMs) {
      if (error.transient || error.kind === 'host_not_found' || error.kind === 'token_rejected')
        options.health?.failed(system, error.message);
      throw error;
    }
    await sleep(waitMs);
  }
}

/**
 * The one request helper each connector's client builds on: base URL from settings, auth read per
 * call, a timeout on every attempt, retries with backoff only where repeating cannot act twice (reads,
 * writes carrying an idempotency key, and 429s, which the server did not run), Retry-After honoured,
 * every attempt logged without bodies, and the system marked unavailable after repeated failures.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const settings: Settings = {
    options,
    system: options.system,
    base: options.baseUrl.replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? 15_000,
    maxAttempts: options.maxAttempts ?? 3,
    maxWaitMs: options.maxWaitMs ?? 30_000,
    idempotencyHeader:
      options.idempotencyHeader === undefined ? 'Idempotency-Key' : options.idempotencyHeader,
    doFetch: options.fetch ?? fetch,
    sleep: options.sleep ?? defaultSleep,
  };
  return {
    system: options.system,
    request: (request) => requestWithRetries(settings, request),
  };
}
