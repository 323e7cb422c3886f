import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tools, type ToolName, type ToolOutput } from '../../../shared/tools';
import { hubspotClient, type HubspotConfig } from '../../../electron/connectors/hubspot/client';
import { hubspotDirectory } from '../../../electron/connectors/hubspot/directory';
import { hubspot } from '../../../electron/connectors/hubspot/index';
import { interactionsSince } from '../../../electron/connectors/hubspot/interactions';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { SystemDeps } from '../../../electron/connectors/system';
import { ToolError } from '../../../electron/tools/tool-error';
import accountDetails from '../../../electron/connectors/hubspot/fixtures/account-details.json';
import contact from '../../../electron/connectors/hubspot/fixtures/contact.json';
import contactsSearch from '../../../electron/connectors/hubspot/fixtures/contacts-search.json';
import missingScopes from '../../../electron/connectors/hubspot/fixtures/missing-scopes.json';
import noteCreated from '../../../electron/connectors/hubspot/fixtures/note-created.json';
import notesSearch from '../../../electron/connectors/hubspot/fixtures/notes-search.json';

const base = 'https://api.hubapi.com';
const token = 'pat-na1-11111111-2222-3333-4444-555555555555';
const auth = { reqheaders: { authorization: `Bearer ${token}` } };
const now = new Date('2026-12-03T16:30:00.000Z');
const contactProperties = 'email,firstname,lastname,phone,customer_tier,total_revenue';

const deps = (extra: Partial<SystemDeps> = {}): SystemDeps => ({
  customers: {
    idForEmail: async () => {
      throw new Error('a CRM is its own directory');
    },
    emailForId: async () => {
      throw new Error('a CRM is its own directory');
    },
  },
  health: new SystemHealth(),
  onCall: () => {},
  now: () => now,
  sleep: async () => {},
  ...extra,
});

const config = (fields: Record<string, string> = {}): HubspotConfig => {
  const parsed = hubspot.parseConfig({ accessToken: token, ...fields });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.value;
};

const open = (extra: Partial<SystemDeps> = {}) => hubspot.open(config(), deps(extra));

async function run<T extends ToolName>(name: T, input: unknown): Promise<ToolOutput<T>> {
  const handler = open().handlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  const context = { idempotencyKey: 'act-42', signal: new AbortController().signal, now: () => now };
  const output = await handler(tools[name].input.parse(input) as never, context);
  return tools[name].output.parse(output) as ToolOutput<T>;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('HubSpot settings', () => {
  it('defaults the base URL and requires the token', () => {
    expect(config().baseUrl).toBe(base);
    expect(config({ baseUrl: '' }).baseUrl).toBe(base);
    expect(hubspot.parseConfig({ baseUrl: 'https://hubspot.test' })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^accessToken: /)],
    });
  });
});

describe('HubSpot connection test', () => {
  it('names the portal', async () => {
    nock(base, auth).get('/account-info/v3/details').reply(200, accountDetails);
    await expect(open().test()).resolves.toEqual({
      system: 'hubspot',
      ok: true,
      account: 'portal 2519445 (USD, America/New_York)',
      problem: null,
      scope: null,
      message: 'Connected to HubSpot portal 2519445 (USD, America/New_York).',
    });
  });

  it('reports a rejected token', async () => {
    nock(base)
      .get('/account-info/v3/details')
      .reply(401, { status: 'error', category: 'INVALID_AUTHENTICATION' });
    await expect(open().test()).resolves.toMatchObject({ ok: false, problem: 'token_rejected', scope: null });
  });

  it('names the scope a 403 asks for', async () => {
    nock(base).get('/account-info/v3/details').reply(403, missingScopes);
    const result = await open().test();
    expect(result).toMatchObject({ ok: false, problem: 'scope_missing', scope: 'crm.objects.contacts.read' });
    expect(result.message).toContain('crm.objects.contacts.read');
  });

  it('reports a host that does not exist', async () => {
    const fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    await expect(open({ fetch }).test()).resolves.toMatchObject({ ok: false, problem: 'host_not_found' });
  });
});

