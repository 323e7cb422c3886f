import secureJson from 'secure-json-parse';
import { fail, ok, type Result } from '../../shared/result';

/** The largest request either transport accepts: its JSON text, or what a structured clone holds as JSON. */
export const maxRequestBytes = 1024 * 1024;
/** The deepest nesting of arrays and objects a request may have; the contract needs far less. */
export const maxRequestDepth = 32;

/** Keys that reach an object's prototype when a payload is merged or assigned; never let in. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** What secure-json-parse throws for a `__proto__` or `constructor.prototype` key. */
const prototypeKeyMessage = 'Object contains forbidden prototype property';

const tooLarge = (bytes: number) =>
  fail('bad_request', `The request is ${bytes} bytes; the limit is ${maxRequestBytes} bytes.`);

/**
 * Parses request text without letting a prototype key in; the size is checked before parsing. The
 * value still has to pass `screenPayload`: a transport reads the request id in between, to answer
 * a refusal under it.
 */
export function parseJsonText(text: string): Result<unknown> {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxRequestBytes) return tooLarge(bytes);
  try {
    return ok(secureJson.parse(text, null, { protoAction: 'error', constructorAction: 'error' }) as unknown);
  } catch (error) {
    return (error as Error).message === prototypeKeyMessage
      ? fail('bad_request', 'The request uses "__proto__" or "constructor" as a key, which is not allowed.')
      : fail('bad_request', 'The message is not valid JSON.');
  }
}

type Path = readonly (string | number)[];

/** "The request is …" at the top, "params.items.0 is …" below it, naming that field. */
function refuse(path: Path, reason: string): Result<never> {
  const field = path.join('.');
  return field === ''
    ? fail('bad_request', `The request ${reason}.`)
    : fail('bad_request', `${field} ${reason}.`, field);
}

/** The name of a value that JSON cannot carry, for the error. */
function kindOf(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'object' || value === null) return `a ${typeof value}`;
  return `a ${value.constructor?.name ?? 'non-plain object'}`;
}

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/** Bytes a scalar takes as JSON text; `undefined` (an absent optional field) takes none. */
function scalarBytes(value: unknown): number | null {
  if (value === undefined) return 0;
  if (value === null) return 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value).length;
  return null;
}

/**
 * Checks a parsed or structured-cloned payload before anything reads it: only JSON values, at most
 * `maxRequestDepth` levels, about `maxRequestBytes` as JSON, and none of the keys that reach a
 * prototype. Iterative, so neither depth nor a cycle nor shared sub-objects can exhaust the stack.
 */
export function screenPayload(payload: unknown): Result<unknown> {
  const pending: { value: unknown; path: Path }[] = [{ value: payload, path: [] }];
  let bytes = 0;
  while (pending.length > 0) {
    const { value, path } = pending.pop() as { value: unknown; path: Path };
    const scalar = scalarBytes(value);
    if (scalar !== null) {
      bytes += scalar;
      if (bytes > maxRequestBytes) return tooLarge(bytes);
      continue;
    }
    if (typeof value !== 'object' || value === null || !(Array.isArray(value) || isPlainObject(value)))
      return refuse(path, `holds ${kindOf(value)}, which is not a JSON value`);
    if (path.length >= maxRequestDepth)
      return refuse(path, `is nested more than ${maxRequestDepth} levels deep`);
    // Brackets and separators count first, so a huge container is refused before its members are queued.
    if (Array.isArray(value)) {
      bytes += 1 + Math.max(value.length, 1);
      if (bytes > maxRequestBytes) return tooLarge(bytes);
      for (let index = value.length - 1; index >= 0; index--)
        pending.push({ value: value[index] as unknown, path: [...path, index] });
      continue;
    }
    const keys = Object.keys(value);
    bytes += 1 + Math.max(keys.length, 1);
    if (bytes > maxRequestBytes) return tooLarge(bytes);
    for (const key of keys) {
      if (forbiddenKeys.has(key)) return refuse(path, `has the key "${key}", which is not allowed`);
      bytes += Buffer.byteLength(key) + 3;
      pending.push({ value: value[key], path: [...path, key] });
    }
    if (bytes > maxRequestBytes) return tooLarge(bytes);
  }
  return ok(payload);
}
