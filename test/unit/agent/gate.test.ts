import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../electron/agent/decision';
import { gateDecision, inboundTriggers } from '../../../electron/agent/gate';
import type { Perception } from '../../../electron/agent/perceive';
import { initialState, type AgentState } from '../../../electron/agent/state';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { perceptionOf } from './perception-fixture';

const policy = defaultPolicy();

const perception = (overrides: Partial<Perception> = {}) =>
  perceptionOf({ intent: 'delivery_delay', ...overrides });

const goldCustomerWithLateOrder = (): AgentState => ({
  ...initialState('c1', 'ana@example.com'),
  customer: { id: 'cus_1', name: 'Ana Diaz', email: 'ana@example.com', tier: 'gold', lifetimeValue: 900 },
  order: { id: '#W1', status: 'shipped', total: 80, currency: 'USD', promisedBy: '2026-11-20', items: [] },
  shipment: { status: 'delayed', eta: '2026-11-30', late: true, carrier: 'UPS', trackingNumber: '1Z' },
});

const credit = (amount: number, confidence = 0.9, extra: Record<string, unknown> = {}): Decision => ({
  kind: 'tool',
  tool: 'payments.issueCredit',
  args: { customerId: 'cus_1', amount, currency: 'USD', reason: 'late', orderId: '#W1', ...extra },
  confidence,
  rationale: 'late',
});

describe('inbound escalation triggers', () => {
  const state = initialState('c1', 'ana@example.com');
  it('fires on an explicit request for a human', () => {
    expect(
      inboundTriggers(
        'get me a human',
        perception({ flags: { humanRequest: true, legal: false, previousAgentComplaint: false } }),
        state,
        policy,
      ),
    ).toEqual(['explicit_request']);
  });
  it('fires on a legal word from the policy, as a whole word only', () => {
    expect(inboundTriggers('I will talk to my lawyer', perception(), state, policy)).toEqual(['legal']);
    expect(inboundTriggers('I filed a chargeback', perception(), state, policy)).toEqual(['legal']);
    expect(inboundTriggers('the suede jacket', perception(), state, policy)).toEqual([]);
  });
  it('fires on sentiment under the threshold', () => {
    expect(inboundTriggers('this is awful', perception({ sentiment: -0.8 }), state, policy)).toEqual([
      'sentiment',
    ]);
  });
  it('fires on a complaint about a previous agent', () => {
    expect(
      inboundTriggers(
        'the last agent was rude',
        perception({ flags: { humanRequest: false, legal: false, previousAgentComplaint: true } }),
        state,
        policy,
      ),
    ).toEqual(['previous_agent_complaint']);
  });
  it('fires on a repeat contact', () => {
    expect(
      inboundTriggers(
        'again!',
        perception(),
        { ...state, repeatOf: { conversationId: 'old', at: '2026-11-20', intent: 'delivery_delay' } },
        policy,
      ),
    ).toEqual(['repeat_contact']);
  });
});

