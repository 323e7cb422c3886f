import type { Policy, PolicyEffect, ToolRule } from '../../../shared/policy';

export const effectLabels: Record<PolicyEffect, string> = {
  auto: 'Automatic',
  approve: 'Needs approval',
  deny: 'Denied',
};

/** Which tool calls a rule is about: named tools, a risk class, or every tool. */
export function appliesTo(rule: ToolRule): string {
  if (rule.tool) return Array.isArray(rule.tool) ? rule.tool.join(', ') : rule.tool;
  if (rule.risk) return `every ${rule.risk} tool`;
  return 'every tool';
}

/** A rule's conditions in words; "always" when it has none. */
export function conditionsOf(rule: ToolRule): string {
  const when = rule.when ?? {};
  const parts = [
    ...(when.amountAtMost !== undefined ? [`amount ≤ ${when.amountAtMost}`] : []),
    ...(when.amountAbove !== undefined ? [`amount > ${when.amountAbove}`] : []),
    ...(when.tierIn ? [`tier ${when.tierIn.join(' or ')}`] : []),
    ...(when.orderStatusIn ? [`order ${when.orderStatusIn.join(' or ')}`] : []),
    ...(when.shipmentLate !== undefined ? [when.shipmentLate ? 'shipment late' : 'shipment on time'] : []),
    ...(when.priorCreditsOnOrderAtMost !== undefined
      ? [`at most ${when.priorCreditsOnOrderAtMost} earlier credits on the order`]
      : []),
    ...(when.priorCreditsAtMost !== undefined
      ? [
          `at most ${when.priorCreditsAtMost.count} earlier credits to the customer in ${when.priorCreditsAtMost.withinDays} days`,
        ]
      : []),
  ];
  return parts.length > 0 ? parts.join(', ') : 'always';
}

/** Each escalation trigger and whether (and how) it is on. */
export function escalationTriggers(escalation: Policy['escalation']): { name: string; setting: string }[] {
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  return [
    { name: 'Customer asks for a person', setting: onOff(escalation.explicitRequest) },
    {
      name: 'Legal or compliance words',
      setting: escalation.legalWords.length > 0 ? escalation.legalWords.join(', ') : 'none',
    },
    { name: 'Sentiment below', setting: String(escalation.sentimentBelow) },
    { name: 'Complaint about a previous agent', setting: onOff(escalation.previousAgentComplaint) },
    {
      name: 'Repeat contact',
      setting: escalation.repeatContact ? `within ${escalation.repeatContact.withinDays} days` : 'off',
    },
    { name: 'Low confidence', setting: onOff(escalation.lowConfidence) },
    { name: 'Tool failures in a row', setting: String(escalation.toolFailures) },
  ];
}

/** Whose records each kind of caller may reach, in words. */
export function scopeRows(scopes: Policy['scopes']): { name: string; setting: string }[] {
  return [
    { name: 'A customer conversation', setting: 'only the customer its channel verified (not a setting)' },
    {
      name: 'A rep’s approval',
      setting:
        scopes.approvals === 'conversation' ? 'only the conversation’s customer' : 'any record the rep names',
    },
    {
      name: 'A delegated task',
      setting: scopes.delegatedTasks === 'account' ? 'only the account’s customer' : 'any record',
    },
  ];
}

/** The rival vendors the cheat sheet looks for, each with the other names it goes by. */
export function competitorRows(renewals: Policy['renewals']): { name: string; setting: string }[] {
  return (renewals?.competitors ?? []).map((vendor) => ({
    name: vendor.name,
    setting: [
      vendor.aliases.length > 0 ? `also ${vendor.aliases.join(', ')}` : 'no other names',
      ...(vendor.matchCase ? ['matched as written'] : []),
    ].join('; '),
  }));
}
