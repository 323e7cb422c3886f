import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxTargetLength } from '../../../electron/host/request-path';
import { Prng } from '../../../electron/sandbox/prng';
import {
  appJs,
  indexHtml,
  secretText,
  startTestWebHost,
  type TestWebHost,
} from '../../fixtures/test-web-host';

let web: TestWebHost;
beforeAll(async () => {
  web = await startTestWebHost();
});
afterAll(() => web.close());

interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/**
 * Sends one request line exactly as given, bytes and all (an HTTP client would encode or refuse
 * it), and reads the whole answer; HTTP/1.0, so the body comes unchunked and the server closes.
 */
function rawRequest(target: string | Buffer, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(web.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may answer and close before a huge request is fully written.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [headers = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), headers, body });
    });
    socket.write(
      Buffer.concat([
        Buffer.from(`${method} `),
        typeof target === 'string' ? Buffer.from(target, 'latin1') : target,
        Buffer.from(' HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n'),
      ]),
    );
  });
}

const handWritten: [string, string | Buffer][] = [
  ['a lone percent sign', '/%'],
  ['a percent sign at the end', '/assets/app.js%'],
  ['a truncated escape', '/%4'],
  ['a non-hex escape', '/%zz/index.html'],
  ['a truncated three-byte sequence', '/%E0%A4%A'],
  ['an encoded NUL', '/%00'],
  ['an encoded NUL before an extension', '/index.html%00.js'],
  ['a raw NUL', '/\u0000'],
  ['an overlong dot-dot', '/%C0%AE%C0%AE/'],
  ['an overlong traversal', '/%C0%AE%C0%AE/%C0%AE%C0%AE/secret.txt'],
  ['a three-byte overlong dot', '/%E0%80%AE%E0%80%AE/secret.txt'],
  ['an overlong slash', '/..%C0%AFsecret.txt'],
  ['a lone continuation byte', '/%80'],
  ['an invalid byte', '/%FF'],
  ['an encoded surrogate', '/%ED%A0%80'],
  ['a code point beyond Unicode', '/%F4%90%80%80'],
  ['raw non-ASCII bytes', Buffer.from([0x2f, 0xc0, 0xae, 0xc0, 0xae])],
  ['raw UTF-8', Buffer.from('/café', 'utf8')],
  ['a raw dot-dot', '/../secret.txt'],
  ['a raw dot-dot below a folder', '/assets/../../secret.txt'],
  ['a single dot segment', '/./index.html'],
  ['an encoded slash after dot-dot', '/..%2fsecret.txt'],
  ['an encoded dot-dot', '/%2e%2e/secret.txt'],
  ['an encoded dot-dot and slash', '/%2E%2E%2Fsecret.txt'],
  ['mixed dots', '/.%2e/secret.txt'],
  ['a double-encoded dot-dot', '/%252e%252e/secret.txt'],
  ['a raw backslash', '/..\\secret.txt'],
  ['an encoded backslash', '/assets/..%5c..%5csecret.txt'],
  ['an encoded line break', '/%0d%0aSet-Cookie:%20a=b'],
  ['an encoded tab', '/%09'],
  ['an encoded DEL', '/a%7f'],
  ['a raw space', '/a b'],
  ['a path that is too long', `/${'a'.repeat(maxTargetLength)}`],
  ['a query that makes it too long', `/?token=${'t'.repeat(maxTargetLength)}`],
  ['a request line over the header limit', `/${'a'.repeat(100_000)}`],
  ['an asterisk', '*'],
  ['an absolute URL', 'http://127.0.0.1/index.html'],
  ['no path at all', ''],
];

/** Bad fragments in every position of a few real paths. */
const fragments = [
  '%',
  '%G0',
  '%0',
  '%00',
  '%C0%AE',
  '%C1%81',
  '%E0%80%80',
  '%F8%88%80%80%80',
  '%FE',
  '..',
  '.',
  '%2e%2e',
  '%5c',
  '%25',
  '%0a',
];
const placed: [string, string][] = ['/', '/assets/', '/index.html/']
  .flatMap((prefix) => fragments.map((fragment) => [prefix, fragment] as const))
  .flatMap(([prefix, fragment]) =>
    ['', '/', '/index.html'].map((suffix): [string, string] => [
      `${JSON.stringify(fragment)} in ${prefix}…${suffix}`,
      `${prefix}${fragment}${suffix}`,
    ]),
  );

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Percent-encoded byte runs that are never UTF-8: stray continuations, overlong leads, cut sequences. */
function invalidUtf8(prng: Prng): string {
  switch (prng.int(0, 3)) {
    case 0:
      return hex(prng.int(0x80, 0xbf));
    case 1:
      return hex(prng.int(0xc0, 0xc1)) + hex(prng.int(0x80, 0xbf));
    case 2:
      return hex(prng.int(0xe1, 0xef)) + hex(prng.int(0x80, 0xbf));
    default:
      return hex(prng.int(0xf5, 0xff)) + hex(prng.int(0x80, 0xbf)).repeat(prng.int(0, 3));
  }
}

const prng = new Prng(20_250_611);
const generated: [string, string][] = Array.from({ length: 200 }, (_, index) => {
  const path = `/${'a'.repeat(prng.int(0, 8))}${invalidUtf8(prng)}${prng.pick(['', '.js', '/index.html'])}`;
  return [`generated #${index + 1}`, path];
});

describe('the static file server', () => {
  it.each([...handWritten, ...placed, ...generated])(
    'answers %s with 400 or 404, never a file',
    async (_name, target) => {
      const response = await rawRequest(target);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain(secretText);
      expect(response.body).not.toContain(indexHtml);
    },
  );

  it('keeps serving after every malformed request: the page, an asset and the fallback', async () => {
    for (const [, target] of handWritten) await rawRequest(target);
    const page = await rawRequest('/?token=test-token');
    expect(page.status).toBe(200);
    expect(page.body).toBe(indexHtml);
    expect(page.headers).toMatch(/content-security-policy: default-src 'self'/i);
    const asset = await rawRequest('/assets/app.js');
    expect([asset.status, asset.body]).toEqual([200, appJs]);
    expect(asset.headers).toMatch(/content-type: text\/javascript/i);
    const unknown = await rawRequest('/conversations/42');
    expect([unknown.status, unknown.body]).toEqual([200, indexHtml]);
  });

  it('serves a percent-encoded name of a real file', async () => {
    expect(await rawRequest('/assets/%61pp.js')).toMatchObject({ status: 200, body: appJs });
  });

  it('answers an empty path segment with the page rather than failing', async () => {
    expect(await rawRequest('//')).toMatchObject({ status: 200, body: indexHtml });
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    expect(await rawRequest('/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    const post = await rawRequest('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers).toMatch(/allow: GET, HEAD/i);
  });

  it('says why a path is refused', async () => {
    expect((await rawRequest('/%')).body).toBe('The address has a malformed percent-encoding.');
    expect((await rawRequest('/%2e%2e/secret.txt')).body).toBe('The address has a "." or ".." segment.');
  });
});
