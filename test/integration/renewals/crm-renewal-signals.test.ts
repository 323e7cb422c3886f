import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { scenarioApp } from '../agent/agent-fixture';

const hubspotApi = 'https://api.hubapi.com';
let app: App;

beforeAll(() => nock.disableNetConnect());
beforeEach(async () => {
  app = scenarioApp({ systems: { sleep: async () => {} } });
  const configured = await app.dispatch('connections.configure', {
    system: 'hubspot',
    fields: { accessToken: 'pat-na1-11111111-2222-3333-4444-555555555555' },
  });
  expect(configured.ok).toBe(true);
});
afterEach(async () => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  await app.close();
  expect(pending).toEqual([]);
});

const accountsList = async () => {
  const listed = await app.dispatch('accounts.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.value as { accounts: { id: string }[] }).accounts;
};

describe('the renewal desk reads the CRM the crm group is mapped to', () => {
  it('reads the sandbox while the crm group is the sandbox’s, HubSpot once it is mapped, and back', async () => {
    const sandboxAccounts = await accountsList();
    expect(sandboxAccounts.length).toBeGreaterThan(0);
    expect(app.renewals().upcomingCalls).toBeDefined();

    expect((await app.dispatch('connections.map', { group: 'crm', system: 'hubspot' })).ok).toBe(true);
    nock(hubspotApi).post('/crm/v3/objects/deals/search').reply(200, { total: 0, results: [] });
    expect(await accountsList()).toEqual([]);
    // HubSpot has no calendar the app reads: no call reminders from it.
    expect(app.renewals().upcomingCalls).toBeUndefined();
    expect(await app.dispatch('cheatsheet.get', { accountId: sandboxAccounts[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'accountId' },
    });

    expect((await app.dispatch('connections.map', { group: 'crm', system: 'sandbox' })).ok).toBe(true);
    expect(await accountsList()).toEqual(sandboxAccounts);
  });
});
