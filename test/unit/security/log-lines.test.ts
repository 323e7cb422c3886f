import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/log';
import { registerSecret } from '../../../electron/security/secret-registry';

/** A logger writing into an array, one parsed line per entry. */
function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(destination, 'info'), lines };
}

describe('every log line', () => {
  it('carries no registered secret, no credential and no personal data, in the message, fields or error', () => {
    const key = 'acme-log-test-key-4b1f9e';
    registerSecret(key);
    const { logger, lines } = capture();
    const error = Object.assign(new Error(`401 Incorrect API key provided: ${key} for ana@example.com`), {
      status: 401,
      request: { headers: { authorization: 'Bearer abcdef0123456789' } },
    });
    logger.error(
      {
        err: error,
        order: {
          id: '#W1000001',
          shippingAddress: {
            line1: '12 Oak Street',
            city: 'Springfield',
            state: 'IL',
            zip: '62704',
            country: 'US',
          },
        },
        phone: '+1 415 555 2671',
      },
      'refund failed for card 4111 1111 1111 1111, SSN 123-45-6789',
    );
    logger.info('calling %s', 'https://bot:hunter2hunter2@api.example.com/v1?api_key=abc123def');

    const text = lines.join('');
    for (const leaked of [
      key,
      'ana@example.com',
      'abcdef0123456789',
      '12 Oak Street',
      '555 2671',
      '4111',
      '123-45-6789',
      'hunter2',
      'abc123def',
    ])
      expect(text).not.toContain(leaked);
    const [failure, call] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(failure).toMatchObject({
      msg: 'refund failed for card [CARD], SSN [SSN]',
      err: { message: '401 Incorrect API key provided: [REDACTED] for [EMAIL]', status: 401 },
      order: { id: '#W1000001', shippingAddress: '[ADDRESS]' },
      phone: '[PHONE]',
    });
    expect(call).toMatchObject({ msg: 'calling https://[REDACTED]@api.example.com/v1?api_key=[REDACTED]' });
  });
});
