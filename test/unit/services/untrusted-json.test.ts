import { describe, expect, it } from 'vitest';
import {
  maxRequestBytes,
  maxRequestDepth,
  parseJsonText,
  screenPayload,
} from '../../../electron/services/untrusted-json';

/** What a transport does with a text message: parse, then screen. */
function parseUntrustedJson(text: string) {
  const parsed = parseJsonText(text);
  return parsed.ok ? screenPayload(parsed.value) : parsed;
}

/** `levels` arrays, one inside the other. */
const arrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('parsing untrusted JSON text', () => {
  it('gives back what JSON.parse would for ordinary JSON', () => {
    const text = '{"id":1,"method":"app.info","params":{"list":[1,"two",null,true,{"x":-1.5e3}]}}';
    expect(parseUntrustedJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses text that is not JSON with the transport’s message', () => {
    expect(parseJsonText('{"id":')).toEqual({
      ok: false,
      error: { code: 'bad_request', message: 'The message is not valid JSON.' },
    });
  });

  it('refuses text over the size limit before parsing it', () => {
    const text = `"${'x'.repeat(maxRequestBytes)}"`;
    expect(parseJsonText(text)).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: `The request is ${maxRequestBytes + 2} bytes; the limit is ${maxRequestBytes} bytes.`,
      },
    });
  });

  it('counts the size in bytes, not characters', () => {
    expect(parseJsonText(`"${'é'.repeat(maxRequestBytes / 2)}"`)).toMatchObject({ ok: false });
  });

  it.each([
    ['__proto__ at the top', '{"__proto__":{"polluted":1}}'],
    ['__proto__ below', '{"params":{"a":[{"__proto__":{"polluted":1}}]}}'],
    ['an escaped __proto__', '{"\\u005f_proto__":{"polluted":1}}'],
    ['constructor.prototype', '{"constructor":{"prototype":{"polluted":1}}}'],
  ])('refuses %s without touching any prototype', (_name, text) => {
    expect(parseUntrustedJson(text)).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('not allowed') },
    });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it.each([
    ['prototype', '{"params":{"prototype":{"polluted":1}}}', 'params'],
    ['constructor', '{"params":{"a":{"constructor":"x"}}}', 'params.a'],
  ])('refuses a %s key and names the object that holds it', (key, text, field) => {
    expect(parseUntrustedJson(text)).toEqual({
      ok: false,
      error: { code: 'bad_request', message: `${field} has the key "${key}", which is not allowed.`, field },
    });
  });

  it(`accepts ${maxRequestDepth} levels of nesting and refuses one more`, () => {
    expect(parseUntrustedJson(arrays(maxRequestDepth)).ok).toBe(true);
    expect(parseUntrustedJson(arrays(maxRequestDepth + 1))).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('nested more than 32 levels deep') },
    });
  });

  it('refuses 100,000 levels of nesting without running out of stack', () => {
    expect(parseUntrustedJson(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).toMatchObject({
      ok: false,
      error: { field: Array.from({ length: maxRequestDepth }, () => 'a').join('.') },
    });
  });
});

describe('screening a structured-cloned payload', () => {
  it('passes JSON data through unchanged, an absent optional field included', () => {
    const payload = { method: 'app.info', params: undefined, list: [1, 'a', null, false] };
    expect(screenPayload(payload)).toEqual({ ok: true, value: payload });
  });

  it('refuses an own __proto__ key, as a structured clone keeps it', () => {
    const payload = structuredClone(JSON.parse('{"method":"app.info","params":{"__proto__":{"x":1}}}'));
    expect(screenPayload(payload)).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: 'params has the key "__proto__", which is not allowed.',
        field: 'params',
      },
    });
  });

  it.each([
    ['a Map', new Map([['a', 1]]), 'a Map'],
    ['a Date', new Date(0), 'a Date'],
    ['bytes', new Uint8Array([1, 2]), 'a Uint8Array'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a bigint', 10n, 'a bigint'],
  ])('refuses %s, which JSON cannot carry', (_name, value, named) => {
    expect(screenPayload({ method: 'app.info', params: { value } })).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: `params.value holds ${named}, which is not a JSON value.`,
        field: 'params.value',
      },
    });
  });

  it('refuses a cycle as too deep', () => {
    const params: Record<string, unknown> = {};
    params.self = params;
    expect(screenPayload(structuredClone({ method: 'app.info', params }))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('nested more than 32 levels deep') },
    });
  });

  it('refuses a small object that shares one branch into a huge tree', () => {
    let shared: unknown = 'x'.repeat(100);
    for (let level = 0; level < 30; level++) shared = [shared, shared];
    expect(screenPayload({ method: 'app.info', params: { shared } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^The request is \d+ bytes; the limit is 1048576 bytes\.$/) },
    });
  });

  it('refuses an array of ten million holes before looking at its members', () => {
    expect(screenPayload({ params: { list: new Array(10_000_000) } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('the limit is') },
    });
  });

  it('refuses a payload whose strings add up to more than the limit', () => {
    const part = 'x'.repeat(maxRequestBytes / 4);
    expect(screenPayload({ params: { a: part, b: part, c: part, d: part } })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });
});
