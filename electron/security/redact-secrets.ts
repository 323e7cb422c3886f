import { redactDeep } from './redact-deep';
import { knownSecrets } from './secret-registry';

/** What a secret becomes wherever it is written. */
export const REDACTED = '[REDACTED]';

/** A value of the `Basic` scheme is base64 of "user:password"; anything else after "Basic" is prose. */
const isBasicCredential = (encoded: string): boolean =>
  Buffer.from(encoded, 'base64').toString('utf8').includes(':');

/** Secrets recognised by their shape, known or not; each keeps its label so the text still reads. */
const shapes: { pattern: RegExp; replace: (match: string, ...groups: string[]) => string }[] = [
  // Authorization: Bearer abc, "authorization":"Basic …", Proxy-Authorization: Digest …
  {
    pattern:
      /\b((?:proxy-)?authorization)(["']?\s*[:=]\s*["']?)(?:(Bearer|Basic|Token|Digest|Negotiate)\s+)?([^\s"'\\,;]+)/gi,
    replace: (_match, name, separator, scheme) =>
      `${name}${separator}${scheme ? `${scheme} ` : ''}${REDACTED}`,
  },
  // api-key: …, x-api-key=…, "apiKey":"…", ?api_key=…, access_token=…, client_secret=…
  {
    pattern:
      /(?<![\p{L}\p{N}])((?:x-)?api[-_]?key|(?:access|refresh|id)[-_]?token|client[-_]?secret|password)(["']?\s*[:=]\s*["']?)(?!null\b|true\b|false\b)([^\s"'\\,;&#]+)/giu,
    replace: (_match, name, separator) => `${name}${separator}${REDACTED}`,
  },
  // A token has a digit or is long: "bearer instruments" stays prose.
  {
    pattern: /\b(Bearer)\s+(?=[A-Za-z._~+/=-]*\d|[A-Za-z0-9._~+/=-]{20})[A-Za-z0-9._~+/=-]{8,}/gi,
    replace: (_match, scheme) => `${scheme} ${REDACTED}`,
  },
  {
    pattern: /\b(Basic)\s+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/gi,
    replace: (match, scheme, encoded) => (isBasicCredential(encoded) ? `${scheme} ${REDACTED}` : match),
  },
  // OpenAI-style keys: sk-…, sk-proj-…
  { pattern: /(?<![\p{L}\p{N}_-])sk-[A-Za-z0-9_-]{16,}/gu, replace: () => REDACTED },
  // https://user:password@host and https://token@host
  {
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']+@/gi,
    replace: (_match, scheme) => `${scheme}${REDACTED}@`,
  },
];

/** Replaces every registered secret, and anything shaped like a credential, with [REDACTED]. */
export function redactSecrets(text: string): string {
  let redacted = text;
  for (const secret of knownSecrets()) redacted = redacted.split(secret).join(REDACTED);
  for (const { pattern, replace } of shapes)
    redacted = redacted.replace(pattern, replace as (match: string, ...rest: unknown[]) => string);
  return redacted;
}

/** The same value with secrets redacted in every string inside it; its shape is unchanged. */
export const redactSecretsDeep = <T>(value: T): T => redactDeep(value, { text: redactSecrets }) as T;
