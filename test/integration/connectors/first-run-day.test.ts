import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App, type AppConfig } from '../../../electron/app';
import { EscalationsRepo } from '../../../electron/agent/store/escalations-repo';
import { memorySettingsBackend } from '../../../electron/services/settings';

const opened: App[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const start = (config: Partial<AppConfig> = {}) => {
  const app = createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'direct',
    seed: {},
    pollInbound: true,
    sampleTickets: true,
    ...config,
  });
  opened.push(app);
  return app;
};

const statuses = (app: App) => app.conversations.list({}).map((c) => c.status);

describe('the first-run working day', () => {
  it('takes a handful of sandbox tickets into the queue at start: resolved, waiting for approval and escalated with a briefing', async () => {
    const app = start();
    await app.idle();
    const conversations = app.conversations.list({});
    expect(conversations.length).toBeGreaterThanOrEqual(3);
    expect(conversations.length).toBeLessThanOrEqual(12);
    for (const status of ['resolved', 'needs_approval', 'escalated'] as const)
      expect(statuses(app), status).toContain(status);
    for (const conversation of conversations) expect(conversation.channel).toBe('email');
    const escalated = conversations.find((c) => c.status === 'escalated')!;
    const [escalation] = new EscalationsRepo(app.db).all(escalated.id);
    expect(escalation?.briefing).toBeTruthy();
    // The app's replies landed on the tickets as its own comments.
    const posted = app.db
      .prepare("SELECT COUNT(*) FROM sb_ticket_comments WHERE author = 'Agent Assist'")
      .pluck()
      .get() as number;
    expect(posted).toBeGreaterThanOrEqual(conversations.length);
  });

  it('stays off without pollInbound or sampleTickets (CLIs and tests)', async () => {
    for (const app of [start({ pollInbound: false }), start({ sampleTickets: false })]) {
      await app.idle();
      expect(app.conversations.list({})).toEqual([]);
    }
  });

  it('takes in the same tickets once: a restart adds no conversation and opens no more tickets', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-first-run-'));
    folders.push(dataDir);
    const settings = memorySettingsBackend();
    const first = start({ dataDir, settings });
    await first.idle();
    const count = first.conversations.list({}).length;
    const tickets = first.db.prepare('SELECT COUNT(*) FROM sb_tickets').pluck().get();
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    const again = start({ dataDir, settings });
    await again.idle();
    expect(again.conversations.list({})).toHaveLength(count);
    expect(again.db.prepare('SELECT COUNT(*) FROM sb_tickets').pluck().get()).toBe(tickets);
  });

  it('lists demo customers with what makes each interesting', async () => {
    const app = start({ pollInbound: false });
    const listed = await app.dispatch('sandbox.demoCustomers', {});
    expect(listed.ok).toBe(true);
    const { customers } = (listed as { value: { customers: { email: string; why: string }[] } }).value;
    expect(customers.length).toBeGreaterThanOrEqual(3);
    expect(customers.length).toBeLessThanOrEqual(5);
    expect(customers.map((c) => c.why).join(' ')).toMatch(/late.*damaged.*VIP/s);
    // Not the customers whose tickets the working day takes in: playing them starts a fresh story.
    const working = start();
    await working.idle();
    const taken = new Set(working.conversations.list({}).map((c) => c.customer));
    for (const customer of customers) expect(taken.has(customer.email), customer.email).toBe(false);
  });
});
