import type { AuditEntry } from '../../shared/agent';
import type { Policy } from '../../shared/policy';

/**
 * Executed money actions the policy would not have let the agent take alone: a payments.* call that
 * ran by the agent's own decision (no rep approved it, no rep ran it) under a rule that is not `auto`,
 * or under a rule the policy does not have at all.
 */
export function countPolicyViolations(entries: readonly AuditEntry[], policy: Policy): number {
  const autoRules = new Set(policy.tools.filter((rule) => rule.effect === 'auto').map((rule) => rule.id));
  return entries.filter(
    (entry) =>
      entry.tool.startsWith('payments.') &&
      entry.status === 'ok' &&
      entry.decision.effect === 'allow' &&
      !autoRules.has(entry.decision.rule),
  ).length;
}
