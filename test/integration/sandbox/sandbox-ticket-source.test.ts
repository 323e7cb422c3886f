import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import {
  sandboxTicketAuthor,
  sandboxTicketSource,
} from '../../../electron/tools/connectors/sandbox-ticket-source';
import { now, openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
let clock: Date;
beforeEach(() => {
  ({ db } = openFixture());
  sandbox = createSandbox(db, () => clock);
  clock = now;
});
afterEach(() => db.close());

/** Opens a ticket as the fixture's customer Ana Silva, one minute after the last. */
const open = (subject: string, author = 'Ana Silva') => {
  clock = new Date(clock.getTime() + 60_000);
  const ticket = sandbox.tickets.create({ customerId: 'cus_0001', subject, body: `${subject}?`, author });
  if (!ticket.ok) throw new Error(ticket.error.message);
  return ticket.value;
};

const source = (pageSize = 25) => sandboxTicketSource(db, { clock: () => clock, pageSize });

describe('the sandbox as a ticket source', () => {
  it('pages open and pending tickets by update time and resumes after the cursor', async () => {
    const ids = ['one', 'two', 'three', 'four', 'five'].map((subject) => open(subject).id);
    clock = new Date(clock.getTime() + 60_000);
    sandbox.tickets.update(ids[1]!, { status: 'solved' });
    sandbox.tickets.update(ids[2]!, { status: 'pending' });

    const first = await source(2).pull(null);
    expect(first.more).toBe(true);
    const second = await source(2).pull(first.cursor);
    const third = await source(2).pull(second.cursor);
    const pulled = [first, second, third].flatMap((page) => page.tickets.map((t) => t.subject));
    // The updates moved "three" (now pending) to the end; "two" is solved and never pulled.
    expect(pulled).toEqual(['one', 'four', 'five', 'three']);
    expect(third.more).toBe(false);
    expect(await source(2).pull(third.cursor)).toEqual({ tickets: [], cursor: third.cursor, more: false });
  });

  it("reads the customer's comments as the requester's, with the customer's email", async () => {
    const ticket = open('Where is my mug');
    sandbox.tickets.comment(ticket.id, { author: 'Priya (rep)', body: 'Looking into it.' });
    const [pulled] = (await source().pull(null)).tickets;
    expect(pulled).toMatchObject({ id: ticket.id, requesterEmail: 'ana.silva@example.com', status: 'open' });
    expect(pulled!.comments.map((c) => [c.text, c.byRequester, c.byUs])).toEqual([
      ['Where is my mug?', true, false],
      ['Looking into it.', false, false],
    ]);
  });

  it("writes the app's replies and notes as its own comments, which read back as byUs, and applies a note's change", async () => {
    const ticket = open('Refund please');
    const before = await source().pull(null);
    clock = new Date(clock.getTime() + 60_000);
    const reply = await source().postReply(ticket.id, 'Your refund is on its way.', 'k1');
    const note = await source().postNote(ticket.id, 'Briefing for the rep.', 'k2', {
      status: 'pending',
      tags: ['escalated'],
    });

    const after = await source().pull(before.cursor);
    expect(after.tickets).toHaveLength(1);
    const comments = after.tickets[0]!.comments;
    expect(comments.slice(1)).toEqual([
      expect.objectContaining({ id: reply.commentId, byUs: true, byRequester: false, public: true }),
      expect.objectContaining({ id: note.commentId, byUs: true, byRequester: false, public: false }),
    ]);
    expect(after.tickets[0]!.status).toBe('pending');
    const stored = sandbox.tickets.get(ticket.id);
    expect(stored.ok && stored.value.tags).toEqual(['escalated']);
    expect(stored.ok && stored.value.comments[1]!.author).toBe(sandboxTicketAuthor);
  });

  it('takes in only the chosen tickets when told', async () => {
    const [a, , c] = ['a', 'b', 'c'].map((subject) => open(subject).id);
    const chosen = sandboxTicketSource(db, { clock: () => clock, only: () => [a!, c!] });
    expect((await chosen.pull(null)).tickets.map((t) => t.id)).toEqual([a, c]);
  });
});
