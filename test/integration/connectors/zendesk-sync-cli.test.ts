import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncReport } from '../../../shared/connections';
import { startFakeZendesk, type FakeZendesk } from '../../fixtures/fake-zendesk';

const run = promisify(execFile);
const cli = path.resolve('electron/host/connectors-cli.ts');
const tsx = path.resolve('node_modules/.bin/tsx');

let dataDir: string;
let zendesk: FakeZendesk;
const connectors = (...args: string[]) =>
  run(tsx, [cli, ...args, '--data-dir', dataDir], { env: { ...process.env, LOG_LEVEL: 'silent' } });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-zendesk-sync-'));
  zendesk = await startFakeZendesk();
});
afterAll(async () => {
  await zendesk.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/**
 * A sandbox customer with one order on its way and on time, and no contact in the last month (so the
 * plain answer is the right one), read from the data folder the CLI seeded.
 */
function customerWithShippedOrder(): { name: string; email: string; orderId: string } {
  const db = new Database(path.join(dataDir, 'assist.db'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT c.name AS name, c.email AS email, o.id AS orderId FROM sb_orders o
         JOIN sb_customers c ON c.id = o.customer_id JOIN sb_shipments s ON s.order_id = o.id
         WHERE o.status = 'shipped' AND s.status = 'in_transit' AND s.eta <= o.promised_by
           AND NOT EXISTS (SELECT 1 FROM sb_interactions i WHERE i.customer_id = c.id AND i.at >= date('now', '-30 days'))
         ORDER BY o.id LIMIT 1`,
      )
      .get() as { name: string; email: string; orderId: string };
  } finally {
    db.close();
  }
}

describe('helpdesk tickets through `connectors sync --once` against a Zendesk on loopback', () => {
  it('answers an order question publicly, hands a request for a person to the team with a note, and posts nothing twice', async () => {
    const configured = await connectors(
      'configure',
      'zendesk',
      JSON.stringify({ baseUrl: zendesk.url, email: 'agent@acme.test', apiToken: 'fake-zendesk-token' }),
    );
    expect(configured.stdout).toMatch(/Zendesk configured/);
    // The token is in the owner-only secrets file, never in settings.
    expect(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).not.toContain('fake-zendesk-token');
    expect((await connectors('test', 'zendesk')).stdout).toMatch(/connected to .*agent@acme\.test/);
    await connectors('map', 'tickets', 'zendesk');

    const ana = customerWithShippedOrder();
    const question = zendesk.addTicket({
      subject: 'Order status',
      requester: { name: ana.name, email: ana.email },
      body: `Hi, where is my order ${ana.orderId}? When will it arrive?`,
    });
    const human = zendesk.addTicket({
      subject: 'Need help',
      requester: { name: 'Bo Tester', email: 'bo.tester@example.com' },
      body: 'Get me a human, please. I want to talk to a real person.',
    });

    const first = SyncReport.parse(
      JSON.parse((await connectors('sync', 'zendesk', '--once', '--json')).stdout),
    );
    expect(first).toMatchObject({ system: 'zendesk', fetched: 2, created: 2, processed: 2 });
    expect(first.cursor).not.toBeNull();
    const ours = () => zendesk.state.comments.filter((c) => c.authorId === zendesk.state.agent.id);
    const onTicket = (id: number) => ours().filter((c) => c.ticketId === id);

    const answer = onTicket(question.id);
    expect(answer.filter((c) => c.public)).toHaveLength(1);
    expect(answer[0]!.body).toMatch(new RegExp(ana.orderId.replace('#', '#?')));
    expect(answer.some((c) => !c.public)).toBe(false);

    const handoff = onTicket(human.id);
    const note = handoff.find((c) => !c.public);
    expect(note?.body).toMatch(/Escalated by the AI agent: the customer asked for a person/);
    expect(note?.body).toMatch(/Suggested next step:/);
    expect(zendesk.state.tickets.find((t) => t.id === human.id)?.tags).toEqual(
      expect.arrayContaining(['ai_escalated', 'ai_explicit_request']),
    );
    expect(first.notesPosted).toBe(1);
    expect(first.repliesPosted).toBe(ours().filter((c) => c.public).length);

    const posted = ours().length;
    const second = SyncReport.parse(
      JSON.parse((await connectors('sync', 'zendesk', '--once', '--json')).stdout),
    );
    expect(second).toMatchObject({ repliesPosted: 0, notesPosted: 0, processed: 0 });
    expect(ours()).toHaveLength(posted);
  }, 120_000);
});
