import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { evaluateToolPolicy } from '../../../electron/policy/evaluate-tool';
import { parsePolicy } from '../../../electron/policy/load-policy';

const policy = defaultPolicy();
const credit = (amount: number) => ({
  customerId: 'cus_1',
  amount,
  currency: 'USD',
  reason: 'late',
  orderId: '#W1',
});
/** The customer's credit history as the payment system reports it: none yet. */
const noCredits = { credits: { records: [], asOf: new Date('2026-11-27T12:00:00Z') } };

describe('the default policy', () => {
  it('lets reads run automatically', () => {
    expect(evaluateToolPolicy(policy, 'orders.get', { orderId: '#W1' }, {})).toEqual({
      effect: 'auto',
      rule: 'reads-are-automatic',
    });
  });

  it('issues a late-shipment credit up to $15 automatically for gold and platinum', () => {
    for (const tier of ['gold', 'platinum']) {
      expect(
        evaluateToolPolicy(policy, 'payments.issueCredit', credit(15), {
          tier,
          shipmentLate: true,
          ...noCredits,
        }),
      ).toEqual({
        effect: 'auto',
        rule: 'late-shipment-goodwill-credit',
      });
    }
  });

  it('needs approval for the goodwill credit when the payment records were not read', () => {
    expect(
      evaluateToolPolicy(policy, 'payments.issueCredit', credit(15), { tier: 'gold', shipmentLate: true })
        .effect,
    ).toBe('approve');
  });

  it('needs approval for a credit to a silver customer, over $15, or without a verified late shipment', () => {
    expect(
      evaluateToolPolicy(policy, 'payments.issueCredit', credit(15), { tier: 'silver', shipmentLate: true })
        .effect,
    ).toBe('approve');
    expect(
      evaluateToolPolicy(policy, 'payments.issueCredit', credit(15.01), { tier: 'gold', shipmentLate: true })
        .effect,
    ).toBe('approve');
    expect(evaluateToolPolicy(policy, 'payments.issueCredit', credit(10), { tier: 'gold' }).effect).toBe(
      'approve',
    );
  });

  it('needs approval for every refund within the limit and denies larger ones', () => {
    const refund = (amount: number) => ({ orderId: '#W1', amount, currency: 'USD', reason: 'return' });
    expect(
      evaluateToolPolicy(policy, 'payments.refund', refund(1), { tier: 'platinum', shipmentLate: true }),
    ).toEqual({
      effect: 'approve',
      rule: 'refunds-need-approval',
    });
    expect(evaluateToolPolicy(policy, 'payments.refund', refund(1500), {})).toEqual({
      effect: 'deny',
      rule: 'refunds-over-limit',
    });
  });

  it('cancels only pending orders', () => {
    const args = { orderId: '#W1', reason: 'changed mind' };
    expect(evaluateToolPolicy(policy, 'orders.cancel', args, { orderStatus: 'pending' }).effect).toBe('auto');
    expect(evaluateToolPolicy(policy, 'orders.cancel', args, { orderStatus: 'shipped' })).toEqual({
      effect: 'deny',
      rule: 'cancel-only-pending',
    });
    expect(evaluateToolPolicy(policy, 'orders.cancel', args, {}).effect).toBe('deny');
  });
});

describe('validating a policy document', () => {
  it('names the line, path and reason of a bad value', () => {
    const text = [
      'version: 1',
      'thresholds: { act: 0.6, clarify: 0.3, escalate: 0.1 }',
      'stepBudget: 5',
      'tools:',
      '  - id: reads',
      '    risk: read',
      '    effect: sometimes',
      'escalation: { explicitRequest: true, sentimentBelow: -0.5, previousAgentComplaint: true, lowConfidence: true, toolFailures: 2 }',
    ].join('\n');
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ line: 7, path: 'tools.0.effect' })]);
    expect(result.problems[0]?.reason).toMatch(/auto|approve|deny/);
  });

  it('names an unknown tool', () => {
    const text = defaultYamlWith('tool: payments.issueCredit', 'tool: payments.launder');
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        path: 'tools.1.tool',
        reason: expect.stringContaining('not a tool name'),
      });
  });

  it('reports broken YAML at its line', () => {
    const result = parsePolicy('version: 1\nthresholds: [unclosed\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses thresholds out of order', () => {
    const result = parsePolicy(defaultYamlWith('act: 0.6', 'act: 0.1'));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: 'thresholds', reason: expect.stringContaining('escalate ≤ clarify ≤ act') }],
    });
  });
});

function defaultYamlWith(search: string, replacement: string): string {
  expect(defaultPolicyText).toContain(search);
  return defaultPolicyText.replace(search, replacement);
}
