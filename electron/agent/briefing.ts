import type { Action, Briefing, EscalationReason } from '../../shared/agent';
import type { Message } from '../../shared/domain';
import { isToolName } from '../../shared/tools';
import type { CustomerMemory } from '../memory/customer-memory';
import type { AuditEntry } from '../tools/audit-repo';
import { summarizeResult } from './observe';
import { customerLanguage } from './handover-reply';
import { intentSpec } from './nlu/intent-specs';
import { languageName } from './nlu/language';
import type { RepeatOf } from './repeat-contact';
import type { AgentState } from './state';

export interface BriefingInput {
  state: AgentState;
  reasons: EscalationReason[];
  messages: Message[];
  /** The conversation's audit trail: what really ran, not what a model says it did. */
  audit: AuditEntry[];
  actions: Action[];
  /** What the agent remembers of this customer across conversations. */
  memory: CustomerMemory | null;
}

/** Why the agent handed over, in a rep's words. */
export const reasonLabels: Readonly<Record<EscalationReason, string>> = {
  explicit_request: 'the customer asked for a person',
  legal: 'the customer raised a legal or compliance matter',
  sentiment: 'the customer is very upset',
  previous_agent_complaint: 'the customer is unhappy with a previous agent',
  repeat_contact: 'the customer has contacted us about this before',
  low_confidence: 'the agent was not confident it understood',
  policy_limit: 'the request is beyond what the policy lets the agent do',
  tool_failure: 'a system the agent needs kept failing',
  identity_unverified: 'the customer claimed another account and could not confirm it with the one-time code',
  no_progress: 'the agent kept asking the systems the same question and could not get further',
  language: 'the customer wrote in a language the agent cannot serve',
  system_unavailable: 'a connected system (helpdesk, shop, payments…) is not answering',
};

/** How a briefing names what the customer is about: its intent's `topic`, else "their request". */
export const topicOf = (intent: string | null) => (intent && intentSpec(intent)?.topic) || 'their request';

const sentimentLabel = (score: number) =>
  score <= -0.25 ? 'negative' : score >= 0.25 ? 'positive' : 'neutral';

/** The handoff a rep reads before taking over: everything known, so the customer never repeats themselves. */
export function buildBriefing({ state, reasons, messages, audit, actions, memory }: BriefingInput): Briefing {
  const customerWords = messages.filter((m) => m.role === 'customer').map((m) => m.text);
  const name = state.customer?.name ?? state.customerRef;
  const taken = audit
    .filter((entry) => entry.status !== 'error' || entry.error?.code !== 'bad_request')
    .map((entry) => ({
      tool: entry.tool,
      args: entry.args,
      status: entry.status,
      outcome: isToolName(entry.tool)
        ? summarizeResult(
            entry.tool,
            (entry.args ?? {}) as Record<string, unknown>,
            entry.error ? { ok: false, error: entry.error } : { ok: true, value: entry.result },
          )
        : (entry.error?.message ?? 'done'),
      at: entry.at,
    }));
  const pending = actions
    .filter((a) => a.status === 'pending_approval')
    .map((a) => ({ id: a.id, tool: a.tool, args: a.proposedArgs }));
  const history = [
    ...(state.repeatOf ? [earlierContact(state.repeatOf)] : []),
    ...(memory && memory.issues.some((i) => i.conversationId !== state.conversationId)
      ? [memory.summary]
      : []),
    ...interactionsFrom(audit),
  ];
  const summary = [
    `${name}${state.customer ? ` (${state.customer.tier})` : ''} contacted us about ${topicOf(state.intent)}.`,
    customerWords.length ? `They wrote: "${customerWords.at(-1)!.slice(0, 280)}".` : '',
    `Escalated because ${reasons.map((r) => reasonLabels[r]).join(' and ')}.`,
    taken.length
      ? `The agent already did: ${taken.map((t) => `${t.tool} (${t.outcome})`).join('; ')}.`
      : 'The agent took no action yet.',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    summary,
    customer: state.customer,
    history,
    sentiment: { score: state.sentiment, label: sentimentLabel(state.sentiment) },
    intent: state.intent,
    actionsTaken: taken,
    pendingActions: pending,
    suggestedNextStep: nextStep(reasons, state, pending.length),
    draftReply: draftReply(state, reasons),
  };
}

/** Where the earlier contact about the same issue was found. */
function earlierContact(repeat: RepeatOf): string {
  const day = repeat.at.slice(0, 10);
  switch (repeat.source) {
    case 'crm':
      return `Contacted us about the same issue on ${day} (CRM interaction ${repeat.interactionId}, ${repeat.channel}: ${repeat.topic}).`;
    case 'ticket':
      return `Has an open ticket about the same issue: ${repeat.ticketId} "${repeat.subject}" (${repeat.status} since ${day}).`;
    default:
      return `Contacted us about the same issue on ${day} (conversation ${repeat.conversationId}).`;
  }
}

function interactionsFrom(audit: AuditEntry[]): string[] {
  const profile = audit.find((entry) => entry.tool === 'crm.getCustomer' && entry.status === 'ok');
  const interactions =
    (
      profile?.result as {
        recentInteractions?: { at: string; channel: string; topic: string; outcome: string }[];
      } | null
    )?.recentInteractions ?? [];
  return interactions.slice(0, 5).map((i) => `${i.at.slice(0, 10)} ${i.channel}: ${i.topic} (${i.outcome})`);
}

function nextStep(reasons: EscalationReason[], state: AgentState, pendingCount: number): string {
  if (reasons.includes('legal'))
    return 'Do not discuss liability; acknowledge, and route to the legal/compliance queue per procedure.';
  if (reasons.includes('language'))
    return `Answer in ${languageName(customerLanguage(state.said))}, the customer's language, or pass the conversation to a colleague who speaks it.`;
  if (reasons.includes('identity_unverified'))
    return 'Confirm who the customer is by your team’s procedure before discussing any account.';
  if (reasons.includes('policy_limit'))
    return `Decide on ${topicOf(state.intent)}: the agent was not allowed to do it under the policy.`;
  if (pendingCount > 0) return `Review the ${pendingCount} pending action(s), then reply to the customer.`;
  if (reasons.includes('system_unavailable'))
    return `Check whether ${state.unavailableSystem ?? 'the connected system'} answers again (Settings → Connections), then finish ${topicOf(state.intent)} and follow up with the customer.`;
  if (reasons.includes('tool_failure'))
    return 'Check the failing system (see the actions taken), then finish the request by hand.';
  if (reasons.includes('previous_agent_complaint') || reasons.includes('sentiment'))
    return `Apologize personally, then resolve ${topicOf(state.intent)}.`;
  if (reasons.includes('low_confidence'))
    return `Ask what the customer needs; the agent's best guess was ${topicOf(state.intent)}.`;
  return `Pick up ${topicOf(state.intent)} where the agent left off.`;
}

function draftReply(state: AgentState, reasons: EscalationReason[]): string {
  const first = state.customer?.name.split(' ')[0] ?? 'there';
  const sorry =
    reasons.includes('sentiment') ||
    reasons.includes('previous_agent_complaint') ||
    reasons.includes('repeat_contact');
  return [
    `Hi ${first}, I'm taking over from our virtual assistant and I've read everything so far about ${topicOf(state.intent)}${state.order ? ` (order ${state.order.id})` : ''}.`,
    sorry ? "I'm sorry this has taken more than one try." : '',
    'Let me sort this out for you now.',
  ]
    .filter(Boolean)
    .join(' ');
}
