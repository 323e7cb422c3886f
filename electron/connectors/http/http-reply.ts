import { ConnectorError, type ConnectorErrorKind } from './connector-error';
import type { HttpClientOptions, HttpRequest } from './http-client';

/** What one attempt came to: the parsed value, or an error and how long the server asked to wait. */
export type Outcome<T> = { value: T } | { error: ConnectorError; waitMs: number | null };
export type Log = (status: number | null, requestId: string | null, error: ConnectorErrorKind | null) => void;

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

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A reply: an HTTP error, a body the schema refuses, or the parsed value. */
export async function readReply<T>(
  options: HttpClientOptions,
  request: HttpRequest<T>,
  url: URL,
  response: Response,
  log: Log,
): Promise<Outcome<T>> {
  const { system } = options;
  const requestId = requestIdHeaders.map((h) => response.headers.get(h)).find((v) => v) ?? null;
  const payload = await readBody(response);
  if (!response.ok) {
    const kind = statusKinds(response.status);
    log(response.status, requestId, kind);
    const scope = kind === 'scope_missing' ? (options.missingScope?.(payload) ?? null) : null;
    const message =
      kind === 'token_rejected'
        ? `${system} rejected the credentials (HTTP 401).`
        : kind === 'scope_missing'
          ? `${system} refused the call (HTTP 403)${scope ? `: the token lacks the scope ${scope}` : ''}.`
          : `${system} answered HTTP ${response.status} to ${request.method} ${url.pathname}.`;
    return {
      error: new ConnectorError(system, kind, message, {
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
        system,
        'unexpected_response',
        `${system} answered ${request.method} ${url.pathname} with data the app does not understand (${where}).`,
        { status: response.status, ...(requestId ? { requestId } : {}) },
      ),
      waitMs: null,
    };
  }
  log(response.status, requestId, null);
  return { value: parsed.data };
}
