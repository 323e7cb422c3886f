import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hubspotClient, type HubspotConfig } from '../../../electron/connectors/hubspot/client';
import { hubspot } from '../../../electron/connectors/hubspot/index';
import { hubspotRenewalSignals } from '../../../electron/connectors/hubspot/renewal-signals';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { SystemDeps } from '../../../electron/connectors/system';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { buildCheatSheet } from '../../../electron/renewals/build-cheat-sheet';
import companiesBatchRead from '../../../electron/connectors/hubspot/fixtures/companies-batch-read.json';
import company from '../../../electron/connectors/hubspot/fixtures/company.json';
import companyCalls from '../../../electron/connectors/hubspot/fixtures/company-calls-search.json';
import companyContacts from '../../../electron/connectors/hubspot/fixtures/company-contacts.json';
import companyMeetings from '../../../electron/connectors/hubspot/fixtures/company-meetings-search.json';
import companyNotes from '../../../electron/connectors/hubspot/fixtures/company-notes-search.json';
import contact from '../../../electron/connectors/hubspot/fixtures/contact.json';
import dealCompanies from '../../../electron/connectors/hubspot/fixtures/deal-companies.json';
import renewalDeals from '../../../electron/connectors/hubspot/fixtures/renewal-deals-search.json';

const base = 'https://api.hubapi.com';
const token = 'pat-na1-11111111-2222-3333-4444-555555555555';
const auth = { reqheaders: { authorization: `Bearer ${token}` } };
const now = new Date('2026-12-03T16:30:00.000Z');
const dealProperties = [
  'dealname',
  'amount',
  'closedate',
  'deal_currency_code',
  'plan',
  'seats',
  'seats_used',
];
const openRenewals = [
  { propertyName: 'dealtype', operator: 'EQ', value: 'existingbusiness' },
  { propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' },
];
const byCloseDate = [{ propertyName: 'closedate', direction: 'ASCENDING' }];

const deps: SystemDeps = {
  customers: {
    idForEmail: async () => null,
    emailForId: async () => null,
  },
  health: new SystemHealth(),
  onCall: () => {},
  now: () => now,
  sleep: async () => {},
};

const config = (): HubspotConfig => {
  const parsed = hubspot.parseConfig({ accessToken: token });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.value;
};

const port = (options: { pipeline?: string } = {}) =>
  hubspotRenewalSignals(hubspotClient(config(), deps), options);

/** The three engagement searches of one company, each newest first up to `now`. */
function engagementSearches(scope: nock.Scope, companyId: string) {
  const filters = [
    { propertyName: 'associations.company', operator: 'EQ', value: companyId },
    { propertyName: 'hs_timestamp', operator: 'LTE', value: String(now.getTime()) },
  ];
  const search = (properties: string[]) => ({
    filterGroups: [{ filters }],
    properties,
    sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
    limit: 100,
  });
  return scope
    .post('/crm/v3/objects/notes/search', search(['hs_timestamp', 'hs_note_body']))
    .reply(200, companyNotes)
    .post('/crm/v3/objects/calls/search', search(['hs_timestamp', 'hs_call_title', 'hs_call_body']))
    .reply(200, companyCalls)
    .post('/crm/v3/objects/meetings/search', search(['hs_timestamp', 'hs_meeting_title', 'hs_meeting_body']))
    .reply(200, companyMeetings);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('HubSpot as the renewal-signals port', () => {
  it('is what the HubSpot connector opens with', () => {
    expect(hubspot.open(config(), deps).renewals).toBeDefined();
  });

  it('lists companies with an open renewal deal, soonest first, with their primary contact', async () => {
    nock(base, auth)
      .post('/crm/v3/objects/deals/search', {
        filterGroups: [{ filters: openRenewals }],
        properties: dealProperties,
        sorts: byCloseDate,
        limit: 200,
      })
      .reply(200, renewalDeals)
      .post('/crm/v4/associations/deals/companies/batch/read', {
        inputs: [{ id: '7001' }, { id: '7003' }, { id: '7002' }],
      })
      .reply(200, dealCompanies)
      .post('/crm/v3/objects/companies/batch/read', {
        properties: ['name'],
        inputs: [{ id: '9001' }, { id: '9002' }],
      })
      .reply(200, companiesBatchRead)
      .post('/crm/v4/associations/companies/contacts/batch/read', {
        inputs: [{ id: '9001' }, { id: '9002' }],
      })
      .reply(200, companyContacts);
    expect(await port().accounts()).toEqual([
      {
        id: '9001',
        name: 'Northwind Traders',
        customerId: '512',
        plan: 'business',
        seats: 40,
        seatsUsed: 31,
        renewalDate: '2026-12-13',
      },
      // No plan or seats properties: the plan named in the deal name, one seat at the deal's amount.
      {
        id: '9002',
        name: 'Contoso',
        customerId: '733',
        plan: 'enterprise',
        seats: 1,
        seatsUsed: 1,
        renewalDate: '2027-01-31',
      },
    ]);
  });

  it('narrows the renewal deals to one pipeline when told, and asks nothing more when there are none', async () => {
    nock(base, auth)
      .post('/crm/v3/objects/deals/search', {
        filterGroups: [
          { filters: [...openRenewals, { propertyName: 'pipeline', operator: 'EQ', value: 'renewals' }] },
        ],
        properties: dealProperties,
        sorts: byCloseDate,
        limit: 10,
      })
      .reply(200, { total: 0, results: [] });
    expect(await port({ pipeline: 'renewals' }).accounts(10)).toEqual([]);
  });

  it('reads a company’s renewal deal, contact and touchpoints as signals', async () => {
    const scope = nock(base, auth)
      .get('/crm/v3/objects/companies/9001')
      .query({ properties: 'name' })
      .reply(200, company)
      .post('/crm/v3/objects/deals/search', {
        filterGroups: [
          {
            filters: [
              { propertyName: 'associations.company', operator: 'EQ', value: '9001' },
              ...openRenewals,
            ],
          },
        ],
        properties: dealProperties,
        sorts: byCloseDate,
        limit: 1,
      })
      .reply(200, { total: 1, results: [renewalDeals.results[0]] })
      .post('/crm/v4/associations/companies/contacts/batch/read', { inputs: [{ id: '9001' }] })
      .reply(200, { ...companyContacts, results: [companyContacts.results[0]] })
      .get('/crm/v3/objects/contacts/512')
      .query({ properties: 'email,firstname,lastname,phone,customer_tier,total_revenue' })
      .reply(200, contact);
    engagementSearches(scope, '9001');
    const signals = await port().signals('9001', now);
    if (!signals.ok) throw new Error(signals.error.message);
    const call = {
      at: '2026-11-28T15:00:00.000Z',
      channel: 'call',
      summary: 'Renewal check-in: Asked for a discount on 40 seats.',
    };
    expect(signals.value).toEqual({
      account: { id: '9001', customerId: '512', name: 'Northwind Traders' },
      contactName: 'Bryan Cooper',
      currency: 'EUR',
      subscription: {
        plan: 'business',
        seats: 40,
        seatsUsed: 31,
        pricePerSeat: 600,
        renewalDate: '2026-12-13',
      },
      usageTracked: false,
      usage: [],
      lastActive: new Map(),
      // The April meeting is older than the mention lookback (180 days).
      touchpoints: [
        call,
        {
          at: '2026-11-20T09:00:00.000Z',
          channel: 'note',
          summary: 'Budget is tight & they are evaluating Zendesk.',
        },
      ],
      lastTouchpoint: call,
      tickets: [],
      interactions: [],
    });
  });

  it('gives a cheat sheet from HubSpot alone: no usage gaps, the rival from a note', async () => {
    const scope = nock(base)
      .get('/crm/v3/objects/companies/9001')
      .query(true)
      .reply(200, company)
      .post('/crm/v3/objects/deals/search')
      .reply(200, { total: 1, results: [renewalDeals.results[0]] })
      .post('/crm/v4/associations/companies/contacts/batch/read')
      .reply(200, { ...companyContacts, results: [companyContacts.results[0]] })
      .get('/crm/v3/objects/contacts/512')
      .query(true)
      .reply(200, contact);
    engagementSearches(scope, '9001');
    const sheet = await buildCheatSheet(port(), '9001', { now, policy: defaultPolicy() });
    if (!sheet.ok) throw new Error(sheet.error.message);
    expect(sheet.value.usageGaps).toEqual([]);
    expect(sheet.value.competitorMentions.map((m) => m.competitor)).toEqual(['Zendesk']);
    expect(sheet.value.quote).toMatchObject({ plan: 'business', seats: 40, subtotal: 24_000 });
  });

  it('says not_found for a company HubSpot does not have, or one without an open renewal, naming the field', async () => {
    nock(base)
      .get('/crm/v3/objects/companies/404')
      .query(true)
      .reply(404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Object not found.' });
    expect(await port().signals('404', now)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No account with id 404.', field: 'accountId' },
    });
    expect(await port().signals('acc_1', now)).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const scope = nock(base)
      .get('/crm/v3/objects/companies/9001')
      .query(true)
      .reply(200, company)
      .post('/crm/v3/objects/deals/search')
      .reply(200, { total: 0, results: [] })
      .post('/crm/v4/associations/companies/contacts/batch/read')
      .reply(200, { ...companyContacts, results: [companyContacts.results[0]] });
    engagementSearches(scope, '9001');
    expect(await port().signals('9001', now)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Account 9001 has no open renewal deal.', field: 'accountId' },
    });
  });

  it('reports a rejected token as HubSpot being unavailable', async () => {
    nock(base).get('/crm/v3/objects/companies/9001').query(true).reply(401, {
      status: 'error',
      category: 'INVALID_AUTHENTICATION',
      message: 'Authentication credentials not found.',
    });
    expect(await port().signals('9001', now)).toMatchObject({
      ok: false,
      error: { code: 'unavailable', system: 'hubspot' },
    });
  });
});
