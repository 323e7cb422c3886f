import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../../electron/connectors/freshdesk';
import { shopify } from '../../../electron/connectors/shopify';
import { zendesk } from '../../../electron/connectors/zendesk';

describe('the base URL of a hosted account', () => {
  it.each([
    [
      zendesk.parseConfig({ baseUrl: 'acme', email: 'a@acme.com', apiToken: 't' }),
      'https://acme.zendesk.com',
    ],
    [
      zendesk.parseConfig({ baseUrl: ' Acme-EU ', email: 'a@acme.com', apiToken: 't' }),
      'https://acme-eu.zendesk.com',
    ],
    [freshdesk.parseConfig({ baseUrl: 'acme', apiKey: 'k' }), 'https://acme.freshdesk.com'],
    [shopify.parseConfig({ baseUrl: 'acme-store', accessToken: 't' }), 'https://acme-store.myshopify.com'],
    [
      zendesk.parseConfig({ baseUrl: 'http://127.0.0.1:4010', email: 'a@acme.com', apiToken: 't' }),
      'http://127.0.0.1:4010',
    ],
    [
      zendesk.parseConfig({ baseUrl: 'https://support.acme.com', email: 'a@acme.com', apiToken: 't' }),
      'https://support.acme.com',
    ],
  ])('is a full URL or the subdomain alone (%#)', (parsed, expected) => {
    expect(parsed).toMatchObject({ ok: true, value: { baseUrl: expected } });
  });

  it.each(['acme.zendesk', 'ftp://acme.zendesk.com', 'acme corp', ''])(
    'refuses %j, naming the field',
    (baseUrl) => {
      const parsed = zendesk.parseConfig({ baseUrl, email: 'a@acme.com', apiToken: 't' });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^baseUrl: /);
    },
  );
});
