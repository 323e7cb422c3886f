import type { Action, Escalation } from '../../../shared/agent';
import { describeAction } from '../../agent/describe-action';
import { reasonLabels } from '../../agent/briefing';

/** The escalation briefing as an internal note on the ticket, so the helpdesk's agents see it too. */
export function briefingNote({ reasons, briefing }: Escalation): string {
  const lines = [
    `Escalated by the AI agent: ${reasons.map((r) => reasonLabels[r]).join('; ')}.`,
    '',
    `Summary: ${briefing.summary}`,
  ];
  if (briefing.customer)
    lines.push(
      `Customer: ${briefing.customer.name} <${briefing.customer.email}>, ${briefing.customer.tier}, lifetime value ${briefing.customer.lifetimeValue.toFixed(2)}`,
    );
  lines.push(`Sentiment: ${briefing.sentiment.label}`);
  if (briefing.history.length) lines.push('History:', ...briefing.history.map((h) => `- ${h}`));
  if (briefing.actionsTaken.length)
    lines.push('Done so far:', ...briefing.actionsTaken.map((a) => `- ${a.tool}: ${a.outcome}`));
  if (briefing.pendingActions.length)
    lines.push(
      'Waiting for approval:',
      ...briefing.pendingActions.map(
        (a) => `- ${describeAction(a.tool, (a.args ?? {}) as Record<string, unknown>)}`,
      ),
    );
  lines.push(`Suggested next step: ${briefing.suggestedNextStep}`, '', `Draft reply: ${briefing.draftReply}`);
  return lines.join('\n');
}

/** Tags that let the helpdesk's views find escalated tickets and why. */
export const escalationTags = ({ reasons }: Escalation): string[] => [
  'ai_escalated',
  ...reasons.map((r) => `ai_${r}`),
];

/** An action waiting for a rep, as an internal note. */
export const approvalNote = (action: Action): string =>
  `The AI agent proposes to ${describeAction(action.tool, action.proposedArgs)} and waits for a rep's approval in the agent-assist queue.` +
  (action.rationale ? ` Why: ${action.rationale}` : '');
