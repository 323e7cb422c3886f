import type { Policy, ToolRule } from '../../shared/policy';

const coversCredits = (rule: ToolRule) =>
  rule.tool === undefined ||
  (Array.isArray(rule.tool) ? rule.tool : [rule.tool]).includes('payments.issueCredit');

/**
 * The goodwill credit a late delivery earns: the most the policy's automatic late-shipment credit rule
 * grants (its `amountAtMost`). Null when the policy grants no automatic credit for a late delivery, so
 * no credit is offered. The rule's other conditions (tier, credits already issued) are the gate's to check.
 */
export function lateDeliveryCredit(policy: Policy): number | null {
  const rule = policy.tools.find(
    (candidate) =>
      candidate.effect === 'auto' &&
      candidate.when?.shipmentLate === true &&
      candidate.when.amountAtMost !== undefined &&
      coversCredits(candidate),
  );
  return rule?.when?.amountAtMost ?? null;
}
