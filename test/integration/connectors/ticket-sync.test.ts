import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { ActionsRepo } from '../../../electron/agent/store/actions-repo';
import { EscalationsRepo } from '../../../electron/agent/store/escalations-repo';
import { SyncStore } from '../../../electron/connectors/inbound/sync-store';
import type { InboundTicket, TicketSource } from '../../../electron/connectors/inbound/ticket-source';
import { TicketSync } from '../../../electron/connectors/inbound/ticket-sync';
import { ConversationsRepo } from '../../../electron/store/conversations-repo';
import { one, scenarioApp } from '../agent/agent-fixture';

/**
 * A helpdesk in memory: tickets change in sequence (the cursor is the sequence number), the app's posts
 * land as comments by "us", and a fault can be set to fail the next post before or after it lands.
 */
class ScriptedDesk implements TicketSource {
  tickets = new Map<string, InboundTicket & { seq: number }>();
  seq = 0;
  posts: { ticketId: string; kind: 'reply' | 'note'; text: string }[] = [];
  fault: 'before' | 'after' | null = null;
  pullFault: number | null = null;
  pageSize = 10;

  open(id: string, email: string, text: string) {
    this.tickets.set(id, {
      id,
      subject: text.slice(0, 20),
      requesterEmail: email,
      status: 'open',
      updatedAt: new Date().toISOString(),
      comments: [],
      seq: 0,
    });
    this.say(id, text);
  }

  say(id: string, text: string, by: 'requester' | 'us' = 'requester') {
    const ticket = this.tickets.get(id)!;
    ticket.comments.push({
      id: `${id}-c${ticket.comments.length + 1}`,
      byUs: by === 'us',
      byRequester: by === 'requester',
      public: true,
      text,
      at: new Date().toISOString(),
    });
    ticket.seq = ++this.seq;
    return ticket.comments.at(-1)!.id;
  }

  async pull(cursor: string | null) {
    const after = Number(cursor ?? 0);
    if (this.pullFault !== null && after >= this.pullFault) throw new Error('helpdesk went away');
    const changed = [...this.tickets.values()].filter((t) => t.seq > after).sort((a, b) => a.seq - b.seq);
    const page = changed.slice(0, this.pageSize);
    return {
      tickets: page.map(({ seq: _seq, ...t }) => structuredClone(t)),
      cursor: page.length ? String(page.at(-1)!.seq) : cursor,
      more: changed.length > page.length,
    };
  }

  private land(ticketId: string, kind: 'reply' | 'note', text: string) {
    const fault = this.fault;
    if (fault === 'before') {
      this.fault = null;
      throw new Error('connection reset before the post');
    }
    this.posts.push({ ticketId, kind, text });
    const commentId = this.say(ticketId, text, 'us');
    if (fault === 'after') {
      this.fault = null;
      throw new Error('connection reset after the post');
    }
    return { commentId };
  }

  async postReply(ticketId: string, text: string) {
    return this.land(ticketId, 'reply', text);
  }

  async postNote(ticketId: string, text: string) {
    return this.land(ticketId, 'note', text);
  }
}

let app: App;
let desk: ScriptedDesk;
const sync = () =>
  new TicketSync('zendesk', desk, {
    db: app.db,
    store: new SyncStore(app.db),
    conversations: app.conversations,
    handleCustomerMessage: (id, message) => app.agent.handleCustomerMessage(id, message),
    messages: (id) => new ConversationsRepo(app.db).messages(id),
    escalations: (id) => new EscalationsRepo(app.db).all(id),
    actions: (id) => new ActionsRepo(app.db).byConversation(id),
    now: () => new Date('2026-11-27T15:00:00Z'),
  });

beforeEach(() => {
  app = scenarioApp();
  desk = new ScriptedDesk();
});
afterEach(() => app.close());

const customer = () =>
  one<{ email: string; orderId: string }>(
    app,
    `SELECT c.email AS email, o.id AS orderId FROM sb_orders o JOIN sb_customers c ON c.id = o.customer_id
     WHERE o.status = 'shipped' ORDER BY o.id LIMIT 1`,
  );

