import type { Policy, PolicyEffect, ToolRule } from '../../shared/policy';
import { tools, type ToolName } from '../../shared/tools';
import type { CreditRecord } from '../tools/connector';

/**
 * What the agent has verified about the call's subject, from tool results (never from what the
 * customer wrote): so nothing a customer types can raise a permission.
 */
export interface VerifiedFacts {
  tier?: string;
  orderStatus?: string;
  shipmentLate?: boolean;
  /** Every credit the customer of the call received, from the payment records, and when that was read. */
  credits?: { records: readonly CreditRecord[]; asOf: Date };
}

/** Order ids compare without the "#" and case that customers and systems vary. */
const sameOrder = (a: string, b: string) =>
  a.replace(/^#/, '').toUpperCase() === b.replace(/^#/, '').toUpperCase();

export interface ToolVerdict {
  effect: PolicyEffect;
  rule: string;
}

/** The first rule whose tool and conditions match decides; no matching rule means approval. */
export function evaluateToolPolicy(
  policy: Policy,
  tool: ToolName,
  args: Record<string, unknown>,
  facts: VerifiedFacts,
): ToolVerdict {
  const rule = policy.tools.find((candidate) => matches(candidate, tool, args, facts));
  return rule ? { effect: rule.effect, rule: rule.id } : { effect: 'approve', rule: 'no-rule-matched' };
}

function matches(
  rule: ToolRule,
  tool: ToolName,
  args: Record<string, unknown>,
  facts: VerifiedFacts,
): boolean {
  if (rule.tool !== undefined && !(Array.isArray(rule.tool) ? rule.tool : [rule.tool]).includes(tool))
    return false;
  if (rule.risk !== undefined && tools[tool].risk !== rule.risk) return false;
  const when = rule.when;
  if (!when) return true;
  const amount = typeof args.amount === 'number' ? args.amount : undefined;
  // A condition on something unknown does not hold: unverified never counts in the customer's favour.
  if (when.amountAtMost !== undefined && (amount === undefined || amount > when.amountAtMost)) return false;
  if (when.amountAbove !== undefined && (amount === undefined || amount <= when.amountAbove)) return false;
  if (when.tierIn && (facts.tier === undefined || !when.tierIn.includes(facts.tier as never))) return false;
  if (
    when.orderStatusIn &&
    (facts.orderStatus === undefined || !when.orderStatusIn.includes(facts.orderStatus as never))
  )
    return false;
  if (when.shipmentLate !== undefined && facts.shipmentLate !== when.shipmentLate) return false;
  if (when.priorCreditsOnOrderAtMost !== undefined) {
    const orderId = typeof args.orderId === 'string' ? args.orderId : undefined;
    if (!facts.credits || orderId === undefined) return false;
    const onOrder = facts.credits.records.filter((c) => c.orderId !== null && sameOrder(c.orderId, orderId));
    if (onOrder.length > when.priorCreditsOnOrderAtMost) return false;
  }
  if (when.priorCreditsAtMost !== undefined) {
    if (!facts.credits) return false;
    const { count, withinDays } = when.priorCreditsAtMost;
    const since = new Date(facts.credits.asOf.getTime() - withinDays * 86_400_000).toISOString();
    if (facts.credits.records.filter((c) => c.at >= since).length > count) return false;
  }
  return true;
}
