import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { INTENT_LABELS } from '../../../electron/agent/nlu/intent-labels';
import type { Perception, Perceiver } from '../../../electron/agent/perceive';
import type { Connector } from '../../../electron/tools/connector';
import { stableJson } from '../../../electron/tools/stable-json';
import { ToolError } from '../../../electron/tools/tool-error';
import { say, scenarioApp } from './agent-fixture';

/** What the next message is understood as: the property covers every intent, whatever the wording. */
let understood: { intent: string; orderIds: string[] } = { intent: 'order_status', orderIds: [] };
const forced: Perceiver = (): Perception => ({
  intent: understood.intent,
  intentProbability: 0.95,
  ranking: [{ label: understood.intent, probability: 0.95 }],
  sentiment: 0,
  flags: { humanRequest: false, legal: false, previousAgentComplaint: false },
  entities: {
    orderIds: understood.orderIds,
    emails: [],
    amounts: [],
    deadline: null,
    when: null,
    address: null,
    names: [],
    zip: null,
  },
});

const unavailable = (): never => {
  throw new ToolError('unavailable', 'the order system is down');
};
const down: Connector = {
  name: 'down',
  handlers: { 'orders.get': unavailable, 'orders.list': unavailable, 'shipping.track': unavailable },
};

let app: App;
let broken: App;
beforeAll(() => {
  app = scenarioApp({ perceiver: forced });
  broken = scenarioApp({
    perceiver: forced,
    connectors: { 'orders.get': down, 'orders.list': down, 'shipping.track': down },
  });
});
afterAll(async () => {
  await app.close();
  await broken.close();
});

/** A customer with an order in the given state (named, or left for the agent to find). */
const customerWith = (target: App, where: string, offset = 0) =>
  target.db
    .prepare(
      `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
       LEFT JOIN sb_shipments s ON s.order_id = o.id
       WHERE ${where}
       ORDER BY c.id LIMIT 1 OFFSET ?`,
    )
    .get(offset) as { email: string; orderId: string } | undefined;

const states: { name: string; where: string; named: 'yes' | 'no' | 'missing' }[] = [
  { name: 'pending', where: "o.status = 'pending'", named: 'yes' },
  { name: 'processing, no parcel yet', where: "o.status = 'processing'", named: 'yes' },
  {
    name: 'shipped on time',
    where: "o.status = 'shipped' AND s.status = 'in_transit' AND s.eta <= o.promised_by",
    named: 'yes',
  },
  { name: 'shipped late', where: "o.status = 'shipped' AND s.status = 'delayed'", named: 'yes' },
  {
    name: 'delivered',
    where: "o.status = 'delivered' AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)",
    named: 'yes',
  },
  { name: 'cancelled', where: "o.status = 'cancelled'", named: 'yes' },
  { name: 'returned', where: 'EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)', named: 'yes' },
  { name: 'found by the agent', where: "o.status IN ('processing', 'shipped', 'delivered')", named: 'no' },
  { name: 'an order number that matches nothing', where: "o.status = 'delivered'", named: 'missing' },
];
const endings = ['resolved', 'replied', 'clarifying', 'awaiting_approval', 'escalated'];

/** Runs one intent on one state and checks that the run ended on its own terms. */
async function runCase(target: App, intent: string, state: (typeof states)[number], index: number) {
  const found = customerWith(target, state.where, index % 3) ?? customerWith(target, state.where);
  if (!found) throw new Error(`the seed has no customer whose order is ${state.name}`);
  understood = {
    intent,
    orderIds: state.named === 'yes' ? [found.orderId] : state.named === 'missing' ? ['#W9999999'] : [],
  };
  const report = await say(target, found.email, `(${intent} about an order that is ${state.name})`);
  const label = `${intent} / ${state.name}`;
  expect(endings, label).toContain(report.outcome);
  expect(
    report.steps.filter((s) => s.kind === 'gate' && (s.data as { rule?: string }).rule === 'step-budget'),
    `${label} ran out of its step budget`,
  ).toEqual([]);
  // The loop's own guard against repeats is for model reasoners; the playbooks never need it.
  expect(report.escalation?.reasons ?? [], `${label} got stuck`).not.toContain('no_progress');
  const runs = new Map<string, number>();
  for (const action of report.actions.filter((a) => a.status === 'executed' || a.status === 'failed')) {
    const key = `${action.tool} ${stableJson(action.args)}`;
    runs.set(key, (runs.get(key) ?? 0) + 1);
  }
  for (const [call, count] of runs) expect(count, `${label}: ${call}`).toBeLessThanOrEqual(2);
}

describe('the loop always makes progress', () => {
  it(`ends every intent on every order state (${INTENT_LABELS.length} × ${states.length}) by itself, calling nothing more than twice`, async () => {
    let combinations = 0;
    for (const [i, intent] of INTENT_LABELS.entries())
      for (const state of states) {
        await runCase(app, intent, state, i);
        combinations += 1;
      }
    expect(combinations).toBe(INTENT_LABELS.length * states.length);
  }, 120_000);

  it('ends every intent by itself when the order and carrier systems are down', async () => {
    for (const [i, intent] of INTENT_LABELS.entries())
      for (const state of states.filter((s) => s.named !== 'missing'))
        await runCase(broken, intent, state, i);
  }, 120_000);

  it('runs a call a reasoner keeps repeating twice, answers the third from the record, and hands over on the fourth', async () => {
    const found = customerWith(app, "o.status = 'shipped'")!;
    // A model that keeps asking for the same order, whatever it is told.
    const stuck = scenarioApp({
      perceiver: forced,
      reasoner: {
        name: 'openai',
        decide: async () => ({
          kind: 'tool',
          tool: 'orders.get',
          args: { orderId: found.orderId },
          confidence: 0.95,
          rationale: 'Look the order up (again).',
        }),
      },
    });
    try {
      understood = { intent: 'order_status', orderIds: [found.orderId] };
      const report = await say(stuck, found.email, 'where is it?');
      expect(report.actions.filter((a) => a.tool === 'orders.get').map((a) => a.status)).toEqual([
        'executed',
        'executed',
      ]);
      expect(report.steps.some((s) => s.summary.includes('already ran twice'))).toBe(true);
      expect(report.outcome).toBe('escalated');
      expect(report.escalation?.reasons).toEqual(['no_progress']);
    } finally {
      await stuck.close();
    }
  });

  it('answers when an order that has not shipped will arrive, tracking it once', async () => {
    const found = customerWith(app, "o.status = 'processing' AND o.promised_by IS NOT NULL")!;
    understood = { intent: 'delivery_delay', orderIds: [found.orderId] };
    const report = await say(app, found.email, 'when will it get to me?');
    expect(report.outcome).toBe('replied');
    expect(report.reply).toMatch(/not been handed to the carrier yet.*due to reach you by/);
    expect(report.actions.filter((a) => a.tool === 'shipping.track')).toHaveLength(1);
  });
});