describe('inbound ticket sync', () => {
  it('makes one conversation per ticket, answers each new customer comment, and never reads its own posts as the customer', async () => {
    const { email, orderId } = customer();
    desk.open('101', email, `Where is my order ${orderId}?`);
    const first = await sync().once();
    expect(first).toMatchObject({ fetched: 1, created: 1, processed: 1 });
    expect(first.repliesPosted).toBeGreaterThanOrEqual(1);
    const conversations = app.conversations.list({});
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ channel: 'email', customer: email });

    desk.say('101', 'Thanks. And can you tell me the carrier?');
    const second = await sync().once();
    expect(second).toMatchObject({ fetched: 1, created: 0, updated: 1, processed: 1 });
    expect(app.conversations.list({})).toHaveLength(1);
    const messages = app.conversations.get(conversations[0]!.id);
    const customerTexts = messages.ok ? messages.value.messages.filter((m) => m.role === 'customer') : [];
    expect(customerTexts.map((m) => m.text)).toEqual([
      `Where is my order ${orderId}?`,
      'Thanks. And can you tell me the carrier?',
    ]);
  });

  it('posts nothing twice when a post landed but the answer was lost', async () => {
    const { email, orderId } = customer();
    desk.open('7', email, `Where is my order ${orderId}?`);
    desk.fault = 'after';
    await expect(sync().once()).rejects.toThrow(/after the post/);
    expect(desk.posts).toHaveLength(1);
    const lost = desk.posts[0]!;
    const again = await sync().once();
    // The reply that landed is recognised on the ticket; only what was still owed goes out.
    expect(again.repliesPosted).toBe(desk.posts.filter((p) => p.kind === 'reply').length - 1);
    expect(desk.posts.filter((p) => p.text === lost.text)).toHaveLength(1);
    const texts = desk.posts.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    const settled = desk.posts.length;
    expect(await sync().once()).toMatchObject({ repliesPosted: 0, notesPosted: 0 });
    expect(desk.posts).toHaveLength(settled);
  });

  it('sends again a post that never landed', async () => {
    const { email, orderId } = customer();
    desk.open('8', email, `Where is my order ${orderId}?`);
    desk.fault = 'before';
    await expect(sync().once()).rejects.toThrow(/before the post/);
    expect(desk.posts).toHaveLength(0);
    desk.say('8', 'Hello?');
    const again = await sync().once();
    expect(desk.posts.filter((p) => p.kind === 'reply').length).toBeGreaterThanOrEqual(1);
    const texts = desk.posts.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(again.processed).toBe(1);
  });

  it('stores the cursor only after a page is handled, so a failure on the next page misses nothing', async () => {
    const { email, orderId } = customer();
    desk.pageSize = 1;
    desk.open('1', email, `Where is my order ${orderId}?`);
    desk.open('2', email, 'I want to talk to a real person, please.');
    desk.pullFault = 1;
    await expect(sync().once()).rejects.toThrow(/went away/);
    expect(new SyncStore(app.db).cursor('zendesk')).toBe('1');
    desk.pullFault = null;
    const rest = await sync().once();
    expect(rest.created).toBeGreaterThanOrEqual(1);
    expect(app.conversations.list({})).toHaveLength(2);
    const escalated = app.conversations.list({}).find((c) => c.status === 'escalated');
    expect(escalated).toBeDefined();
    expect(desk.posts.filter((p) => p.kind === 'note' && p.ticketId === '2')).toHaveLength(1);
  });

  it("sends a rep's reply on a synced ticket as a public comment at the next sync", async () => {
    desk.open('55', 'somebody@example.com', 'I want to talk to a real person, please.');
    await sync().once();
    const conversation = app.conversations.list({})[0]!;
    expect(app.agent.takeOver(conversation.id).ok).toBe(true);
    expect(
      app.agent.sendRepMessage(conversation.id, 'Hi, this is Sam from the team. How can I help?').ok,
    ).toBe(true);
    const report = await sync().once();
    expect(report.repliesPosted).toBe(1);
    expect(desk.posts.at(-1)).toEqual({
      ticketId: '55',
      kind: 'reply',
      text: 'Hi, this is Sam from the team. How can I help?',
    });
  });
});
