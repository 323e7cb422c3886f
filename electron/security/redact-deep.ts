/** How to redact a value: each string, and optionally whole objects (a postal address, say). */
export interface Redaction {
  text(value: string): string;
  /** A replacement for the whole object, or undefined to redact inside it. */
  object?(value: Record<string, unknown>): unknown;
}

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * A copy of `value` with every string inside it redacted: arrays, plain objects and errors (message,
 * stack, cause and own fields) are walked; numbers, booleans and other objects are kept as they are.
 */
export function redactDeep(value: unknown, redaction: Redaction): unknown {
  const copies = new WeakMap<object, unknown>();
  const walk = (current: unknown): unknown => {
    if (typeof current === 'string') return redaction.text(current);
    if (typeof current !== 'object' || current === null) return current;
    if (copies.has(current)) return copies.get(current);
    if (Array.isArray(current)) {
      const copy: unknown[] = [];
      copies.set(current, copy);
      for (const item of current) copy.push(walk(item));
      return copy;
    }
    if (current instanceof Error) return redactError(current, walk, copies);
    if (!isPlainObject(current)) return current;
    const replaced = redaction.object?.(current);
    if (replaced !== undefined) return replaced;
    const copy: Record<string, unknown> = {};
    copies.set(current, copy);
    for (const [key, item] of Object.entries(current)) copy[key] = walk(item);
    return copy;
  };
  return walk(value);
}

function redactError(
  error: Error,
  walk: (value: unknown) => unknown,
  copies: WeakMap<object, unknown>,
): Error {
  const copy = new Error(walk(error.message) as string);
  copies.set(error, copy);
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : (walk(error.stack) as string);
  if (error.cause !== undefined) copy.cause = walk(error.cause);
  for (const [key, item] of Object.entries(error))
    (copy as unknown as Record<string, unknown>)[key] = walk(item);
  return copy;
}
