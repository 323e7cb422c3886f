import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../electron/agent/decision';
import { offlineReasoner } from '../../../electron/agent/reasoners/offline-reasoner';
import { initialState, type AgentState } from '../../../electron/agent/state';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { parsePolicy } from '../../../electron/policy/load-policy';
import type { Policy } from '../../../shared/policy';

/** The shipped policy with its text edited as a team lead would. */
function policyWith(edit: (text: string) => string): Policy {
  const parsed = parsePolicy(edit(defaultPolicyText));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.policy;
}

/** The late-shipment goodwill rule's limit, as written in the shipped policy. */
const goodwillLimit = (amount: number) => (text: string) => {
  const rule = /(id: late-shipment-goodwill-credit[\s\S]*?amountAtMost: )15\b/;
  if (!rule.test(text)) throw new Error('the shipped policy no longer has the goodwill rule this test edits');
  return text.replace(rule, `$1${amount}`);
};

const orderId = 'W1000001';
const shipment = { status: 'delayed', eta: '2026-11-30', late: true, carrier: 'UPS', trackingNumber: '1Z9' };

/** A verified gold customer asking about a shipped order the carrier reports late. */
const lateOrder = (): AgentState => ({
  ...initialState('c1', 'ana@example.com'),
  verifiedCustomerId: 'cus_1',
  turn: 1,
  lastMessage: `Where is order ${orderId}? It is late.`,
  said: [`Where is order ${orderId}? It is late.`],
  intent: 'delivery_delay',
  confidence: 0.9,
  customer: { id: 'cus_1', name: 'Ana Diaz', email: 'ana@example.com', tier: 'gold', lifetimeValue: 900 },
  order: {
    id: orderId,
    status: 'shipped',
    total: 80,
    currency: 'USD',
    promisedBy: '2026-11-20',
    items: [{ sku: 'LAMP-1', name: 'Desk Lamp', qty: 1, price: 80 }],
  },
  shipment,
  tracked: { [orderId]: shipment },
  claims: { ...initialState('c1', '').claims, orderIds: [orderId] },
});

const decide = (state: AgentState, policy: Policy) =>
  offlineReasoner.decide({
    state,
    now: new Date('2026-11-27T15:00:00Z'),
    policy,
    transcript: [],
    observations: [],
  });

const toolCall = (decision: Decision) => (decision.kind === 'tool' ? decision : null);

describe('the offline playbooks take their limits from the policy', () => {
  it('offers the late-delivery goodwill credit the shipped policy allows', async () => {
    const decision = toolCall(
      await decide(
        lateOrder(),
        policyWith((text) => text),
      ),
    );
    expect(decision).toMatchObject({ tool: 'payments.issueCredit', args: { amount: 15, orderId } });
  });

  it.each([20, 7.5])('follows the policy when its goodwill credit limit becomes %s', async (limit) => {
    const decision = toolCall(await decide(lateOrder(), policyWith(goodwillLimit(limit))));
    expect(decision).toMatchObject({
      tool: 'payments.issueCredit',
      args: { amount: limit, currency: 'USD', orderId },
    });
  });

  it('offers no credit when the policy grants none for late deliveries', async () => {
    const withoutGoodwill = policyWith((text) =>
      text.replace(/ {2}- id: late-shipment-goodwill-credit\n(?: {4}.*\n| {6}.*\n)+/, ''),
    );
    expect(withoutGoodwill.tools.some((rule) => rule.id === 'late-shipment-goodwill-credit')).toBe(false);
    const decision = toolCall(await decide(lateOrder(), withoutGoodwill));
    // Straight to the updated shipping confirmation: no credit is proposed at all.
    expect(decision).toMatchObject({ tool: 'email.send' });
  });

  it('asks for goodwill on a late delivery and gets the policy’s credit, not a fixed one', async () => {
    const state: AgentState = { ...lateOrder(), intent: 'complaint', compensation: true };
    const decision = toolCall(await decide(state, policyWith(goodwillLimit(25))));
    expect(decision).toMatchObject({ tool: 'payments.issueCredit', args: { amount: 25 } });
  });
});

