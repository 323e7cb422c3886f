import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIntentModel } from '../../../electron/agent/nlu/intent-model';
import type { App } from '../../../electron/app';
import { collectCorrections } from '../../../electron/eval/corrections';
import { isHeldOut, retrainFrom } from '../../../electron/eval/retrain-from';
import { one, say, scenarioApp } from '../agent/agent-fixture';

let dir: string;
let app: App;
const messages: string[] = [];

/** A delivered order within the refund approval limit that nobody has returned yet. */
const deliveredOrder = (offset: number) =>
  one<{ email: string; orderId: string }>(
    app,
    `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
     WHERE o.status = 'delivered' AND o.total_cents <= 100000
       AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)
       AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id)
     ORDER BY o.id LIMIT 1 OFFSET ?`,
    offset,
  );

/** A return whose refund waits for approval; returns the pending refund's id. */
async function parkedRefund(offset: number, text: string): Promise<string> {
  const { email, orderId } = deliveredOrder(offset);
  const message = text.replace('ORDER', orderId);
  messages.push(message);
  const report = await say(app, email, message);
  const refund = report.actions.find((a) => a.tool === 'payments.refund' && a.status === 'pending_approval');
  if (!refund) throw new Error(`no refund parked for approval after: ${message}`);
  return refund.id;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corrections-'));
  app = scenarioApp({ dataDir: dir });
  const rejected = await parkedRefund(0, "I'd like to return order ORDER");
  expect((await app.agent.reject(rejected, 'the customer only asked about the policy')).ok).toBe(true);
  const edited = await parkedRefund(7, 'The shoes from ORDER do not fit, I want to send them back');
  const action = app.db.prepare('SELECT proposed_args FROM actions WHERE id = ?').get(edited) as {
    proposed_args: string;
  };
  const amount = (JSON.parse(action.proposed_args) as { amount: number }).amount;
  expect((await app.agent.approve(edited, { amount: Math.max(1, Math.floor(amount / 2)) })).ok).toBe(true);
  const untouched = await parkedRefund(14, 'how do I return ORDER? I want my money back');
  expect((await app.agent.approve(untouched, undefined)).ok).toBe(true);
});

afterAll(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('collecting reps’ corrections', () => {
  it('turns a rejected action into the customer’s message labelled with the conversation’s intent', () => {
    const { examples } = collectCorrections(app.db);
    const intent = (
      app.db.prepare('SELECT intent FROM conversations ORDER BY created_at LIMIT 1').get() as {
        intent: string;
      }
    ).intent;
    expect(examples.find((e) => e.source === 'rejected_action')).toMatchObject({
      text: messages[0],
      label: intent,
    });
  });

  it('turns an approval with edited arguments into an example', () => {
    const { examples } = collectCorrections(app.db);
    expect(examples.filter((e) => e.source === 'edited_approval').map((e) => e.text)).toEqual([messages[1]]);
  });

  it('leaves out an approval whose arguments the rep did not change', () => {
    const { examples } = collectCorrections(app.db);
    expect(examples.map((e) => e.text)).not.toContain(messages[2]);
  });
});

describe('retraining from a data folder', () => {
  it('measures before and after on the same held-out set and saves a model that loads back', () => {
    const outcome = retrainFrom(dir);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.collected.examples).toHaveLength(2);
    expect(outcome.value.heldOut.shipped).toBeGreaterThan(0);
    expect(outcome.value.before.shipped).not.toBeNull();
    const saved = parseIntentModel(JSON.parse(fs.readFileSync(outcome.value.savedTo, 'utf8')) as unknown);
    expect(saved.ok && saved.value.predict(messages[0]!).label).toBeTypeOf('string');
  });

  it('refuses a folder without a database and creates nothing there', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-db-'));
    const outcome = retrainFrom(empty);
    expect(outcome.ok ? null : outcome.error.code).toBe('not_found');
    expect(fs.readdirSync(empty)).toEqual([]);
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('holds out the same corrections on every run', () => {
    const texts = Array.from({ length: 200 }, (_, i) => `correction number ${i}`);
    const first = texts.filter(isHeldOut);
    expect(texts.filter(isHeldOut)).toEqual(first);
    expect(first.length).toBeGreaterThan(20);
    expect(first.length).toBeLessThan(60);
  });
});
