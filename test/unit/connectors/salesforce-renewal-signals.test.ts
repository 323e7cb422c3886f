import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { salesforceApi, type SalesforceConfig } from '../../../electron/connectors/salesforce/client';
import { salesforce } from '../../../electron/connectors/salesforce/index';
import { salesforceRenewalSignals } from '../../../electron/connectors/salesforce/renewal-signals';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { SystemDeps } from '../../../electron/connectors/system';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { buildCheatSheet } from '../../../electron/renewals/build-cheat-sheet';
import accountContacts from '../../../electron/connectors/salesforce/fixtures/account-contacts-query.json';
import accountEvents from '../../../electron/connectors/salesforce/fixtures/account-events-query.json';
import accountRenewal from '../../../electron/connectors/salesforce/fixtures/account-renewal-query.json';
import accountTasks from '../../../electron/connectors/salesforce/fixtures/account-tasks-query.json';
import invalidSession from '../../../electron/connectors/salesforce/fixtures/invalid-session.json';
import renewalOpportunities from '../../../electron/connectors/salesforce/fixtures/renewal-opportunities-query.json';

const base = 'https://acme.my.salesforce.com';
const token = '00DD0000000FH8l!AQ0AQH0dMHZfz972Szmpkb58urFRkgeBGsxL';
const auth = { reqheaders: { authorization: `Bearer ${token}` } };
const now = new Date('2026-12-03T16:30:00.000Z');
const edge = '001D000000IRFmaIAH';
const burlington = '001D000000IRFmbIAH';
const query = '/services/data/v62.0/query';
const contactSubqueries =
  '(SELECT ContactId, Contact.Name FROM AccountContactRoles WHERE IsPrimary = true LIMIT 1), ' +
  '(SELECT Id, Name FROM Contacts ORDER BY CreatedDate LIMIT 1)';

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

const config = (): SalesforceConfig => {
  const parsed = salesforce.parseConfig({ baseUrl: base, accessToken: token });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.value;
};

const port = () => salesforceRenewalSignals(salesforceApi(config(), deps));
const soql = (q: string) => ({ q });