describe('the offline playbooks act on typed facts, not on text written for display', () => {
  it('knows a named order was not found from the call’s order, whatever its summary says', async () => {
    const state: AgentState = {
      ...lateOrder(),
      order: null,
      shipment: null,
      tracked: {},
      done: [
        { tool: 'crm.getCustomer', turn: 1, ok: true, summary: 'done' },
        { tool: 'orders.get', turn: 1, ok: false, code: 'not_found', orderId, summary: 'no such record' },
      ],
    };
    expect(
      await decide(
        state,
        policyWith((text) => text),
      ),
    ).toMatchObject({ kind: 'clarify' });
    // Another order's failed lookup says nothing about this one: it is looked up.
    const other = {
      ...state,
      done: state.done.map((d) => (d.tool === 'orders.get' ? { ...d, orderId: 'W9', summary: orderId } : d)),
    };
    expect(
      await decide(
        other,
        policyWith((text) => text),
      ),
    ).toMatchObject({
      kind: 'tool',
      tool: 'orders.get',
      args: { orderId },
    });
  });

  it('knows a named order was looked up from the call’s order, whatever its summary says', async () => {
    // The customer guessed W1000001; the playbook moved on to another order: the guess is not looked up again.
    const state: AgentState = {
      ...lateOrder(),
      order: { ...lateOrder().order!, id: 'W2' },
      tracked: { W2: shipment },
      done: [{ tool: 'orders.get', turn: 1, ok: true, orderId, summary: 'looked up' }],
    };
    const decision = toolCall(
      await decide(
        state,
        policyWith((text) => text),
      ),
    );
    expect(decision).toMatchObject({ tool: 'payments.issueCredit', args: { orderId: 'W2' } });
    const summaryOnly = {
      ...state,
      done: [{ ...state.done[0]!, orderId: undefined, summary: `order ${orderId} shipped` }],
    };
    expect(
      toolCall(
        await decide(
          summaryOnly,
          policyWith((text) => text),
        ),
      ),
    ).toMatchObject({
      tool: 'orders.get',
      args: { orderId },
    });
  });
});

describe('the renewal desk books the call the policy sets', () => {
  /** A delegated "schedule the renewal call" with the account, its contact and the quote at hand. */
  const scheduling = (when: AgentState['claims']['when'] = null): AgentState => ({
    ...initialState('task-1', 'rep'),
    turn: 1,
    intent: 'schedule_call',
    confidence: 0.9,
    customer: { id: 'cus_9', name: 'Rae Kim', email: 'rae@example.com', tier: 'gold', lifetimeValue: 0 },
    account: {
      id: 'acc_1',
      name: 'Acme',
      customerId: 'cus_9',
      plan: 'team',
      seats: 40,
      seatsUsed: 35,
      renewalDate: '2027-01-01',
    },
    quote: { total: 9000, subtotal: 9000, discounts: [], churnRisk: 10, talkingPoints: ['Usage is up'] },
    claims: { ...initialState('c1', '').claims, when },
    done: [{ tool: 'renewals.quote', turn: 1, ok: true, summary: 'done' }],
  });
  // A Wednesday, in the rep's own time zone (the desk reads dates and times in local time).
  const wednesday = new Date(2026, 10, 25, 12, 0);
  const book = (state: AgentState, policy: Policy) =>
    offlineReasoner.decide({ state, now: wednesday, policy, transcript: [], observations: [] });
  const callPolicy = (call: string) =>
    policyWith((text) => {
      const shipped = "    durationMinutes: 30\n    defaultTime: '16:00'\n    businessDaysAhead: 1\n";
      if (!text.includes(shipped))
        throw new Error('the shipped policy no longer has the call this test edits');
      return text.replace(shipped, call);
    });

  it('books the shipped policy’s call: 30 minutes at 4 pm on the next business day', async () => {
    expect(
      await book(
        scheduling(),
        policyWith((text) => text),
      ),
    ).toMatchObject({
      kind: 'tool',
      tool: 'calendar.schedule',
      args: { startsAt: new Date(2026, 10, 26, 16, 0).toISOString(), durationMinutes: 30 },
    });
  });

  it('follows the policy’s length, time of day and business days ahead', async () => {
    const policy = callPolicy(
      "    durationMinutes: 45\n    defaultTime: '10:30'\n    businessDaysAhead: 3\n",
    );
    // Thursday, Friday, then Monday: the weekend is skipped.
    expect(await book(scheduling(), policy)).toMatchObject({
      kind: 'tool',
      tool: 'calendar.schedule',
      args: { startsAt: new Date(2026, 10, 30, 10, 30).toISOString(), durationMinutes: 45 },
    });
    // A date the rep names without a time gets the policy's time of day.
    expect(await book(scheduling({ date: '2026-12-03' }), policy)).toMatchObject({
      args: { startsAt: new Date(2026, 11, 3, 10, 30).toISOString(), durationMinutes: 45 },
    });
    const booked = {
      ...scheduling(),
      done: [...scheduling().done, { tool: 'calendar.schedule', turn: 1, ok: true, summary: 'done' }],
    };
    const reply = await book(booked, policy);
    expect(reply.kind === 'resolve' && reply.text).toContain('45 minutes');
  });
});
