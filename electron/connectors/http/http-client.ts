import type { z } from 'zod';
import type { SystemName } from '../../../shared/connections';
import { logger } from '../../log';
import { ConnectorError, type ConnectorErrorKind } from './connector-error';
import type { SystemHealth } from './system-health';

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

const requestIdHeaders = ['x-request-id', 'request-id', 'x-zendesk-request-id', 'x-hubspot-correlation-id'];

const statusKinds = (status: number): ConnectorErrorKind =>
  status === 401
    ? 'token_rejected'
    : status === 403
      ? 'scope_missing'
      : status === 404
        ? 'not_found'
        : status === 409 || status === 422
          ? 'conflict'
          : status === 429
            ? 'rate_limited'
            : status >= 500
              ? 'unavailable'
              : 'bad_request';

/** Seconds or an HTTP date in Retry-After, or a vendor's reset header in seconds; null when absent. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const value =
    headers.get('retry-after') ?? headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset');
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A network failure's kind: an unknown host is named, anything else is unreachable. */
function networkKind(error: unknown): ConnectorErrorKind {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN' ? 'host_not_found' : 'unreachable';
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The one request helper each connector's client builds on: base URL from settings, auth read per
 * call, a timeout on every attempt, retries with backoff only where repeating cannot act twice (reads,
 * writes carrying an idempotency key, and 429s, which the server did not run), Retry-After honoured,
 * every attempt logged without bodies, and the system marked unavailable after repeated failures.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const idempotencyHeader =
    options.idempotencyHeader === undefined ? 'Idempotency-Key' : options.idempotencyHeader;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const base = options.baseUrl.replace(/\/+$/, '');

  const urlOf = (request: HttpRequest<unknown>): URL => {
    const url = new URL(base + (request.path.startsWith('/') ? request.path : `/${request.path}`));
    for (const [key, value] of Object.entries(request.query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    return url;
  };

  async function attemptOnce<T>(
    request: HttpRequest<T>,
    attempt: number,
  ): Promise<{ value: T } | { error: ConnectorError; waitMs: number | null }> {
    const url = urlOf(request);
    const headers: Record<string, string> = { accept: 'application/json', ...(await options.headers()) };
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
    if (request.idempotencyKey && idempotencyHeader) headers[idempotencyHeader] = request.idempotencyKey;

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
    const onAbort = () => controller.abort(request.signal?.reason);
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const started = performance.now();
    const log = (status: number | null, requestId: string | null, error: ConnectorErrorKind | null) => {
      const record: CallRecord = {
        system: options.system,
        method: request.method,
        path: url.pathname,
        status,
        requestId,
        attempt,
        durationMs: Math.round(performance.now() - started),
        error,
      };
      logger.debug(record, 'external call');
      options.onCall?.(record);
    };
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
        const kind: ConnectorErrorKind = timedOut ? 'timed_out' : networkKind(error);
        log(null, null, kind);
        const message = timedOut
          ? `${options.system} did not answer within ${timeoutMs} ms.`
          : kind === 'host_not_found'
            ? `${options.system}: host ${url.host} was not found.`
            : `${options.system} could not be reached at ${url.host}.`;
        return { error: new ConnectorError(options.system, kind, message), waitMs: null };
      }
      const requestId = requestIdHeaders.map((h) => response.headers.get(h)).find((v) => v) ?? null;
      const payload = await readBody(response);
      if (!response.ok) {
        const kind = statusKinds(response.status);
        log(response.status, requestId, kind);
        const scope = kind === 'scope_missing' ? (options.missingScope?.(payload) ?? null) : null;
        const message =
          kind === 'token_rejected'
            ? `${options.system} rejected the credentials (HTTP 401).`
            : kind === 'scope_missing'
              ? `${options.system} refused the call (HTTP 403)${scope ? `: the token lacks the scope ${scope}` : ''}.`
              : `${options.system} answered HTTP ${response.status} to ${request.method} ${url.pathname}.`;
        return {
          error: new ConnectorError(options.system, kind, message, {
            status: response.status,
            ...(requestId ? { requestId } : {}),
            ...(scope ? { scope } : {}),
          }),
          waitMs: kind === 'rate_limited' ? retryAfterMs(response.headers) : null,
        };
      }
      const parsed = request.schema.safeParse(payload);
      if (!parsed.success) {
        log(response.status, requestId, 'unexpected_response');
        const where = parsed.error.issues[0]?.path.join('.') || 'body';
        return {
          error: new ConnectorError(
            options.system,
            'unexpected_response',
            `${options.system} answered ${request.method} ${url.pathname} with data the app does not understand (${where}).`,
            { status: response.status, ...(requestId ? { requestId } : {}) },
          ),
          waitMs: null,
        };
      }
      log(response.status, requestId, null);
      return { value: parsed.data };
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    system: options.system,
    async request<T>(request: HttpRequest<T>): Promise<T> {
      const repeatable =
        request.method === 'GET' || request.repeatable === true || Boolean(request.idempotencyKey);
      for (let attempt = 1; ; attempt++) {
        const outcome = await attemptOnce(request, attempt);
        if ('value' in outcome) {
          options.health?.succeeded(options.system);
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
            options.health?.failed(options.system, error.message);
          throw error;
        }
        await sleep(waitMs);
      }
    },
  };
}
