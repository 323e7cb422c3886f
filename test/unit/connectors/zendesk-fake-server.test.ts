import { afterEach, describe, expect, it } from 'vitest';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import { zendesk } from '../../../electron/connectors/zendesk';
import { startFakeZendesk, type FakeZendesk } from '../../fixtures/fake-zendesk';

let fake: FakeZendesk | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const clock = () => {
  let at = Date.parse('2026-03-10T12:00:00Z');
  return () => new Date((at += 1000));
};

function openAgainst(server: FakeZendesk, apiToken = 'fake-zendesk-token') {
  const parsed = zendesk.parseConfig({ baseUrl: server.url, email: 'agent@acme.test', apiToken });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return zendesk.open(parsed.value, {
    customers: { idForEmail: async () => null, emailForId: async () => null },
    health: new SystemHealth(),
    onCall: () => {},
    now: () => new Date('2026-03-10T12:00:00Z'),
    sleep: async () => {},
  });
}

describe('the Zendesk ticket source against a fake Zendesk over HTTP', () => {
  it('pulls tickets page by page, posts a reply and a note, and reads them back as its own', async () => {
    fake = await startFakeZendesk({ pageSize: 1, now: clock() });
    const first = fake.addTicket({
      subject: 'Where is my order?',
      requester: { name: 'Ana', email: 'ana@example.com' },
      body: 'It has been two weeks.',
    });
    fake.addTicket({
      subject: 'Refund',
      requester: { name: 'Bo', email: 'bo@example.com' },
      body: 'Please refund.',
    });
    const source = openAgainst(fake).tickets!;

    const page1 = await source.pull(null);
    expect(page1.more).toBe(true);
    const page2 = await source.pull(page1.cursor);
    expect(page2.more).toBe(false);
    const pulled = [...page1.tickets, ...page2.tickets];
    expect(pulled.map((t) => [t.subject, t.requesterEmail])).toEqual([
      ['Where is my order?', 'ana@example.com'],
      ['Refund', 'bo@example.com'],
    ]);
    expect(pulled[0]!.comments).toMatchObject([
      { byUs: false, byRequester: true, text: 'It has been two weeks.' },
    ]);

    const reply = await source.postReply(String(first.id), 'It ships today.', 'reply-1');
    const note = await source.postNote(String(first.id), 'Checked the warehouse.', 'note-1', {
      status: 'pending',
      tags: ['wismo'],
    });
    expect(fake.state.comments.filter((c) => c.ticketId === first.id).map((c) => [c.body, c.public])).toEqual(
      [
        ['It has been two weeks.', true],
        ['It ships today.', true],
        ['Checked the warehouse.', false],
      ],
    );
    expect(first).toMatchObject({ status: 'pending', tags: ['wismo'] });

    const again = await source.pull(page2.cursor);
    expect(again.cursor).not.toBe(page2.cursor);
    expect(again.more).toBe(false);
    expect(again.tickets.map((t) => t.id)).toEqual([String(first.id)]);
    expect(again.tickets[0]!.comments.slice(1)).toEqual([
      expect.objectContaining({ id: reply.commentId, byUs: true, byRequester: false, public: true }),
      expect.objectContaining({ id: note.commentId, byUs: true, byRequester: false, public: false }),
    ]);
    expect(await source.pull(again.cursor)).toMatchObject({ tickets: [], cursor: again.cursor, more: false });
  });

  it('refuses wrong credentials', async () => {
    fake = await startFakeZendesk();
    expect(await openAgainst(fake, 'wrong-token-value').test()).toMatchObject({
      ok: false,
      problem: 'token_rejected',
    });
    expect(await openAgainst(fake).test()).toMatchObject({
      ok: true,
      account: expect.stringContaining('App Agent'),
    });
  });
});
