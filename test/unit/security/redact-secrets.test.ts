import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSecretStore } from '../../../electron/host/file-secrets';
import { REDACTED, redactSecrets, redactSecretsDeep } from '../../../electron/security/redact-secrets';
import { registerSecret } from '../../../electron/security/secret-registry';
import { memorySecretStore } from '../../../electron/services/secrets';

const token = (bytes = 24) => randomBytes(bytes).toString('base64url');

describe('secrets the stores know', () => {
  it('redacts a key registered by a store wherever it appears, whatever its shape', () => {
    const key = `plain${token(12)}`;
    memorySecretStore().setApiKey(key);
    expect(redactSecrets(`server said: key ${key} is not valid (${key.slice(0, 4)}…)`)).toBe(
      `server said: key ${REDACTED} is not valid (${key.slice(0, 4)}…)`,
    );
  });

  it('learns the key the file store reads, and its URL-encoded form', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-secret-'));
    const key = `k/${token(12)}+=`;
    fs.writeFileSync(path.join(dir, 'secrets.json'), JSON.stringify({ apiKey: key }));
    expect(fileSecretStore(dir).getApiKey()).toBe(key);
    expect(redactSecrets(`got ${key} and ?k=${encodeURIComponent(key)}`)).toBe(
      `got ${REDACTED} and ?k=${REDACTED}`,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ignores values too short to tell from ordinary words', () => {
    registerSecret('local');
    expect(redactSecrets('a local server')).toBe('a local server');
  });
});

describe('secrets recognised by their shape', () => {
  const generated = Array.from({ length: 50 }, () => token());

  it.each([
    ['a bearer token', (t: string) => `Authorization: Bearer ${t}`, `Authorization: Bearer ${REDACTED}`],
    [
      'a bearer token in prose',
      (t: string) => `sent Bearer ${t} to the server`,
      `sent Bearer ${REDACTED} to the server`,
    ],
    [
      'a JSON authorization header',
      (t: string) => `{"authorization":"Token ${t}"}`,
      `{"authorization":"Token ${REDACTED}"}`,
    ],
    ['an api-key header', (t: string) => `api-key: ${t}`, `api-key: ${REDACTED}`],
    ['an x-api-key header', (t: string) => `X-API-Key=${t}`, `X-API-Key=${REDACTED}`],
    ['an apiKey field', (t: string) => `{"apiKey":"${t}"}`, `{"apiKey":"${REDACTED}"}`],
    [
      'an api_key query value',
      (t: string) => `GET /v1/models?api_key=${t}&limit=5`,
      `GET /v1/models?api_key=${REDACTED}&limit=5`,
    ],
    [
      'an access_token query value',
      (t: string) => `/cb?state=1&access_token=${t}#x`,
      `/cb?state=1&access_token=${REDACTED}#x`,
    ],
    ['an OpenAI key', (t: string) => `key sk-${t} failed`, `key ${REDACTED} failed`],
    ['an OpenAI project key', (t: string) => `key sk-proj-${t}`, `key ${REDACTED}`],
    [
      'a password in a URL',
      (t: string) => `https://bot:${t}@api.example.com/v1`,
      `https://${REDACTED}@api.example.com/v1`,
    ],
    [
      'a token as URL user',
      (t: string) => `git clone https://${t}@git.example.com/x`,
      `git clone https://${REDACTED}@git.example.com/x`,
    ],
  ])('redacts %s', (_name, write, expected) => {
    for (const t of generated) expect(redactSecrets(write(t))).toBe(expected);
  });

  it('redacts basic credentials, which decode to user:password', () => {
    const credential = Buffer.from(`rep:${token(9)}`).toString('base64');
    expect(redactSecrets(`Authorization: Basic ${credential}`)).toBe(`Authorization: Basic ${REDACTED}`);
    expect(redactSecrets(`header Basic ${credential} sent`)).toBe(`header Basic ${REDACTED} sent`);
  });

  it('leaves words and values that only look a little like secrets', () => {
    for (const text of [
      'Basic information about your plan',
      'the bearer instruments',
      'hasApiKey: true',
      '{"apiKey":null}',
      'your task-1234567890abcdefghij is done',
      'Open http://127.0.0.1:43123/?token=3q2abc',
      'mailto:ana@example.com',
      'order #W1234567 refund $45.00 on 2026-11-27',
      'authorization to refund was given',
    ])
      expect(redactSecrets(text)).toBe(text);
  });

  it('keeps JSON valid when a value ends at an escaped quote', () => {
    const line = JSON.stringify({ msg: 'Authorization: abc\\"' });
    expect(() => JSON.parse(redactSecrets(line))).not.toThrow();
  });
});

describe('secrets inside values', () => {
  it('redacts strings in nested objects, arrays and errors, keeping everything else', () => {
    const cause = new Error('upstream said Bearer abcdefgh12345678');
    const error = Object.assign(new Error('401 key sk-proj-abcdefghijklmnopqrstuv', { cause }), {
      status: 401,
    });
    const value = { at: 3, ok: false, steps: [{ error: 'x-api-key: 123456789abc' }], error };
    const redacted = redactSecretsDeep(value);
    expect(redacted).toMatchObject({ at: 3, ok: false, steps: [{ error: `x-api-key: ${REDACTED}` }] });
    expect(redacted.error.message).toBe(`401 key ${REDACTED}`);
    expect((redacted.error.cause as Error).message).toBe(`upstream said Bearer ${REDACTED}`);
    expect(redacted.error).toMatchObject({ status: 401 });
    expect(redacted.error.stack).not.toContain('sk-proj-');
    expect(value.steps[0]!.error).toBe('x-api-key: 123456789abc');
  });

  it('copes with a value that refers to itself', () => {
    const looped: Record<string, unknown> = { note: 'Bearer abcdefgh12345678' };
    looped.self = looped;
    const redacted = redactSecretsDeep(looped);
    expect(redacted.note).toBe(`Bearer ${REDACTED}`);
    expect(redacted.self).toBe(redacted);
  });
});
