import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { one, say, today } from './agent-fixture';

const dirs: string[] = [];
const open = (dataDir: string): App =>
  createApp({
    dataDir,
    settings: memorySettingsBackend(),
    transport: 'direct',
    seed: { size: 150 },
    now: () => today,
  });
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a restart', () => {
  it('executes, exactly once, an action approved just before the app stopped, and the agent tells the customer', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-restart-'));
    dirs.push(dataDir);
    let app = open(dataDir);
    const { email, orderId } = one<{ email: string; orderId: string }>(
      app,
      `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
       WHERE o.status = 'delivered' AND o.total_cents <= 100000
       AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id) AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id) ORDER BY o.id LIMIT 1`,
    );
    const report = await say(app, email, `I want to return order ${orderId}`);
    const refund = report.actions.find((a) => a.tool === 'payments.refund')!;
    // The approval was recorded, then the app stopped before running it.
    app.db
      .prepare(
        "UPDATE actions SET status = 'approved', approved_args = proposed_args, decided_by = 'rep', decided_at = ? WHERE id = ?",
      )
      .run(today.toISOString(), refund.id);
    await app.close();

    app = open(dataDir);
    await app.idle();
    const after = app.agent.report(report.conversationId);
    expect(after.ok && after.value.actions.find((a) => a.id === refund.id)?.status).toBe('executed');
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM sb_refunds WHERE order_id = ?').get(orderId)).toEqual({
      n: 1,
    });
    expect(after.ok && after.value.reply).toMatch(/refund/);
    await app.close();

    // A further restart finds nothing left to do.
    app = open(dataDir);
    await app.idle();
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM sb_refunds WHERE order_id = ?').get(orderId)).toEqual({
      n: 1,
    });
    await app.close();
  });

  it('keeps a pending approval pending, ready to approve in the next session', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-restart-'));
    dirs.push(dataDir);
    let app = open(dataDir);
    const { email, orderId } = one<{ email: string; orderId: string }>(
      app,
      `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
       WHERE o.status = 'delivered' AND o.total_cents <= 100000
       AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id) AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id) ORDER BY o.id LIMIT 1 OFFSET 1`,
    );
    const report = await say(app, email, `I want to return order ${orderId}`);
    const refund = report.actions.find((a) => a.tool === 'payments.refund')!;
    await app.close();
    app = open(dataDir);
    await app.idle();
    expect((await app.agent.approve(refund.id, undefined)).ok).toBe(true);
    expect((await app.agent.approve(refund.id, undefined)).ok).toBe(false);
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM sb_refunds WHERE order_id = ?').get(orderId)).toEqual({
      n: 1,
    });
    await app.close();
  });

  const lateGoldCustomer = (app: App) =>
    one<{ email: string; customerId: string }>(
      app,
      `SELECT c.email, c.id AS customerId FROM sb_customers c WHERE c.tier IN ('gold', 'platinum')
         AND NOT EXISTS (SELECT 1 FROM sb_credits k WHERE k.customer_id = c.id)
         AND (SELECT COUNT(*) FROM sb_orders o WHERE o.customer_id = c.id AND o.status = 'shipped') = 1
         AND EXISTS (SELECT 1 FROM sb_orders o JOIN sb_shipments s ON s.order_id = o.id
                     WHERE o.customer_id = c.id AND o.status = 'shipped' AND s.status = 'delayed')
       ORDER BY c.id LIMIT 1`,
    );
  const agentMessages = (app: App, conversationId: string) =>
    app.db
      .prepare("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND role = 'agent'")
      .pluck()
      .get(conversationId) as number;

  it('never decides a credit anew when the run stopped after paying it but before saving that it had', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-restart-'));
    dirs.push(dataDir);
    let app = open(dataDir);
    const { email, customerId } = lateGoldCustomer(app);
    const report = await say(app, email, "My order hasn't arrived and I need it by Friday");
    expect(report.actions.find((a) => a.tool === 'payments.issueCredit')?.status).toBe('executed');
    const replies = agentMessages(app, report.conversationId);
    // The state as it was saved before the credit ran: the payment happened, the state never knew.
    const state = app.db
      .prepare('SELECT state FROM agent_state WHERE conversation_id = ?')
      .pluck()
      .get(report.conversationId) as string;
    const before = JSON.parse(state) as { done: { tool: string }[] };
    const cut = before.done.findIndex((d) => d.tool === 'payments.issueCredit');
    app.db
      .prepare('UPDATE agent_state SET state = ? WHERE conversation_id = ?')
      .run(
        JSON.stringify({ ...before, done: before.done.slice(0, cut), outcome: null }),
        report.conversationId,
      );
    await app.close();

    app = open(dataDir);
    await app.idle();
    expect(
      app.db.prepare('SELECT COUNT(*) FROM sb_credits WHERE customer_id = ?').pluck().get(customerId),
    ).toBe(1);
    expect(
      app.db
        .prepare("SELECT COUNT(*) FROM actions WHERE conversation_id = ? AND tool = 'payments.issueCredit'")
        .pluck()
        .get(report.conversationId),
    ).toBe(1);
    expect(agentMessages(app, report.conversationId)).toBe(replies);
    await app.close();
  });

  it('answers a customer message stored just before the app stopped, once', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-restart-'));
    dirs.push(dataDir);
    let app = open(dataDir);
    const { email } = lateGoldCustomer(app);
    // Stored, and the app stopped before the agent saw it.
    const posted = app.conversations.postCustomerMessage({ customer: email, text: 'Where is my order?' });
    if (!posted.ok) throw new Error(posted.error.message);
    const conversationId = posted.value.conversation.id;
    await app.close();

    app = open(dataDir);
    await app.idle();
    const transcript = app.conversations.get(conversationId);
    expect(transcript.ok && transcript.value.messages.at(-1)?.role).toBe('agent');
    const replies = agentMessages(app, conversationId);
    expect(replies).toBeGreaterThan(0);
    await app.close();

    app = open(dataDir);
    await app.idle();
    expect(agentMessages(app, conversationId)).toBe(replies);
    await app.close();
  });
});
