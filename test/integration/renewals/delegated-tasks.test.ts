import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { CallReminders } from '../../../electron/renewals/call-reminders';
import { sandboxRenewalSignals } from '../../../electron/tools/connectors/sandbox-renewal-signals';
import { one, scenarioApp, today } from '../agent/agent-fixture';

let app: App;
let account: { id: string; name: string; customerId: string; email: string };
beforeEach(() => {
  app = scenarioApp();
  account = one(
    app,
    `SELECT a.id, a.name, a.customer_id AS customerId, c.email FROM sb_accounts a JOIN sb_customers c ON c.id = a.customer_id ORDER BY a.id LIMIT 1`,
  );
});
afterEach(async () => app.close());

const delegate = async (task: string) => {
  const report = await app.agent.delegate(account.id, task);
  if (!report.ok) throw new Error(report.error.message);
  return report.value;
};

describe('delegated renewal-desk tasks', () => {
  it('pulls usage data through the tool bridge and reports it to the rep', async () => {
    const report = await delegate('Pull usage data for this account');
    expect(report.intent).toBe('usage_report');
    expect(report.actions.map((a) => `${a.tool}:${a.status}`)).toEqual(['accounts.usage:executed']);
    expect(report.reply).toContain(`Usage for ${account.name}`);
    expect(report.outcome).toBe('resolved');
  });

  it('generates the renewal quote priced by the policy', async () => {
    const report = await delegate('generate the renewal quote');
    const quote = report.actions.find((a) => a.tool === 'renewals.quote')?.result as {
      quote: { total: number };
    };
    expect(report.reply).toContain(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(quote.quote.total),
    );
  });

  it('schedules the renewal call at the time the rep names, with talking points in the notes', async () => {
    const report = await delegate('schedule the renewal call on December 3 at 3pm');
    const booking = report.actions.find((a) => a.tool === 'calendar.schedule');
    expect(booking).toMatchObject({
      status: 'executed',
      args: { customerId: account.customerId, startsAt: '2026-12-03T15:00:00.000Z', durationMinutes: 30 },
    });
    expect((booking?.args as { notes: string }).notes.length).toBeGreaterThan(10);
  });

  it('sends the follow-up email after the call with the quote', async () => {
    const report = await delegate('send the follow-up email after the call');
    const email = report.actions.find((a) => a.tool === 'email.send');
    expect(email).toMatchObject({
      status: 'executed',
      args: { to: account.email, subject: expect.stringContaining(account.name) },
    });
    expect((email?.args as { body: string }).body).toMatch(/Total: \$/);
  });

  it('appears in the queue as a task conversation', async () => {
    const report = await delegate('pull usage data');
    const listed = app.conversations.list({}).find((c) => c.id === report.conversationId);
    expect(listed).toMatchObject({ channel: 'task', customer: account.name, status: 'resolved' });
  });

  it('follows the policy: a follow-up email the team lead puts under approval waits for a rep', async () => {
    const text = app.policy
      .read()
      .text.replace(
        '  - id: reads-are-automatic',
        '  - id: emails-need-approval\n    tool: email.send\n    effect: approve\n  - id: reads-are-automatic',
      );
    expect(app.policy.save(text)).toEqual({ ok: true });
    const report = await delegate('send the follow-up email after the call');
    expect(report.actions.find((a) => a.tool === 'email.send')?.status).toBe('pending_approval');
    expect(report.outcome).toBe('awaiting_approval');
  });

  it('refuses an unknown account with an error naming the field, and creates nothing', async () => {
    const before = app.conversations.list({}).length;
    expect(await app.agent.delegate('acc_9999', 'pull usage data')).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'accountId' },
    });
    expect(app.conversations.list({})).toHaveLength(before);
  });

  it('pushes the cheat sheet once before a scheduled call', async () => {
    await delegate('schedule the renewal call on November 27 at 3:10pm');
    const seen: unknown[] = [];
    app.bus.subscribe((event, payload) => event === 'call.upcoming' && seen.push(payload));
    const reminders = new CallReminders(
      () => sandboxRenewalSignals(app.db),
      app.bus,
      () => app.policy.current(),
      () => today,
    );
    await Promise.all([reminders.check(), reminders.check()]);
    expect(seen).toEqual([
      expect.objectContaining({
        accountId: account.id,
        startsAt: '2026-11-27T15:10:00.000Z',
        cheatSheet: expect.objectContaining({ accountId: account.id }),
      }),
    ]);
  });
});
