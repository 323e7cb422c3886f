import type { Action, Escalation, EscalationReason } from '../../shared/agent';

/** What a desktop notification says: a title and one short line. */
export interface Notice {
  title: string;
  body: string;
}

/** Notification lines are cut here: the OS truncates anyway, and the app has the details. */
const maxBodyLength = 120;

const reasonWords: Record<EscalationReason, string> = {
  explicit_request: 'asked for a person',
  legal: 'legal or compliance words',
  sentiment: 'customer upset',
  previous_agent_complaint: 'complaint about an earlier agent',
  repeat_contact: 'repeat contact',
  low_confidence: 'agent unsure',
  policy_limit: 'over a policy limit',
  tool_failure: 'a system failed',
  identity_unverified: 'identity not confirmed',
  no_progress: 'agent stuck',
  language: 'another language',
  system_unavailable: 'a system is down',
};

/** The notice for a conversation handed to a human: who, and why in a few words. */
export function escalationNotice(escalation: Escalation, customer: string): Notice {
  const reasons = escalation.reasons.map((reason) => reasonWords[reason]).join(', ');
  return { title: `Escalation: ${customer}`, body: shorten(capitalize(reasons)) };
}

/** The notice for an action waiting on a rep: the tool, and whose and why in one line. */
export function approvalNotice(action: Pick<Action, 'tool' | 'rationale'>, customer: string): Notice {
  const why = action.rationale.trim();
  return { title: `Approval needed: ${action.tool}`, body: shorten(why ? `${customer}: ${why}` : customer) };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const shorten = (text: string) =>
  text.length <= maxBodyLength ? text : `${text.slice(0, maxBodyLength - 1).trimEnd()}…`;
