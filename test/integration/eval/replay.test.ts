import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEvalApp } from '../../../electron/eval/eval-app';
import { runTicketEval, type TicketEvalOutcome } from '../../../electron/eval/run-tickets';

const asOf = new Date('2026-11-27T15:00:00Z');
const seedSize = 150;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-replay-'));
const ticketsFile = path.join(dir, 'tickets.jsonl');
const reportFile = path.join(dir, 'report.html');

/** Customers picked from the same seeded sandbox the replay will run on. */
function pickCustomers() {
  const app = freshEvalApp({ asOf, seedSize });
  try {
    const pending = app.db
      .prepare(
        `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
         WHERE o.status = 'pending'
           AND (SELECT COUNT(*) FROM sb_orders o2 WHERE o2.customer_id = c.id AND o2.status = 'pending') = 1
         ORDER BY c.id LIMIT 1`,
      )
      .get() as { email: string; orderId: string };
    const others = app.db
      .prepare('SELECT email FROM sb_customers ORDER BY id LIMIT 2 OFFSET 10')
      .pluck()
      .all() as string[];
    return { pending, others };
  } finally {
    void app.close();
  }
}

let first: TicketEvalOutcome;
let second: TicketEvalOutcome;

beforeAll(async () => {
  const { pending, others } = pickCustomers();
  const tickets = [
    {
      id: 'cancel-pending',
      customer: pending.email,
      messages: [`Please cancel my order ${pending.orderId}, I no longer need it`],
      expected: {
        intent: 'cancel_order',
        actions: [
          { tool: 'orders.cancel', args: { orderId: pending.orderId } },
          { tool: 'crm.logInteraction' },
        ],
        escalate: false,
      },
    },
    {
      id: 'asks-for-a-person',
      customer: others[0],
      messages: ['I want to speak to a human being, not a bot'],
      expected: { escalate: true, reasons: ['explicit_request'] },
    },
    {
      id: 'threatens-legal-action',
      customer: others[1],
      messages: ['Fix this now or my attorney will be in touch'],
      expected: { escalate: true, reasons: ['legal'] },
    },
    {
      id: 'wrongly-expects-a-refund',
      customer: others[1],
      messages: ['Hello there'],
      expected: { intent: 'refund_request' },
    },
  ];
  fs.writeFileSync(ticketsFile, tickets.map((t) => JSON.stringify(t)).join('\n'));
  const options = { ticketsFile, reportFile, asOf, seedSize };
  const a = await runTicketEval(options);
  const b = await runTicketEval(options);
  if (!a.ok || !b.ok) throw new Error('the replay failed to run');
  first = a.value;
  second = b.value;
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('replaying tickets against the seeded sandbox', () => {
  it('scores the agent: right intents, actions and escalations, and no policy violation', () => {
    expect(first.json.metrics).toMatchObject({
      tickets: 4,
      intentAccuracy: 0.5,
      actionPrecision: 1,
      actionRecall: 1,
      escalationPrecision: 1,
      escalationRecall: 1,
      policyViolations: 0,
    });
  });

  it('lists only the ticket whose expectation the agent missed', () => {
    expect(first.json.failures.map((f) => f.id)).toEqual(['wrongly-expects-a-refund']);
  });

  it('writes an HTML report with each failure and the agent steps, and keeps the metrics beside it', () => {
    const html = fs.readFileSync(reportFile, 'utf8');
    expect(html).toContain('wrongly-expects-a-refund');
    expect(html).toContain('class="kind">perceive');
    const kept = JSON.parse(fs.readFileSync(`${reportFile}.json`, 'utf8')) as { metrics: unknown };
    expect(kept.metrics).toEqual(second.json.metrics);
  });

  it('compares a second run with the first', () => {
    expect(first.text).not.toContain('±0');
    expect(second.text).toMatch(/intentAccuracy\s+50\.0%\s+±0/);
  });

  it('runs nothing when the tickets file has a bad line', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(
      bad,
      `${JSON.stringify({ id: 'x', customer: 'y', messages: ['hi'], expected: {} })}\n{"id":"z"}\n`,
    );
    const outcome = await runTicketEval({
      ticketsFile: bad,
      asOf,
      seedSize,
      reportFile: path.join(dir, 'bad.html'),
    });
    expect(outcome.ok ? null : outcome.error.message).toMatch(/^line 2: customer: /);
    expect(fs.existsSync(path.join(dir, 'bad.html'))).toBe(false);
  });
});
