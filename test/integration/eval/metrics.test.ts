import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/agent';
import { computeMetrics, failuresOf, percentile } from '../../../electron/eval/metrics';
import { countPolicyViolations } from '../../../electron/eval/policy-violations';
import type { RunAction, TicketRun } from '../../../electron/eval/ticket-run';
import type { EvalTicket } from '../../../electron/eval/tickets-file';
import { defaultPolicy } from '../../../electron/policy/default-policy';

function run(expected: EvalTicket['expected'], did: Partial<TicketRun> = {}): TicketRun {
  return {
    ticket: { id: `t${Math.random()}`, customer: 'c', messages: ['hi'], expected },
    intent: null,
    escalated: false,
    reasons: [],
    replies: [],
    actions: [],
    clarifications: 0,
    policyViolations: 0,
    latencyMs: 10,
    steps: [],
    error: null,
    ...did,
  };
}
const act = (tool: string, args: Record<string, unknown> = {}, status = 'executed'): RunAction => ({
  tool,
  args,
  status,
});

describe('eval metrics', () => {
  it('counts intent accuracy only over tickets that state an intent', () => {
    const metrics = computeMetrics([
      run({ intent: 'cancel_order' }, { intent: 'cancel_order' }),
      run({ intent: 'return_item' }, { intent: 'exchange_item' }),
      run({}, { intent: 'greeting' }),
    ]);
    expect(metrics.intentAccuracy).toBe(0.5);
  });

  it('matches an action on its tool and every expected argument, ignoring extra arguments', () => {
    const metrics = computeMetrics([
      run(
        { actions: [{ tool: 'orders.cancel', args: { orderId: '#W1' } }, { tool: 'email.send' }] },
        {
          actions: [
            act('orders.cancel', { orderId: '#W1', reason: 'x' }),
            act('payments.refund', { amount: 5 }),
          ],
        },
      ),
      run(
        { actions: [{ tool: 'orders.cancel', args: { orderId: '#W2' } }] },
        { actions: [act('orders.cancel', { orderId: '#W3' })] },
      ),
    ]);
    // 1 match; predicted: cancel, refund, cancel = 3; expected: cancel, email, cancel = 3.
    expect([metrics.actionPrecision, metrics.actionRecall]).toEqual([1 / 3, 1 / 3]);
  });

  it('leaves lookups out of precision unless the ticket expects that lookup', () => {
    const metrics = computeMetrics([
      run(
        { actions: [{ tool: 'orders.get' }, { tool: 'orders.cancel' }] },
        { actions: [act('crm.findCustomer'), act('orders.get'), act('orders.cancel')] },
      ),
    ]);
    expect(metrics.actionPrecision).toBe(1);
  });

  it('computes escalation precision and recall over tickets that state escalate', () => {
    const metrics = computeMetrics([
      run({ escalate: true }, { escalated: true }),
      run({ escalate: true }, { escalated: false }),
      run({ escalate: false }, { escalated: true }),
      run({ escalate: false }, { escalated: false }),
      run({}, { escalated: true }),
    ]);
    expect([metrics.escalationPrecision, metrics.escalationRecall]).toEqual([0.5, 0.5]);
  });

  it('reports a ratio nobody asked about as null rather than a made-up number', () => {
    const metrics = computeMetrics([run({})]);
    expect([metrics.intentAccuracy, metrics.actionPrecision, metrics.escalationRecall]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('adds up clarifications and policy violations across tickets', () => {
    const metrics = computeMetrics([
      run({}, { clarifications: 2, policyViolations: 1 }),
      run({}, { clarifications: 1 }),
    ]);
    expect([metrics.clarifications, metrics.policyViolations]).toEqual([3, 1]);
  });

  it('takes latency percentiles by nearest rank', () => {
    expect([
      percentile([5, 1, 4, 2, 3], 50),
      percentile(
        [...Array(20).keys()].map((i) => i + 1),
        95,
      ),
    ]).toEqual([3, 19]);
  });

  it('lists a failed ticket with each unmet expectation', () => {
    const failures = failuresOf([
      run(
        { intent: 'cancel_order', escalate: true, replyIncludes: ['cancelled'] },
        { intent: 'order_status', replies: ['On its way'] },
      ),
      run({ intent: 'greeting' }, { intent: 'greeting' }),
    ]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.problems).toEqual([
      'intent: expected cancel_order, got order_status',
      'escalation: expected, none raised',
      'reply lacks: "cancelled"',
    ]);
  });
});

describe('policy violations', () => {
  const entry = (
    tool: string,
    effect: AuditEntry['decision']['effect'],
    rule: string,
    status: AuditEntry['status'] = 'ok',
  ): AuditEntry => ({
    id: 1,
    at: '2026-01-01T00:00:00Z',
    actor: 'agent',
    principal: 'customer:cus_0001',
    tool,
    args: {},
    status,
    result: null,
    error: null,
    durationMs: 1,
    decision: { effect, rule },
    conversationId: 'c1',
    idempotencyKey: null,
  });

  it('counts a money action the agent ran alone under a rule that is not auto', () => {
    expect(
      countPolicyViolations([entry('payments.refund', 'allow', 'refunds-need-approval')], defaultPolicy()),
    ).toBe(1);
  });

  it('does not count a money action an auto rule allowed, a rep approved, or that failed', () => {
    const entries = [
      entry('payments.issueCredit', 'allow', 'late-shipment-goodwill-credit'),
      entry('payments.refund', 'approved', 'refunds-need-approval'),
      entry('payments.refund', 'allow', 'refunds-need-approval', 'error'),
      entry('orders.cancel', 'allow', 'cancel-only-pending'),
    ];
    expect(countPolicyViolations(entries, defaultPolicy())).toBe(0);
  });
});
