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
});
