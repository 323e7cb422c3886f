import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { CustomerDirectory, SystemDeps } from '../../../electron/connectors/system';
import { zendesk } from '../../../electron/connectors/zendesk';
import commentsReply from '../../../electron/connectors/zendesk/fixtures/comments.json';
import searchReply from '../../../electron/connectors/zendesk/fixtures/help-center-search.json';
import incrementalReply from '../../../electron/connectors/zendesk/fixtures/incremental-tickets.json';
import createReply from '../../../electron/connectors/zendesk/fixtures/ticket-create.json';
import showReply from '../../../electron/connectors/zendesk/fixtures/ticket-show.json';
import updateReply from '../../../electron/connectors/zendesk/fixtures/ticket-update.json';
import userReply from '../../../electron/connectors/zendesk/fixtures/user-show.json';
import meReply from '../../../electron/connectors/zendesk/fixtures/users-me.json';
import { knownSecrets } from '../../../electron/security/secret-registry';
import type { ToolContext } from '../../../electron/tools/connector';
import { ToolError } from '../../../electron/tools/tool-error';
import { tools, type ToolName, type ToolOutput } from '../../../shared/tools';

const base = 'https://acme.zendesk.com';
const credential = Buffer.from('jane@acme.com/token:zd-api-token-123').toString('base64');
const auth = { authorization: `Basic ${credential}` };
const now = new Date('2026-03-10T12:00:00Z');

/** The CRM knows Ana (cus_ana) and Bo (cus_bo); other emails belong to no customer. */
const customers: CustomerDirectory = {
  idForEmail: async (email) => ({ 'ana@example.com': 'cus_ana', 'bo@example.com': 'cus_bo' })[email] ?? null,
  emailForId: async (id) => ({ cus_ana: 'ana@example.com', cus_bo: 'bo@example.com' })[id] ?? null,
};

function open(extra: Partial<SystemDeps> = {}) {
  const parsed = zendesk.parseConfig({ baseUrl: base, email: 'jane@acme.com', apiToken: 'zd-api-token-123' });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const deps: SystemDeps = {
    customers,
    health: new SystemHealth(),
    onCall: () => {},
    now: () => now,
    sleep: async () => {},
    ...extra,
  };
  return zendesk.open(parsed.value, deps);
}

const context = (idempotencyKey?: string): ToolContext => ({
  idempotencyKey,
  signal: new AbortController().signal,
  now: () => now,
});

/** Runs a handler with contract-valid input and checks its output against the contract. */
async function call<T extends ToolName>(name: T, input: unknown, key?: string): Promise<ToolOutput<T>> {
  const handler = open().handlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  const output = await handler(tools[name].input.parse(input) as never, context(key));
  return tools[name].output.parse(output) as ToolOutput<T>;
}

const api = () => nock(base, { reqheaders: auth });
const showTicket = (id: number, reply: object = showReply) =>
  api().get(`/api/v2/tickets/${id}.json`).query({ include: 'users' }).reply(200, reply);

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('Zendesk settings', () => {
  it('names the missing or malformed fields', () => {
    const parsed = zendesk.parseConfig({ baseUrl: 'acme support', email: 'jane' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map((p) => p.split(':')[0])).toEqual(['baseUrl', 'email', 'apiToken']);
  });

  it('registers the token and the Basic credential built from it as secrets', () => {
    open();
    expect(knownSecrets()).toEqual(expect.arrayContaining(['zd-api-token-123', credential]));
  });
});

describe('Zendesk connection test', () => {
  it('names the agent and the account', async () => {
    api().get('/api/v2/users/me.json').reply(200, meReply);
    expect(await open().test()).toEqual({
      system: 'zendesk',
      ok: true,
      account: 'Jane Agent <jane@acme.com> at acme.zendesk.com',
      problem: null,
      scope: null,
      message: 'Connected to acme.zendesk.com as Jane Agent.',
    });
  });

  it('reports a rejected token', async () => {
    api().get('/api/v2/users/me.json').reply(401, { error: "Couldn't authenticate you" });
    expect(await open().test()).toMatchObject({ ok: false, problem: 'token_rejected', account: null });
  });

  it('reports a refused call as a missing permission', async () => {
    api()
      .get('/api/v2/users/me.json')
      .reply(403, { error: 'Forbidden', description: 'You do not have access' });
    expect(await open().test()).toMatchObject({ ok: false, problem: 'scope_missing' });
  });

  it('refuses an end user’s token, which cannot work tickets', async () => {
    api().get('/api/v2/users/me.json').reply(200, userReply);
    expect(await open().test()).toMatchObject({ ok: false, problem: 'scope_missing' });
  });

  it('reports a host that does not exist', async () => {
    const fetch = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    }) as typeof globalThis.fetch;
    expect(await open({ fetch }).test()).toMatchObject({ ok: false, problem: 'host_not_found' });
  });
});