describe('HubSpot crm tools', () => {
  it('finds customers by email, mapping tier and lifetime value from contact properties', async () => {
    nock(base, auth)
      .post('/crm/v3/objects/contacts/search', {
        filterGroups: [
          { filters: [{ propertyName: 'email', operator: 'EQ', value: 'bcooper@biglytics.net' }] },
        ],
        properties: contactProperties.split(','),
        limit: 20,
      })
      .reply(200, contactsSearch);
    const { customers } = await run('crm.findCustomer', { email: 'bcooper@biglytics.net' });
    expect(customers).toEqual([
      {
        id: '512',
        name: 'Bryan Cooper',
        email: 'bcooper@biglytics.net',
        phone: '(877) 929-0687',
        tier: 'gold',
        lifetimeValue: 5230.5,
        createdAt: '2024-03-02T15:04:05.000Z',
      },
      {
        id: '651',
        name: 'Bryan',
        email: 'cooper.b@example.com',
        phone: null,
        tier: 'bronze',
        lifetimeValue: 0,
        createdAt: '2025-01-10T08:00:00.000Z',
      },
    ]);
  });

  it('looks a one-word name up as a first or a last name, narrowed by zip', async () => {
    const zip = { propertyName: 'zip', operator: 'EQ', value: '02139' };
    nock(base)
      .post('/crm/v3/objects/contacts/search', {
        filterGroups: [
          { filters: [zip, { propertyName: 'firstname', operator: 'CONTAINS_TOKEN', value: 'Cooper' }] },
          { filters: [zip, { propertyName: 'lastname', operator: 'CONTAINS_TOKEN', value: 'Cooper' }] },
        ],
        properties: contactProperties.split(','),
        limit: 20,
      })
      .reply(200, { total: 0, results: [] });
    await expect(run('crm.findCustomer', { name: 'Cooper', zip: '02139' })).resolves.toEqual({
      customers: [],
    });
  });

  it('matches a phone by its last ten digits, waiting out a 429', async () => {
    const body = {
      filterGroups: [
        {
          filters: [
            { propertyName: 'hs_object_id', operator: 'EQ', value: '512' },
            { propertyName: 'hs_searchable_calculated_phone_number', operator: 'EQ', value: '8779290687' },
          ],
        },
      ],
      properties: contactProperties.split(','),
      limit: 20,
    };
    nock(base)
      .post('/crm/v3/objects/contacts/search', body)
      .reply(429, { status: 'error', policyName: 'TEN_SECONDLY_ROLLING' }, { 'Retry-After': '1' })
      .post('/crm/v3/objects/contacts/search', body)
      .reply(200, contactsSearch);
    const { customers } = await run('crm.findCustomer', { customerId: '512', phone: '+1 (877) 929-0687' });
    expect(customers).toHaveLength(2);
  });

  it('refuses a phone of fewer than seven digits without a call', async () => {
    await expect(run('crm.findCustomer', { phone: 'ext. 12' })).rejects.toMatchObject({
      code: 'bad_request',
      field: 'phone',
    });
  });

  it('gets a customer with logged contacts apart from a rep’s own notes, and a zero balance', async () => {
    nock(base, auth)
      .get('/crm/v3/objects/contacts/512')
      .query({ properties: contactProperties })
      .reply(200, contact)
      .post('/crm/v3/objects/notes/search', {
        filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: '512' }] }],
        properties: ['hs_note_body', 'hs_timestamp'],
        sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
        limit: 20,
      })
      .reply(200, notesSearch)
      .get('/account-info/v3/details')
      .reply(200, accountDetails);
    const profile = await run('crm.getCustomer', { customerId: '512' });
    expect(profile.customer).toMatchObject({ id: '512', name: 'Bryan Cooper', tier: 'gold' });
    expect(profile.recentInteractions).toEqual([
      {
        id: '94001',
        customerId: '512',
        channel: 'email',
        at: '2026-11-30T10:15:00Z',
        topic: 'Late delivery',
        summary: 'Parcel stuck in Memphis & no scan for 4 days.',
        outcome: 'Carrier claim opened',
        csat: 4,
      },
    ]);
    expect(profile.notes).toEqual([{ at: '2026-10-02T16:40:00Z', text: 'Prefers phone calls after 5pm.' }]);
    expect(profile.balance).toEqual({ amount: 0, currency: 'USD' });
  });

  it('says not_found for a contact HubSpot does not have, and never sends a non-numeric id', async () => {
    nock(base)
      .get('/crm/v3/objects/contacts/999')
      .query(true)
      .reply(404, { status: 'error', category: 'OBJECT_NOT_FOUND' });
    await expect(run('crm.getCustomer', { customerId: '999' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(run('crm.getCustomer', { customerId: '../owners' })).rejects.toBeInstanceOf(ToolError);
  });

  it('logs an interaction as a note associated with the contact', async () => {
    nock(base, auth)
      .get('/crm/v3/objects/contacts/512')
      .query(true)
      .reply(200, contact)
      .post('/crm/v3/objects/notes', {
        properties: {
          hs_timestamp: '2026-12-03T16:30:00.000Z',
          hs_note_body:
            '<p><strong>Support contact (chat): Address change</strong></p><p>Asked to ship to the office &lt;b&gt; instead.</p><p>Outcome: Address updated</p><p>CSAT: 5/5</p>',
        },
        associations: [
          { to: { id: '512' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 202 }] },
        ],
      })
      .reply(201, noteCreated);
    const { interaction } = await run('crm.logInteraction', {
      customerId: '512',
      channel: 'chat',
      topic: 'Address change',
      summary: 'Asked to ship to the office <b> instead.',
      outcome: 'Address updated',
      csat: 5,
    });
    expect(interaction).toEqual({
      id: '94117',
      customerId: '512',
      channel: 'chat',
      at: '2026-12-03T16:30:00.000Z',
      topic: 'Address change',
      summary: 'Asked to ship to the office <b> instead.',
      outcome: 'Address updated',
      csat: 5,
    });
  });

  it('does not retry a note creation that failed on the server (HubSpot has no idempotency key)', async () => {
    nock(base).get('/crm/v3/objects/contacts/512').query(true).reply(200, contact);
    nock(base).post('/crm/v3/objects/notes').reply(502, 'Bad Gateway');
    await expect(
      run('crm.logInteraction', {
        customerId: '512',
        channel: 'sms',
        topic: 't',
        summary: 's',
        outcome: 'o',
      }),
    ).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

describe('HubSpot as the customer directory', () => {
  const directory = () => hubspotDirectory(hubspotClient(config(), deps()));

  it('finds a contact id by email and an email by id', async () => {
    nock(base, auth)
      .post('/crm/v3/objects/contacts/search', {
        filterGroups: [
          { filters: [{ propertyName: 'email', operator: 'EQ', value: 'bcooper@biglytics.net' }] },
        ],
        properties: contactProperties.split(','),
        limit: 1,
      })
      .reply(200, { total: 1, results: [contactsSearch.results[0]] })
      .get('/crm/v3/objects/contacts/512')
      .query({ properties: contactProperties })
      .reply(200, contact);
    await expect(directory().idForEmail('bcooper@biglytics.net')).resolves.toBe('512');
    await expect(directory().emailForId('512')).resolves.toBe('bcooper@biglytics.net');
  });

  it('answers null for an unknown email or id', async () => {
    nock(base)
      .post('/crm/v3/objects/contacts/search')
      .reply(200, { total: 0, results: [] })
      .get('/crm/v3/objects/contacts/77')
      .query(true)
      .reply(404, { status: 'error', category: 'OBJECT_NOT_FOUND' });
    await expect(directory().idForEmail('nobody@example.com')).resolves.toBeNull();
    await expect(directory().emailForId('77')).resolves.toBeNull();
    await expect(directory().emailForId('shopify:77')).resolves.toBeNull();
  });
});

describe('HubSpot interactions for repeat contacts', () => {
  it('reads the logged contacts since a time, newest first, leaving out plain notes', async () => {
    nock(base, auth)
      .post('/crm/v3/objects/notes/search', {
        filterGroups: [
          {
            filters: [
              { propertyName: 'associations.contact', operator: 'EQ', value: '512' },
              {
                propertyName: 'hs_timestamp',
                operator: 'GTE',
                value: String(Date.parse('2026-09-01T00:00:00Z')),
              },
            ],
          },
        ],
        properties: ['hs_note_body', 'hs_timestamp'],
        sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
        limit: 200,
      })
      .reply(200, notesSearch);
    const since = interactionsSince(hubspotClient(config(), deps()));
    await expect(since('512', '2026-09-01T00:00:00Z')).resolves.toEqual([
      {
        id: '94001',
        at: '2026-11-30T10:15:00Z',
        channel: 'email',
        topic: 'Late delivery',
        summary: 'Parcel stuck in Memphis & no scan for 4 days.',
      },
    ]);
  });
});