describe('the gate', () => {
  it('escalates first when the message set off a trigger, whatever the reasoner decided', () => {
    expect(
      gateDecision(credit(5), { ...goldCustomerWithLateOrder(), triggers: ['legal'] }, policy),
    ).toMatchObject({ verdict: 'escalate', reasons: ['legal'] });
  });

  const now = new Date('2026-11-27T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const history = (...records: { at: string; orderId: string | null }[]) => ({
    customerId: 'cus_1',
    asOf: now,
    records: records.map((r) => ({ ...r, amount: 15, currency: 'USD' })),
  });

  it('lets a $15 late-delivery credit for a verified gold customer through', () => {
    expect(gateDecision(credit(15), goldCustomerWithLateOrder(), policy, history())).toEqual({
      verdict: 'allow',
      rule: 'late-shipment-goodwill-credit',
    });
  });

  it('pays the automatic goodwill credit once per order, counted from the payment records', () => {
    for (const orderId of ['#W1', 'W1', 'w1'])
      expect(
        gateDecision(credit(15), goldCustomerWithLateOrder(), policy, history({ at: daysAgo(200), orderId }))
          .verdict,
      ).toBe('approve');
    expect(
      gateDecision(
        credit(15),
        goldCustomerWithLateOrder(),
        policy,
        history({ at: daysAgo(1), orderId: '#W2' }),
      ).verdict,
    ).toBe('allow');
  });

  it('pays at most two automatic credits per customer in 30 days', () => {
    const twoRecent = history({ at: daysAgo(3), orderId: '#W2' }, { at: daysAgo(29), orderId: null });
    expect(gateDecision(credit(15), goldCustomerWithLateOrder(), policy, twoRecent).verdict).toBe('approve');
    const oneRecentOneOld = history({ at: daysAgo(3), orderId: '#W2' }, { at: daysAgo(31), orderId: null });
    expect(gateDecision(credit(15), goldCustomerWithLateOrder(), policy, oneRecentOneOld).verdict).toBe(
      'allow',
    );
  });

  it('sends the goodwill credit for approval when the payment records cannot be read or name no order', () => {
    expect(gateDecision(credit(15), goldCustomerWithLateOrder(), policy).verdict).toBe('approve');
    const noOrder: Decision = {
      kind: 'tool',
      tool: 'payments.issueCredit',
      args: { customerId: 'cus_1', amount: 15, currency: 'USD', reason: 'late' },
      confidence: 0.9,
      rationale: 'late',
    };
    expect(gateDecision(noOrder, goldCustomerWithLateOrder(), policy, history()).verdict).toBe('approve');
  });

  it('does not count another customer’s credit history for this customer', () => {
    expect(
      gateDecision(credit(15), goldCustomerWithLateOrder(), policy, { ...history(), customerId: 'cus_2' })
        .verdict,
    ).toBe('approve');
  });

  it('parks a larger credit for approval and escalates one beyond any approval', () => {
    expect(gateDecision(credit(40), goldCustomerWithLateOrder(), policy)).toEqual({
      verdict: 'approve',
      rule: 'other-credits-need-approval',
    });
    expect(gateDecision(credit(500), goldCustomerWithLateOrder(), policy)).toMatchObject({
      verdict: 'escalate',
      reasons: ['policy_limit'],
    });
  });

  it('gives no verified facts to a credit for another customer than the verified one', () => {
    expect(
      gateDecision(credit(15, 0.9, { customerId: 'cus_2' }), goldCustomerWithLateOrder(), policy).verdict,
    ).toBe('approve');
  });

  it('gives no order facts to a call about another order than the verified one', () => {
    const cancel: Decision = {
      kind: 'tool',
      tool: 'orders.cancel',
      args: { orderId: '#W2', reason: 'x' },
      confidence: 0.9,
      rationale: '',
    };
    const base = goldCustomerWithLateOrder();
    // The customer asked in so many words to cancel the order they named: only that one goes ahead.
    const state: AgentState = {
      ...base,
      order: { ...base.order!, status: 'pending' },
      claims: { ...base.claims, orderIds: ['#W1'] },
      requested: ['orders.cancel'],
    };
    expect(gateDecision(cancel, state, policy).verdict).toBe('deny');
    expect(gateDecision({ ...cancel, args: { orderId: '#W1', reason: 'x' } }, state, policy).verdict).toBe(
      'allow',
    );
  });

  it('under act, leaves out goodwill nobody asked for, asks before another change, and still reads', () => {
    expect(gateDecision(credit(15, 0.5), goldCustomerWithLateOrder(), policy)).toMatchObject({
      verdict: 'skip',
    });
    const ticket: Decision = {
      kind: 'tool',
      tool: 'tickets.create',
      args: { customerId: 'cus_1', subject: 'x', body: 'y', priority: 'normal', tags: [] },
      confidence: 0.5,
      rationale: '',
    };
    expect(gateDecision(ticket, goldCustomerWithLateOrder(), policy).verdict).toBe('clarify');
    // The same ticket passing on a change the customer asked for in so many words needs no question.
    expect(
      gateDecision(ticket, { ...goldCustomerWithLateOrder(), requested: ['orders.exchange'] }, policy)
        .verdict,
    ).toBe('allow');
    const read: Decision = {
      kind: 'tool',
      tool: 'orders.get',
      args: { orderId: '#W1' },
      confidence: 0.5,
      rationale: '',
    };
    expect(gateDecision(read, goldCustomerWithLateOrder(), policy).verdict).toBe('allow');
  });

  it('asks the customer to agree first when the reasoner says so, and goes on once they said yes', () => {
    const exchange: Decision = {
      kind: 'tool',
      tool: 'orders.exchange',
      args: { orderId: '#W1', items: [{ sku: 'A', newSku: 'B', qty: 1 }], reason: 'bigger' },
      confidence: 0.95,
      rationale: '',
      confirmFirst: 'exchange A for B, and pay the difference of $5.00',
    };
    const delivered = { ...goldCustomerWithLateOrder().order!, status: 'delivered' };
    const state = { ...goldCustomerWithLateOrder(), order: delivered };
    expect(gateDecision(exchange, state, policy)).toEqual({
      verdict: 'clarify',
      rule: 'customer-agrees-first',
    });
    const agreed = { ...state, awaitingConfirmation: { tool: 'orders.exchange', args: exchange.args } };
    expect(gateDecision(exchange, agreed, policy).verdict).toBe('allow');
  });

  it('records the contact in the CRM without asking the customer to confirm it', () => {
    const note: Decision = {
      kind: 'tool',
      tool: 'crm.logInteraction',
      args: { customerId: 'cus_1', channel: 'chat', topic: 'Delivery status', summary: 's', outcome: 'o' },
      confidence: 0.5,
      rationale: '',
    };
    expect(gateDecision(note, goldCustomerWithLateOrder(), policy).verdict).toBe('allow');
  });

  it('escalates under the escalate threshold, and on the second turn under clarify', () => {
    const reply: Decision = { kind: 'reply', text: 'hi', confidence: 0.05, rationale: '' };
    expect(gateDecision(reply, goldCustomerWithLateOrder(), policy)).toMatchObject({
      verdict: 'escalate',
      reasons: ['low_confidence'],
    });
    const unsure: Decision = { kind: 'clarify', text: 'what?', confidence: 0.3, rationale: '' };
    expect(
      gateDecision(unsure, { ...goldCustomerWithLateOrder(), lowConfidenceTurns: 1 }, policy).verdict,
    ).toBe('allow');
    expect(
      gateDecision(unsure, { ...goldCustomerWithLateOrder(), lowConfidenceTurns: 2 }, policy),
    ).toMatchObject({ verdict: 'escalate', reasons: ['low_confidence'] });
  });

  it('escalates after repeated tool failures and past the step budget', () => {
    expect(
      gateDecision(credit(15), { ...goldCustomerWithLateOrder(), toolFailures: 2 }, policy),
    ).toMatchObject({ reasons: ['tool_failure'] });
    expect(
      gateDecision(credit(15), { ...goldCustomerWithLateOrder(), stepsThisTurn: 13 }, policy),
    ).toMatchObject({ reasons: ['policy_limit'] });
  });
});
