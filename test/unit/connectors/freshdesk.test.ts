import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshdesk } from '../../../electron/connectors/freshdesk';
import agentReply from '../../../electron/connectors/freshdesk/fixtures/agent-show.json';
import meReply from '../../../electron/connectors/freshdesk/fixtures/agents-me.json';
import conversationsReply from '../../../electron/connectors/freshdesk/fixtures/conversations.json';
import noteReply from '../../../electron/connectors/freshdesk/fixtures/note-create.json';
import replyReply from '../../../electron/connectors/freshdesk/fixtures/reply-create.json';
import searchReply from '../../../electron/connectors/freshdesk/fixtures/search-solutions.json';
import createReply from '../../../electron/connectors/freshdesk/fixtures/ticket-create.json';
import showReply from '../../../electron/connectors/freshdesk/fixtures/ticket-show.json';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { CustomerDirectory, SystemDeps } from '../../../electron/connectors/system';
import { knownSecrets } from '../../../electron/security/secret-registry';
import type { ToolContext } from '../../../electron/tools/connector';
import { tools, type ToolName, type ToolOutput } from '../../../shared/tools';

const base = 'https://acme.freshdesk.com';
const credential = Buffer.from('fd-api-key-123:X').toString('base64');
const auth = { authorization: `Basic ${credential}` };
const now = new Date('2026-03-10T12:00:00Z');

/** The CRM knows Ana (cus_ana); other emails belong to no customer. */
const customers: CustomerDirectory = {
  idForEmail: async (email) => (email === 'ana@example.com' ? 'cus_ana' : null),
  emailForId: async (id) => (id === 'cus_ana' ? 'ana@example.com' : null),
};

function open(extra: Partial<SystemDeps> = {}) {
  const parsed = freshdesk.parseConfig({ baseUrl: base, apiKey: 'fd-api-key-123' });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return freshdesk.open(parsed.value, {
    customers,
    health: new SystemHealth(),
    onCall: () => {},
    now: () => now,
    sleep: async () => {},
    ...extra,
  });
}

const context = (): ToolContext => ({
  idempotencyKey: 'act-1',
  signal: new AbortController().signal,
  now: () => now,
});

/** Runs a handler with contract-valid input and checks its output against the contract. */
async function call<T extends ToolName>(name: T, input: unknown, system = open()): Promise<ToolOutput<T>> {
  const handler = system.handlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  const output = await handler(tools[name].input.parse(input) as never, context());
  return tools[name].output.parse(output) as ToolOutput<T>;
}

const api = () => nock(base, { reqheaders: auth, badheaders: ['idempotency-key'] });
const showTicket = (id: number, reply: object = showReply) =>
  api().get(`/api/v2/tickets/${id}`).query({ include: 'requester' }).reply(200, reply);
const showAgent = () => api().get('/api/v2/agents/5001').reply(200, agentReply);

const ticket20 = {
  id: '20',
  customerId: 'cus_ana',
  subject: 'Support needed..',
  status: 'pending',
  priority: 'high',
  tags: ['billing'],
  assignee: 'sam@acme.com',
  createdAt: '2015-08-24T11:56:51Z',
  updatedAt: '2015-08-24T11:59:05Z',
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('Freshdesk settings', () => {
  it('names the missing fields and registers the key and its Basic credential as secrets', () => {
    const parsed = freshdesk.parseConfig({ baseUrl: 'https://acme.freshdesk.com' });
    expect(parsed).toEqual({ ok: false, problems: [expect.stringMatching(/^apiKey:/)] });
    open();
    expect(knownSecrets()).toEqual(expect.arrayContaining(['fd-api-key-123', credential]));
  });
});

describe('Freshdesk connection test', () => {
  it('names the agent and the account', async () => {
    api().get('/api/v2/agents/me').reply(200, meReply);
    expect(await open().test()).toEqual({
      system: 'freshdesk',
      ok: true,
      account: 'Jane Agent <jane@acme.com> at acme.freshdesk.com',
      problem: null,
      scope: null,
      message: 'Connected to acme.freshdesk.com as Jane Agent.',
    });
  });

  it.each([
    [401, 'token_rejected'],
    [403, 'scope_missing'],
  ])('maps HTTP %i to %s', async (status, problem) => {
    api()
      .get('/api/v2/agents/me')
      .reply(status, { code: 'access_denied', message: 'You are not authorized.' });
    expect(await open().test()).toMatchObject({ ok: false, account: null, problem });
  });

  it('reports a host that does not exist', async () => {
    const fetch = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    }) as typeof globalThis.fetch;
    expect(await open({ fetch }).test()).toMatchObject({ ok: false, problem: 'host_not_found' });
  });
});