describe('Zendesk tools', () => {
  it('tickets.create: requester by the customer’s email, with the idempotency key, read back with users', async () => {
    nock(base, { reqheaders: { ...auth, 'idempotency-key': 'act-1' } })
      .post('/api/v2/tickets.json', {
        ticket: {
          subject: 'Replacement charger',
          comment: { body: 'My charger broke.' },
          priority: 'normal',
          tags: ['charger'],
          requester: { email: 'ana@example.com' },
        },
      })
      .reply(201, createReply);
    showTicket(35437, {
      ticket: createReply.ticket,
      users: [{ id: 20978392, name: 'Ana Customer', email: 'ana@example.com' }],
    });
    const out = await call(
      'tickets.create',
      { customerId: 'cus_ana', subject: 'Replacement charger', body: 'My charger broke.', tags: ['charger'] },
      'act-1',
    );
    expect(out.ticket).toEqual({
      id: '35437',
      customerId: 'cus_ana',
      subject: 'Replacement charger',
      status: 'open',
      priority: 'normal',
      tags: ['charger'],
      assignee: null,
      createdAt: '2011-05-06T09:10:11Z',
      updatedAt: '2011-05-06T09:10:11Z',
    });
  });

  it('tickets.create: an unknown customer is not found and nothing is sent', async () => {
    await expect(
      call('tickets.create', { customerId: 'cus_nobody', subject: 's', body: 'b' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('tickets.comment: posts the comment and returns the audit’s comment id', async () => {
    api()
      .put('/api/v2/tickets/35436.json', {
        ticket: { comment: { body: 'Thanks for your help!', public: true } },
      })
      .reply(200, updateReply);
    showTicket(35436);
    const out = await call('tickets.comment', {
      ticketId: '35436',
      body: 'Thanks for your help!',
      public: true,
    });
    expect(out.commentId).toBe('1564245');
    expect(out.ticket).toMatchObject({
      id: '35436',
      customerId: 'cus_ana',
      status: 'open',
      priority: 'high',
      tags: ['enterprise', 'other_tag'],
      assignee: 'jane@acme.com',
    });
  });

  it('tickets.comment: sent once, never retried after a server error (Zendesk takes no key on updates)', async () => {
    api().put('/api/v2/tickets/35436.json').reply(500, {});
    await expect(call('tickets.comment', { ticketId: '35436', body: 'Hi' }, 'act-2')).rejects.toMatchObject({
      kind: 'unavailable',
    });
  });

  it('tickets.comment: a ticket id that is not a number is not found', async () => {
    await expect(call('tickets.comment', { ticketId: '../users/1', body: 'Hi' })).rejects.toBeInstanceOf(
      ToolError,
    );
  });

  it('tickets.update: status, priority, tags and the assignee by email', async () => {
    api()
      .put('/api/v2/tickets/35436.json', {
        ticket: { status: 'pending', priority: 'urgent', tags: ['vip'], assignee_email: 'jane@acme.com' },
      })
      .reply(200, updateReply);
    showTicket(35436);
    const out = await call('tickets.update', {
      ticketId: '35436',
      status: 'pending',
      priority: 'urgent',
      tags: ['vip'],
      assignee: 'jane@acme.com',
    });
    expect(out.ticket.id).toBe('35436');
  });

  it('tickets.update: null unassigns; a name instead of an email is refused', async () => {
    api()
      .put('/api/v2/tickets/35436.json', { ticket: { assignee_id: null } })
      .reply(200, updateReply);
    showTicket(35436);
    await call('tickets.update', { ticketId: '35436', assignee: null });
    await expect(call('tickets.update', { ticketId: '35436', assignee: 'Jane Agent' })).rejects.toMatchObject(
      {
        code: 'bad_request',
        field: 'assignee',
      },
    );
    await expect(call('tickets.update', { ticketId: '35436' })).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('tickets.update: a missing ticket is not found', async () => {
    api().put('/api/v2/tickets/99.json').reply(404, { error: 'RecordNotFound' });
    await expect(call('tickets.update', { ticketId: '99', status: 'solved' })).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('kb.search: Help Center hits as plain-text snippets, ranked', async () => {
    api()
      .get('/api/v2/help_center/articles/search.json')
      .query({ query: 'return policy', per_page: 5 })
      .reply(200, searchReply);
    const out = await call('kb.search', { query: 'return policy' });
    expect(out.results).toEqual([
      {
        id: '35436',
        title: 'How to return an item',
        snippet: 'Returns are free within 30 days of delivery.',
        score: 1,
      },
      {
        id: '35437',
        title: 'Exchanges & swaps',
        snippet: 'Swap a size & colour once per order.',
        score: 0.5,
      },
    ]);
  });

  it('kb.search: waits out a 429 and then answers', async () => {
    const waits: number[] = [];
    api()
      .get('/api/v2/help_center/articles/search.json')
      .query(true)
      .reply(429, {}, { 'Retry-After': '3' })
      .get('/api/v2/help_center/articles/search.json')
      .query(true)
      .reply(200, searchReply);
    const handler = open({ sleep: async (ms) => void waits.push(ms) }).handlers['kb.search']!;
    const out = await handler({ query: 'returns', limit: 1 }, context());
    expect(tools['kb.search'].output.parse(out).results).toHaveLength(1);
    expect(waits).toEqual([3000]);
  });
});

describe('Zendesk ownership', () => {
  it('a ticket’s owner is its requester’s email; a missing ticket has none', async () => {
    showTicket(35436);
    api().get('/api/v2/tickets/404.json').query({ include: 'users' }).reply(404, { error: 'RecordNotFound' });
    const { records } = open();
    expect(await records!.ownerEmailOf('ticket', '35436')).toBe('ana@example.com');
    expect(await records!.ownerEmailOf('ticket', '404')).toBeNull();
    expect(await records!.ownerEmailOf('order', '35436')).toBeNull();
  });

  it('a ticket of someone the CRM does not know carries Zendesk’s id, never a CRM id', async () => {
    api().put('/api/v2/tickets/35436.json').reply(200, updateReply);
    showTicket(35436, {
      ticket: showReply.ticket,
      users: [{ id: 20978392, name: 'Stranger', email: 'stranger@example.net' }],
    });
    const out = await call('tickets.update', { ticketId: '35436', status: 'open' });
    expect(out.ticket.customerId).toBe('zendesk:20978392');
  });
});

describe('Zendesk as a ticket source', () => {
  it('pulls the incremental export from seven days back, with comments, dropping deleted tickets', async () => {
    api()
      .get('/api/v2/incremental/tickets/cursor.json')
      .query({
        start_time: String(now.getTime() / 1000 - 7 * 24 * 3600),
        include: 'users',
        exclude_deleted: 'true',
      })
      .reply(200, incrementalReply);
    api().get('/api/v2/users/me.json').reply(200, meReply);
    api().get('/api/v2/tickets/35436/comments.json').query({ 'page[size]': '100' }).reply(200, commentsReply);
    const page = await open().tickets!.pull(null);
    expect(page).toEqual({
      cursor: 'MTU3NjYxMzUzOS4wfHw0Njd8',
      more: true,
      tickets: [
        {
          id: '35436',
          subject: 'Help, my printer is on fire!',
          requesterEmail: 'ana@example.com',
          status: 'open',
          updatedAt: '2011-05-05T10:38:52Z',
          comments: [
            {
              id: '1274',
              byUs: false,
              byRequester: true,
              public: true,
              text: 'My printer is on fire!',
              at: '2009-07-20T22:55:29Z',
            },
            {
              id: '1275',
              byUs: true,
              byRequester: false,
              public: false,
              text: 'Asked facilities to check.',
              at: '2009-07-20T23:01:02Z',
            },
          ],
        },
      ],
    });
  });

  it('continues from the stored cursor, pages comments, looks up a requester not sideloaded, asks users/me once', async () => {
    const ticket = { ...incrementalReply.tickets[0], requester_id: 777 };
    const source = open().tickets!;
    api()
      .get('/api/v2/incremental/tickets/cursor.json')
      .query({ cursor: 'c1', include: 'users', exclude_deleted: 'true' })
      .reply(200, { tickets: [ticket], users: [], after_cursor: 'c2', end_of_stream: true });
    api().get('/api/v2/users/me.json').reply(200, meReply);
    api()
      .get('/api/v2/users/777.json')
      .reply(200, { user: { id: 777, name: 'Bo', email: 'bo@example.com' } });
    api()
      .get('/api/v2/tickets/35436/comments.json')
      .query({ 'page[size]': '100' })
      .reply(200, { comments: [commentsReply.comments[0]], meta: { has_more: true, after_cursor: 'k1' } })
      .get('/api/v2/tickets/35436/comments.json')
      .query({ 'page[size]': '100', 'page[after]': 'k1' })
      .reply(200, { comments: [commentsReply.comments[1]], meta: { has_more: false, after_cursor: null } });
    api()
      .get('/api/v2/incremental/tickets/cursor.json')
      .query({ cursor: 'c2', include: 'users', exclude_deleted: 'true' })
      .reply(200, { tickets: [], users: [], after_cursor: null, end_of_stream: true });

    const first = await source.pull('c1');
    expect(first.cursor).toBe('c2');
    expect(first.more).toBe(false);
    expect(first.tickets[0]!.requesterEmail).toBe('bo@example.com');
    expect(first.tickets[0]!.comments.map((c) => [c.id, c.byRequester])).toEqual([
      ['1274', false],
      ['1275', false],
    ]);
    expect(await source.pull('c2')).toEqual({ tickets: [], cursor: 'c2', more: false });
  });

  it('posts a public reply and returns the new comment’s id', async () => {
    api()
      .put('/api/v2/tickets/35436.json', { ticket: { comment: { body: 'On its way.', public: true } } })
      .reply(200, updateReply);
    expect(await open().tickets!.postReply('35436', 'On its way.', 'key-1')).toEqual({
      commentId: '1564245',
    });
  });

  it('posts a note that reopens and adds tags without replacing the ticket’s tags', async () => {
    api()
      .put('/api/v2/tickets/35436.json', {
        ticket: {
          comment: { body: 'Needs a human.', public: false },
          status: 'open',
          additional_tags: ['handoff'],
        },
      })
      .reply(200, updateReply);
    const posted = await open().tickets!.postNote('35436', 'Needs a human.', 'key-2', {
      status: 'open',
      tags: ['handoff'],
    });
    expect(posted).toEqual({ commentId: '1564245' });
  });
});
