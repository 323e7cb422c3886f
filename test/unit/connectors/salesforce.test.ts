import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tools, type ToolName, type ToolOutput } from '../../../shared/tools';
import { salesforceApi, type SalesforceConfig } from '../../../electron/connectors/salesforce/client';
import { salesforceDirectory } from '../../../electron/connectors/salesforce/directory';
import { salesforce } from '../../../electron/connectors/salesforce/index';
import { interactionsSince } from '../../../electron/connectors/salesforce/interactions';
import { soqlContains, soqlString } from '../../../electron/connectors/salesforce/soql';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { SystemDeps } from '../../../electron/connectors/system';
import contactWithTasks from '../../../electron/connectors/salesforce/fixtures/contact-with-tasks.json';
import contactsQuery from '../../../electron/connectors/salesforce/fixtures/contacts-query.json';
import invalidSession from '../../../electron/connectors/salesforce/fixtures/invalid-session.json';
import searchPhone from '../../../electron/connectors/salesforce/fixtures/search-phone.json';
import taskCreated from '../../../electron/connectors/salesforce/fixtures/task-created.json';
import userinfo from '../../../electron/connectors/salesforce/fixtures/userinfo.json';

const base = 'https://acme.my.salesforce.com';
const token = '00DD0000000FH8l!AQ0AQH0dMHZfz972Szmpkb58urFRkgeBGsxL';
const auth = { reqheaders: { authorization: `Bearer ${token}` } };
const now = new Date('2026-12-03T16:30:00.000Z');
const rose = '003D000000QV9n2IAD';
const contactFields = 'Id, Name, Email, Phone, CreatedDate, Description, LastModifiedDate';
const taskFields = 'Id, Subject, Description, TaskSubtype, CreatedDate';

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

const config = (fields: Record<string, string> = {}): SalesforceConfig => {
  const parsed = salesforce.parseConfig({ baseUrl: base, accessToken: token, ...fields });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.value;
};

const open = (extra: Partial<SystemDeps> = {}) => salesforce.open(config(), deps(extra));

async function run<T extends ToolName>(name: T, input: unknown): Promise<ToolOutput<T>> {
  const handler = open().handlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  const context = { idempotencyKey: 'act-42', signal: new AbortController().signal, now: () => now };
  const output = await handler(tools[name].input.parse(input) as never, context);
  return tools[name].output.parse(output) as ToolOutput<T>;
}

const soql = (q: string) => ({ q });

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('Salesforce settings and SOQL literals', () => {
  it('needs the instance URL and defaults the API version', () => {
    expect(config().apiVersion).toBe('62.0');
    expect(config({ apiVersion: '' }).apiVersion).toBe('62.0');
    expect(salesforce.parseConfig({ accessToken: token, apiVersion: '62' })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^baseUrl: /), 'apiVersion: expected a version such as 62.0'],
    });
  });

  it('escapes quotes, backslashes and line breaks, and LIKE wildcards', () => {
    expect(soqlString("o'brien\\x\n")).toBe("'o\\'brien\\\\x\\n'");
    expect(soqlContains("50%_o'k")).toBe("'%50\\%\\_o\\'k%'");
  });
});

describe('Salesforce connection test', () => {
  it('names the user and the org', async () => {
    nock(base, auth).get('/services/oauth2/userinfo').reply(200, userinfo);
    await expect(open().test()).resolves.toEqual({
      system: 'salesforce',
      ok: true,
      account: 'support@acme.example (org 00DD0000000FH8lMAG)',
      problem: null,
      scope: null,
      message: 'Connected to Salesforce as support@acme.example (org 00DD0000000FH8lMAG).',
    });
  });

  it('reports an expired session as a rejected token', async () => {
    nock(base).get('/services/oauth2/userinfo').reply(401, invalidSession);
    await expect(open().test()).resolves.toMatchObject({ ok: false, problem: 'token_rejected' });
  });

  it('reports a refused call and a host that does not exist', async () => {
    nock(base)
      .get('/services/oauth2/userinfo')
      .reply(403, [
        { message: 'The REST API is not enabled for this Organization.', errorCode: 'API_DISABLED_FOR_ORG' },
      ]);
    await expect(open().test()).resolves.toMatchObject({ ok: false, problem: 'scope_missing' });
    const fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    await expect(open({ fetch }).test()).resolves.toMatchObject({ ok: false, problem: 'host_not_found' });
  });
});