describe('Freshdesk tools', () => {
  it('tickets.create: the customer’s email, HTML description, numeric status and priority; no idempotency key', async () => {
    api()
      .post('/api/v2/tickets', {
        email: 'ana@example.com',
        subject: 'Replacement charger',
        description: 'My charger broke.<br>It sparks &amp; smokes &lt;badly&gt;.',
        status: 2,
        priority: 3,
        tags: ['charger'],
      })
      .reply(201, createReply);
    showTicket(21, { ...createReply, requester: { id: 1001, email: 'ana@example.com', name: 'Ana' } });
    const out = await call('tickets.create', {
      customerId: 'cus_ana',
      subject: 'Replacement charger',
      body: 'My charger broke.\nIt sparks & smokes <badly>.',
      priority: 'high',
      tags: ['charger'],
    });
    expect(out.ticket).toEqual({
      id: '21',
      customerId: 'cus_ana',
      subject: 'Replacement charger',
      status: 'open',
      priority: 'normal',
      tags: ['charger'],
      assignee: null,
      createdAt: '2015-08-24T12:00:00Z',
      updatedAt: '2015-08-24T12:00:00Z',
    });
  });

  it('tickets.create: without a customer, the app’s own agent is the requester', async () => {
    api().get('/api/v2/agents/me').reply(200, meReply);
    api()
      .post('/api/v2/tickets', (body: { email?: string }) => body.email === 'jane@acme.com')
      .reply(201, createReply);
    showTicket(21, { ...createReply, requester_id: 5000, requester: { id: 5000, email: 'jane@acme.com' } });
    const out = await call('tickets.create', { subject: 'Internal follow-up', body: 'Check stock.' });
    expect(out.ticket.customerId).toBe('freshdesk:5000');
  });

  it('tickets.comment: public is a reply; the assignee is named by email', async () => {
    api().post('/api/v2/tickets/20/reply', { body: 'On its way.' }).reply(201, replyReply);
    showTicket(20);
    showAgent();
    const out = await call('tickets.comment', { ticketId: '20', body: 'On its way.', public: true });
    expect(out).toEqual({ commentId: '5', ticket: ticket20 });
  });

  it('tickets.comment: private is a private note', async () => {
    api().post('/api/v2/tickets/20/notes', { body: 'Checked.', private: true }).reply(201, noteReply);
    showTicket(20);
    showAgent();
    expect((await call('tickets.comment', { ticketId: '20', body: 'Checked.' })).commentId).toBe('6');
  });

  it('tickets.comment: sent once, never retried after a server error', async () => {
    api().post('/api/v2/tickets/20/notes').reply(502, {});
    await expect(call('tickets.comment', { ticketId: '20', body: 'Checked.' })).rejects.toMatchObject({
      kind: 'unavailable',
    });
  });

  it('tickets.update: numeric codes, tags, and the assignee found by email', async () => {
    api().get('/api/v2/agents').query({ email: 'sam@acme.com' }).reply(200, [agentReply]);
    api()
      .put('/api/v2/tickets/20', { status: 4, priority: 4, tags: ['vip'], responder_id: 5001 })
      .reply(200, showReply);
    showTicket(20);
    showAgent();
    const out = await call('tickets.update', {
      ticketId: '20',
      status: 'solved',
      priority: 'urgent',
      tags: ['vip'],
      assignee: 'sam@acme.com',
    });
    expect(out.ticket).toEqual(ticket20);
  });

  it('tickets.update: an unknown agent is not found; null unassigns', async () => {
    api().get('/api/v2/agents').query({ email: 'nobody@acme.com' }).reply(200, []);
    await expect(
      call('tickets.update', { ticketId: '20', assignee: 'nobody@acme.com' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    api().put('/api/v2/tickets/20', { responder_id: null }).reply(200, showReply);
    showTicket(20, { ...showReply, responder_id: null });
    expect((await call('tickets.update', { ticketId: '20', assignee: null })).ticket.assignee).toBeNull();
  });

  it('tickets.update: a missing ticket is not found, a ticket id that is not a number never reaches a URL', async () => {
    api().put('/api/v2/tickets/99').reply(404, { code: 'not_found' });
    await expect(call('tickets.update', { ticketId: '99', status: 'open' })).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(call('tickets.update', { ticketId: '20/notes', status: 'open' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('kb.search: solution articles as plain-text snippets, ranked, up to the limit', async () => {
    api().get('/api/v2/search/solutions').query({ term: 'return policy' }).reply(200, searchReply);
    expect((await call('kb.search', { query: 'return policy', limit: 2 })).results).toEqual([
      { id: '2', title: 'How to return an item', snippet: 'Returns are free within 30 days.', score: 1 },
      { id: '7', title: 'Exchanges', snippet: 'Swap a size once per order.', score: 0.5 },
    ]);
  });

  it('kb.search: retries after a 500 and then answers', async () => {
    api()
      .get('/api/v2/search/solutions')
      .query(true)
      .reply(500, {})
      .get('/api/v2/search/solutions')
      .query(true)
      .reply(200, searchReply);
    expect((await call('kb.search', { query: 'returns', limit: 1 })).results).toHaveLength(1);
  });
});

describe('Freshdesk ownership', () => {
  it('a ticket’s owner is its requester’s email; a missing ticket has none', async () => {
    showTicket(20);
    api().get('/api/v2/tickets/404').query({ include: 'requester' }).reply(404, { code: 'not_found' });
    const { records } = open();
    expect(await records!.ownerEmailOf('ticket', '20')).toBe('ana@example.com');
    expect(await records!.ownerEmailOf('ticket', '404')).toBeNull();
    expect(await records!.ownerEmailOf('shipment', '20')).toBeNull();
  });

  it('a ticket of someone the CRM does not know carries Freshdesk’s id, never a CRM id', async () => {
    api().put('/api/v2/tickets/20').reply(200, showReply);
    showTicket(20, {
      ...showReply,
      responder_id: null,
      requester: { id: 1001, email: 'stranger@example.net' },
    });
    expect((await call('tickets.update', { ticketId: '20', status: 'open' })).ticket.customerId).toBe(
      'freshdesk:1001',
    );
  });
});

describe('Freshdesk as a ticket source', () => {
  const listQuery = (since: string, page = 1) => ({
    updated_since: since,
    order_by: 'updated_at',
    order_type: 'asc',
    per_page: '100',
    page: String(page),
    include: 'requester,description',
  });

  it('pulls tickets changed in the last seven days with the description as the first message', async () => {
    api().get('/api/v2/tickets').query(listQuery('2026-03-03T12:00:00.000Z')).reply(200, [showReply]);
    api().get('/api/v2/agents/me').reply(200, meReply);
    api()
      .get('/api/v2/tickets/20/conversations')
      .query({ per_page: '100', page: '1' })
      .reply(200, conversationsReply);
    expect(await open().tickets!.pull(null)).toEqual({
      cursor: '2015-08-24T11:59:05Z',
      more: false,
      tickets: [
        {
          id: '20',
          subject: 'Support needed..',
          requesterEmail: 'ana@example.com',
          status: 'pending',
          updatedAt: '2015-08-24T11:59:05Z',
          comments: [
            {
              id: '20-description',
              byUs: false,
              byRequester: true,
              public: true,
              text: 'Details about the issue...',
              at: '2015-08-24T11:56:51Z',
            },
            {
              id: '3',
              byUs: false,
              byRequester: true,
              public: true,
              text: 'Any update?',
              at: '2015-08-24T11:58:00Z',
            },
            {
              id: '4',
              byUs: true,
              byRequester: false,
              public: false,
              text: 'Escalated to billing.',
              at: '2015-08-24T11:59:05Z',
            },
          ],
        },
      ],
    });
  });

  it('reads on past a full page that does not move the cursor, and says more are waiting', async () => {
    const since = '2026-03-09T00:00:00Z';
    const stuck = Array.from({ length: 100 }, (_, i) => ({ ...showReply, id: 1000 + i, updated_at: since }));
    const moved = Array.from({ length: 100 }, (_, i) => ({
      ...showReply,
      id: 2000 + i,
      updated_at: '2026-03-09T00:00:01Z',
    }));
    api().get('/api/v2/tickets').query(listQuery(since, 1)).reply(200, stuck);
    api().get('/api/v2/tickets').query(listQuery(since, 2)).reply(200, moved);
    api().get('/api/v2/agents/me').reply(200, meReply);
    api()
      .get(/\/api\/v2\/tickets\/\d+\/conversations/)
      .query(true)
      .times(200)
      .reply(200, []);
    const page = await open().tickets!.pull(since);
    expect(page.tickets).toHaveLength(200);
    expect(page.cursor).toBe('2026-03-09T00:00:01Z');
    expect(page.more).toBe(true);
  });

  it('posts a reply once, as HTML, and returns its id', async () => {
    api().post('/api/v2/tickets/20/reply', { body: 'Thanks &amp; bye' }).reply(201, replyReply);
    expect(await open().tickets!.postReply('20', 'Thanks & bye', 'key-1')).toEqual({ commentId: '5' });
  });

  it('posts a private note, then reopens and adds tags to the ones the ticket has', async () => {
    api().post('/api/v2/tickets/20/notes', { body: 'Needs a human.', private: true }).reply(201, noteReply);
    api().get('/api/v2/tickets/20').reply(200, showReply);
    api()
      .put('/api/v2/tickets/20', { status: 2, tags: ['billing', 'handoff'] })
      .reply(200, showReply);
    const posted = await open().tickets!.postNote('20', 'Needs a human.', 'key-2', {
      status: 'open',
      tags: ['handoff', 'billing'],
    });
    expect(posted).toEqual({ commentId: '6' });
  });

  it('a note without changes leaves the ticket alone', async () => {
    api().post('/api/v2/tickets/20/notes').reply(201, noteReply);
    expect(await open().tickets!.postNote('20', 'FYI', 'key-3')).toEqual({ commentId: '6' });
  });
});