/** The Account's renewal with its contacts, its Tasks and its Events, each newest first up to `now`. */
function signalQueries(
  scope: nock.Scope,
  accountId: string,
  account: Record<string, unknown> = accountRenewal,
) {
  return scope
    .get(query)
    .query(
      soql(
        `SELECT Id, Name, (SELECT Id, Name, CloseDate, Amount, TotalOpportunityQuantity FROM Opportunities WHERE IsClosed = false AND Type = 'Renewal' ORDER BY CloseDate LIMIT 1), ${contactSubqueries} FROM Account WHERE Id = '${accountId}'`,
      ),
    )
    .reply(200, account)
    .get(query)
    .query(
      soql(
        `SELECT Id, Subject, Description, TaskSubtype, CreatedDate FROM Task WHERE WhatId = '${accountId}' AND CreatedDate <= 2026-12-03T16:30:00Z ORDER BY CreatedDate DESC LIMIT 100`,
      ),
    )
    .reply(200, accountTasks)
    .get(query)
    .query(
      soql(
        `SELECT Id, Subject, Description, StartDateTime, CreatedDate FROM Event WHERE WhatId = '${accountId}' AND StartDateTime <= 2026-12-03T16:30:00Z ORDER BY StartDateTime DESC LIMIT 100`,
      ),
    )
    .reply(200, accountEvents);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('Salesforce as the renewal-signals port', () => {
  it('is what the Salesforce connector opens with', () => {
    expect(salesforce.open(config(), deps).renewals).toBeDefined();
  });

  it('lists Accounts with an open renewal Opportunity, soonest first, with their primary contact', async () => {
    nock(base, auth)
      .get(query)
      .query(
        soql(
          "SELECT Id, Name, CloseDate, Amount, TotalOpportunityQuantity, AccountId, Account.Name FROM Opportunity WHERE IsClosed = false AND Type = 'Renewal' AND AccountId != null ORDER BY CloseDate, Id LIMIT 2000",
        ),
      )
      .reply(200, renewalOpportunities)
      .get(query)
      .query(soql(`SELECT Id, ${contactSubqueries} FROM Account WHERE Id IN ('${edge}', '${burlington}')`))
      .reply(200, accountContacts);
    expect(await port().accounts()).toEqual([
      {
        id: edge,
        name: 'Edge Communications',
        customerId: '003D000000QV9n2IAD',
        plan: 'business',
        seats: 40,
        seatsUsed: 40,
        renewalDate: '2026-12-13',
      },
      // No primary contact role: the Account's earliest Contact. No quantity and no plan in the name.
      {
        id: burlington,
        name: 'Burlington Textiles Corp of America',
        customerId: '003D000000QV9n3IAD',
        plan: 'starter',
        seats: 1,
        seatsUsed: 1,
        renewalDate: '2027-02-01',
      },
    ]);
  });

  it('asks nothing more when no renewal is open', async () => {
    nock(base, auth)
      .get(query)
      .query((q) => String(q.q).endsWith('LIMIT 5'))
      .reply(200, { totalSize: 0, done: true, records: [] });
    expect(await port().accounts(5)).toEqual([]);
  });

  it('reads an Account’s renewal, primary contact, Tasks and Events as signals', async () => {
    signalQueries(nock(base, auth), edge);
    const signals = await port().signals(edge, now);
    if (!signals.ok) throw new Error(signals.error.message);
    const call = {
      at: '2026-11-28T15:00:00.000Z',
      channel: 'call',
      summary: 'Renewal check-in: Asked for a discount on 40 seats.',
    };
    expect(signals.value).toEqual({
      account: { id: edge, customerId: '003D000000QV9n2IAD', name: 'Edge Communications' },
      contactName: 'Rose Gonzalez',
      currency: 'USD',
      subscription: {
        plan: 'business',
        seats: 40,
        seatsUsed: 40,
        pricePerSeat: 600,
        renewalDate: '2026-12-13',
      },
      usageTracked: false,
      usage: [],
      lastActive: new Map(),
      // The April Event is older than the mention lookback (180 days).
      touchpoints: [
        call,
        {
          at: '2026-11-20T09:00:00.000Z',
          channel: 'note',
          summary: 'Budget: Budget is tight and they are evaluating Zendesk.',
        },
      ],
      lastTouchpoint: call,
      tickets: [],
      interactions: [],
    });
  });

  it('gives a cheat sheet from Salesforce alone: no usage gaps, the rival from a Task', async () => {
    signalQueries(nock(base), edge);
    const sheet = await buildCheatSheet(port(), edge, { now, policy: defaultPolicy() });
    if (!sheet.ok) throw new Error(sheet.error.message);
    expect(sheet.value.usageGaps).toEqual([]);
    expect(sheet.value.competitorMentions.map((m) => m.competitor)).toEqual(['Zendesk']);
    expect(sheet.value.quote).toMatchObject({ plan: 'business', seats: 40, subtotal: 24_000 });
  });

  it('says not_found for an unknown Account or one without an open renewal, and never sends a bad id', async () => {
    expect(await port().signals("001' OR Name != '", now)).toEqual({
      ok: false,
      error: { code: 'not_found', message: "No account with id 001' OR Name != '.", field: 'accountId' },
    });
    signalQueries(nock(base), burlington, { totalSize: 0, done: true, records: [] });
    expect(await port().signals(burlington, now)).toEqual({
      ok: false,
      error: { code: 'not_found', message: `No account with id ${burlington}.`, field: 'accountId' },
    });
    const withoutRenewal = structuredClone(accountRenewal);
    withoutRenewal.records[0]!.Id = burlington;
    (withoutRenewal.records[0] as { Opportunities: unknown }).Opportunities = null;
    signalQueries(nock(base), burlington, withoutRenewal);
    expect(await port().signals(burlington, now)).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: `Account ${burlington} has no open renewal opportunity.`,
        field: 'accountId',
      },
    });
  });

  it('reports an expired session as Salesforce being unavailable', async () => {
    nock(base).get(query).query(true).times(3).reply(401, invalidSession);
    expect(await port().signals(edge, now)).toMatchObject({
      ok: false,
      error: { code: 'unavailable', system: 'salesforce' },
    });
  });
});