describe('Salesforce crm tools', () => {
  it('finds customers by email with the quote escaped, times in ISO form', async () => {
    nock(base, auth)
      .get('/services/data/v62.0/query')
      .query(
        soql(
          `SELECT ${contactFields} FROM Contact WHERE Email = 'rose.o\\'neil@edge.example' ORDER BY Name LIMIT 20`,
        ),
      )
      .reply(200, contactsQuery);
    const { customers } = await run('crm.findCustomer', { email: "rose.o'neil@edge.example" });
    expect(customers).toEqual([
      {
        id: rose,
        name: 'Rose Gonzalez',
        email: 'rose@edge.example',
        phone: '(512) 757-6000',
        tier: 'bronze',
        lifetimeValue: 0,
        createdAt: '2024-03-02T15:04:05.000Z',
      },
    ]);
  });

  it('matches every word of a name, narrowed by zip', async () => {
    nock(base)
      .get('/services/data/v62.0/query')
      .query(
        soql(
          `SELECT ${contactFields} FROM Contact WHERE Name LIKE '%Rose%' AND Name LIKE '%Gonzalez%' AND MailingPostalCode = '78701' ORDER BY Name LIMIT 20`,
        ),
      )
      .reply(200, contactsQuery);
    const { customers } = await run('crm.findCustomer', { name: 'Rose  Gonzalez', zip: '78701' });
    expect(customers.map((c) => c.id)).toEqual([rose]);
  });

  it('finds a phone number through SOSL by its digits', async () => {
    nock(base, auth)
      .get('/services/data/v62.0/search')
      .query(
        soql(
          `FIND {5127576000} IN PHONE FIELDS RETURNING Contact(${contactFields} WHERE Email = 'rose@edge.example' LIMIT 20)`,
        ),
      )
      .reply(200, searchPhone);
    const { customers } = await run('crm.findCustomer', {
      phone: '+1 (512) 757-6000',
      email: 'rose@edge.example',
    });
    expect(customers.map((c) => c.id)).toEqual([rose]);
  });

  it('refuses a phone of fewer than seven digits without a call', async () => {
    await expect(run('crm.findCustomer', { phone: 'ext. 12' })).rejects.toMatchObject({
      code: 'bad_request',
      field: 'phone',
    });
  });

  it('retries a read after a 500', async () => {
    nock(base)
      .get('/services/data/v62.0/query')
      .query(true)
      .reply(500, [{ message: 'An unexpected error occurred.', errorCode: 'UNKNOWN_EXCEPTION' }])
      .get('/services/data/v62.0/query')
      .query(true)
      .reply(200, contactsQuery);
    const { customers } = await run('crm.findCustomer', { customerId: rose });
    expect(customers).toHaveLength(1);
  });

  it('gets a customer with recent Tasks as interactions and the Description as a note', async () => {
    nock(base, auth)
      .get('/services/data/v62.0/query')
      .query(
        soql(
          `SELECT ${contactFields}, (SELECT ${taskFields} FROM Tasks ORDER BY CreatedDate DESC LIMIT 5) FROM Contact WHERE Id = '${rose}'`,
        ),
      )
      .reply(200, contactWithTasks);
    const profile = await run('crm.getCustomer', { customerId: rose });
    expect(profile.customer).toMatchObject({ id: rose, name: 'Rose Gonzalez' });
    expect(profile.recentInteractions).toEqual([
      {
        id: '00TD0000008Ktx4MAC',
        customerId: rose,
        channel: 'sms',
        at: '2026-11-30T10:15:00.000Z',
        topic: 'Refund status',
        summary: 'Asked when the refund lands.',
        outcome: 'Explained 5-7 business days',
        csat: 4,
      },
      {
        id: '00TD0000008Kt2aMAC',
        customerId: rose,
        channel: 'phone',
        at: '2026-10-01T09:00:00.000Z',
        topic: 'Call',
        summary: 'Renewal questions',
        outcome: '',
        csat: null,
      },
    ]);
    expect(profile.notes).toEqual([{ at: '2026-10-02T16:40:00.000Z', text: 'Key account; prefers email.' }]);
    expect(profile.balance).toEqual({ amount: 0, currency: 'USD' });
  });

  it('says not_found for an unknown contact, and sends no query for an id that is not one', async () => {
    nock(base)
      .get('/services/data/v62.0/query')
      .query(true)
      .reply(200, { totalSize: 0, done: true, records: [] });
    await expect(run('crm.getCustomer', { customerId: '003D000000QV9n3IAD' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(run('crm.getCustomer', { customerId: "x' OR Id != '" })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('logs an interaction as a completed Task on the contact', async () => {
    nock(base, auth)
      .get('/services/data/v62.0/query')
      .query(soql(`SELECT Id, Email FROM Contact WHERE Id = '${rose}'`))
      .reply(200, { totalSize: 1, done: true, records: [{ Id: rose, Email: 'rose@edge.example' }] })
      .post('/services/data/v62.0/sobjects/Task', {
        WhoId: rose,
        Subject: 'Support contact (phone): Damaged item',
        Description: 'Lamp arrived cracked.\n\nOutcome: Replacement sent\nCSAT: 5/5',
        Status: 'Completed',
        ActivityDate: '2026-12-03',
        TaskSubtype: 'Call',
      })
      .reply(201, taskCreated);
    const { interaction } = await run('crm.logInteraction', {
      customerId: rose,
      channel: 'phone',
      topic: 'Damaged item',
      summary: 'Lamp arrived cracked.',
      outcome: 'Replacement sent',
      csat: 5,
    });
    expect(interaction).toEqual({
      id: '00TD0000008KuA1MAK',
      customerId: rose,
      channel: 'phone',
      at: '2026-12-03T16:30:00.000Z',
      topic: 'Damaged item',
      summary: 'Lamp arrived cracked.',
      outcome: 'Replacement sent',
      csat: 5,
    });
  });

  it('does not log for a contact Salesforce does not have', async () => {
    nock(base)
      .get('/services/data/v62.0/query')
      .query(true)
      .reply(200, { totalSize: 0, done: true, records: [] });
    await expect(
      run('crm.logInteraction', {
        customerId: rose,
        channel: 'chat',
        topic: 't',
        summary: 's',
        outcome: 'o',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('Salesforce as the customer directory', () => {
  const directory = () => salesforceDirectory(salesforceApi(config(), deps()));

  it('finds a contact id by email and an email by id, null when there is none', async () => {
    nock(base, auth)
      .get('/services/data/v62.0/query')
      .query(
        soql("SELECT Id, Email FROM Contact WHERE Email = 'rose@edge.example' ORDER BY CreatedDate LIMIT 1"),
      )
      .reply(200, { totalSize: 1, done: true, records: [{ Id: rose, Email: 'rose@edge.example' }] })
      .get('/services/data/v62.0/query')
      .query(soql(`SELECT Id, Email FROM Contact WHERE Id = '${rose}'`))
      .reply(200, { totalSize: 1, done: true, records: [{ Id: rose, Email: 'rose@edge.example' }] })
      .get('/services/data/v62.0/query')
      .query(true)
      .reply(200, { totalSize: 0, done: true, records: [] });
    await expect(directory().idForEmail('rose@edge.example')).resolves.toBe(rose);
    await expect(directory().emailForId(rose)).resolves.toBe('rose@edge.example');
    await expect(directory().idForEmail('nobody@example.com')).resolves.toBeNull();
    await expect(directory().emailForId('shopify:1001')).resolves.toBeNull();
  });
});

describe('Salesforce interactions for repeat contacts', () => {
  it('reads the contact’s Tasks since a time, newest first', async () => {
    nock(base, auth)
      .get('/services/data/v62.0/query')
      .query(
        soql(
          `SELECT ${taskFields} FROM Task WHERE WhoId = '${rose}' AND CreatedDate >= 2026-09-01T00:00:00Z ORDER BY CreatedDate DESC LIMIT 200`,
        ),
      )
      .reply(200, contactWithTasks.records[0]!.Tasks);
    const since = interactionsSince(salesforceApi(config(), deps()));
    await expect(since(rose, '2026-09-01T00:00:00.000Z')).resolves.toEqual([
      {
        id: '00TD0000008Ktx4MAC',
        at: '2026-11-30T10:15:00.000Z',
        channel: 'sms',
        topic: 'Refund status',
        summary: 'Asked when the refund lands.',
      },
      {
        id: '00TD0000008Kt2aMAC',
        at: '2026-10-01T09:00:00.000Z',
        channel: 'phone',
        topic: 'Call',
        summary: 'Renewal questions',
      },
    ]);
  });
});
