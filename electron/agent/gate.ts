import type { EscalationReason } from '../../shared/agent';
import type { Policy } from '../../shared/policy';
import { tools } from '../../shared/tools';
import { evaluateToolPolicy } from '../policy/evaluate-tool';
import type { CreditRecord } from '../tools/connector';
import type { Decision } from './decision';
import type { Perception } from './perceive';
import type { AgentState } from './state';

export type GateOutcome =
  | { verdict: 'allow'; rule: string }
  | { verdict: 'approve'; rule: string }
  | { verdict: 'deny'; rule: string }
  | { verdict: 'clarify'; rule: string }
  | { verdict: 'escalate'; reasons: EscalationReason[]; rule: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Deterministic escalation triggers on what the customer just wrote, evaluated in code: never
 * keyed to anything a model outputs.
 */
export function inboundTriggers(
  text: string,
  perception: Perception,
  state: AgentState,
  policy: Policy,
): EscalationReason[] {
  const rules = policy.escalation;
  const reasons: EscalationReason[] = [];
  // The cue list catches the usual wordings; the intent model catches the rest. Asking for a person
  // is never something to argue about, so any in-scope human_request reading hands over.
  const asksForHuman = perception.flags.humanRequest || perception.intent === 'human_request';
  if (rules.explicitRequest && asksForHuman) reasons.push('explicit_request');
  const legal = rules.legalWords.some((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(text));
  if (legal || perception.flags.legal) reasons.push('legal');
  if (perception.sentiment < rules.sentimentBelow) reasons.push('sentiment');
  if (rules.previousAgentComplaint && perception.flags.previousAgentComplaint)
    reasons.push('previous_agent_complaint');
  if (rules.repeatContact && state.repeatOf) reasons.push('repeat_contact');
  return reasons;
}

const identificationReads = new Set(['crm.findCustomer', 'crm.getCustomer']);

/** Every credit a customer received, read from the payment system when a money call was decided. */
export interface CreditFacts {
  customerId: string;
  records: readonly CreditRecord[];
  asOf: Date;
}

/** Turns one decision into allow / needs approval / deny / clarify / escalate. */
export function gateDecision(
  decision: Decision,
  state: AgentState,
  policy: Policy,
  credits?: CreditFacts,
): GateOutcome {
  // Looking the customer up first makes the briefing complete; nothing else runs once a trigger fired.
  const identifying = decision.kind === 'tool' && identificationReads.has(decision.tool);
  if (state.triggers.length > 0) {
    return identifying
      ? { verdict: 'allow', rule: 'identify-before-handoff' }
      : { verdict: 'escalate', reasons: state.triggers, rule: 'escalation-triggers' };
  }
  if (state.stepsThisTurn > policy.stepBudget) {
    return { verdict: 'escalate', reasons: ['policy_limit'], rule: 'step-budget' };
  }
  if (state.toolFailures >= policy.escalation.toolFailures) {
    return { verdict: 'escalate', reasons: ['tool_failure'], rule: 'repeated-tool-failure' };
  }
  if (decision.kind === 'escalate')
    return { verdict: 'escalate', reasons: decision.reasons, rule: 'reasoner-escalation' };

  const { act, clarify, escalate } = policy.thresholds;
  if (policy.escalation.lowConfidence) {
    if (decision.confidence < clarify && state.lowConfidenceTurns >= 2) {
      return { verdict: 'escalate', reasons: ['low_confidence'], rule: 'confidence-twice-below-clarify' };
    }
    // One clarifying question is always allowed before a low-confidence handoff.
    if (decision.confidence < escalate && decision.kind !== 'clarify') {
      return { verdict: 'escalate', reasons: ['low_confidence'], rule: 'confidence-below-escalate' };
    }
  }
  // A change the reasoner wants the customer to agree to first (it costs them money), until they said yes.
  if (decision.kind === 'tool' && decision.confirmFirst && state.awaitingConfirmation?.tool !== decision.tool)
    return { verdict: 'clarify', rule: 'customer-agrees-first' };
  // Below the act threshold the agent asks before it changes anything; reads, questions and the record
  // of the contact itself are safe (asking a customer to confirm a CRM note makes no sense).
  const changesData =
    decision.kind === 'tool' &&
    tools[decision.tool].risk !== 'read' &&
    decision.tool !== 'crm.logInteraction';
  if (decision.confidence < act && (changesData || decision.kind === 'resolve'))
    return { verdict: 'clarify', rule: 'confidence-below-act' };
  // A clarifying question is always safe to ask; anything else waits until the request is clear.
  if (decision.confidence < clarify && decision.kind !== 'clarify')
    return { verdict: 'clarify', rule: 'confidence-below-clarify' };

  if (decision.kind !== 'tool') return { verdict: 'allow', rule: 'messages-are-automatic' };
  const verdict = evaluateToolPolicy(
    policy,
    decision.tool,
    decision.args,
    verifiedFacts(decision.args, state, credits),
  );
  if (verdict.effect === 'auto') return { verdict: 'allow', rule: verdict.rule };
  if (verdict.effect === 'approve') return { verdict: 'approve', rule: verdict.rule };
  // Money the policy will not let anyone approve: a human must decide what to do instead.
  if (tools[decision.tool].risk === 'money')
    return { verdict: 'escalate', reasons: ['policy_limit'], rule: verdict.rule };
  return { verdict: 'deny', rule: verdict.rule };
}

/**
 * Facts the agent verified through tools about the records this call touches. A call about another
 * customer or order than the verified one gets no facts, so its conditions cannot hold.
 */
function verifiedFacts(args: Record<string, unknown>, state: AgentState, credits: CreditFacts | undefined) {
  const sameCustomer =
    state.customer !== null && (args.customerId === undefined || args.customerId === state.customer.id);
  const sameOrder = state.order !== null && (args.orderId === undefined || args.orderId === state.order.id);
  const orderOwnedByCustomer = args.orderId === undefined || sameOrder;
  return {
    ...(sameCustomer && orderOwnedByCustomer ? { tier: state.customer!.tier } : {}),
    ...(sameOrder ? { orderStatus: state.order!.status } : {}),
    ...(sameOrder && state.shipment ? { shipmentLate: state.shipment.late } : {}),
    ...(credits && credits.customerId === args.customerId
      ? { credits: { records: credits.records, asOf: credits.asOf } }
      : {}),
  };
}
