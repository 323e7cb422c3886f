import type { EscalationReason } from '../../shared/agent';
import type { Policy } from '../../shared/policy';
import { isToolName, tools, type CatalogToolName, type RiskClass } from '../../shared/tools';
import { evaluateToolPolicy } from '../policy/evaluate-tool';
import type { CreditRecord } from '../tools/connector';
import type { Decision } from './decision';
import { mentionsAnyOf } from './nlu/escalation-cues';
import type { Perception } from './perceive';
import { groundingOf } from './request/grounding';
import type { AgentState } from './state';

export type GateOutcome = (
  | { verdict: 'allow'; rule: string }
  | { verdict: 'approve'; rule: string }
  | { verdict: 'deny'; rule: string }
  | { verdict: 'clarify'; rule: string }
  /** Extras nobody asked for (goodwill, a confirmation email) when the agent is unsure: left out, not asked. */
  | { verdict: 'skip'; rule: string }
  | { verdict: 'escalate'; reasons: EscalationReason[]; rule: string }
) & {
  /** For an irreversible change: what its target was grounded from in the customer's words. */
  grounds?: string[];
};

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
  // The intent model and the sentiment lexicon read English only: a message clearly in another
  // language goes to a person, with what the cue files read in that language.
  const foreign = Boolean(perception.language) && perception.language !== 'en';
  if (foreign) reasons.push('language');
  // The cue list catches the usual wordings; the intent model catches the rest. Asking for a person
  // is never something to argue about, so any in-scope human_request reading hands over.
  const asksForHuman = perception.flags.humanRequest || (!foreign && perception.intent === 'human_request');
  if (rules.explicitRequest && asksForHuman) reasons.push('explicit_request');
  if (mentionsAnyOf(text, rules.legalWords) || perception.flags.legal) reasons.push('legal');
  if (!foreign && perception.sentiment < rules.sentimentBelow) reasons.push('sentiment');
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
  /** The risk class of the decision's tool, as the executor knows it (an MCP tool's is the rep's). */
  risk: RiskClass = builtInRisk(decision),
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
    return {
      verdict: 'escalate',
      reasons: [state.unavailableSystem ? 'system_unavailable' : 'tool_failure'],
      rule: 'repeated-tool-failure',
    };
  }
  if (decision.kind === 'escalate')
    return { verdict: 'escalate', reasons: decision.reasons, rule: 'reasoner-escalation' };

  if (decision.kind === 'tool' && followsToolText(decision.tool, state, policy, risk))
    return { verdict: 'deny', rule: 'not-asked-after-tool-text' };
  // A change the reasoner wants the customer to agree to first (it costs them money), until they said yes.
  if (decision.kind === 'tool' && decision.confirmFirst && state.awaitingConfirmation?.tool !== decision.tool)
    return { verdict: 'clarify', rule: 'customer-agrees-first' };
  const change = confirmationOf(decision, state, policy);
  if (change?.ask) {
    // A change nobody may make is refused, not put to the customer.
    const verdict = policyVerdict(decision, state, policy, credits, risk);
    return verdict.verdict === 'deny' || verdict.verdict === 'escalate'
      ? { ...verdict, grounds: change.grounds }
      : { verdict: 'clarify', rule: change.rule, grounds: change.grounds };
  }
  const outcome = change?.sure
    ? policyVerdict(decision, state, policy, credits, risk)
    : (confidenceVerdict(decision, state, policy, risk) ??
      policyVerdict(decision, state, policy, credits, risk));
  return change ? { ...outcome, grounds: change.grounds } : outcome;
}

/**
 * The policy's confirmation rule for an irreversible change: asked for in so many words about a target
 * grounded in the customer's words, it goes ahead (reasoner confidence aside: the words say it);
 * inferred, the customer is asked once. Null for any other decision.
 */
function confirmationOf(decision: Decision, state: AgentState, policy: Policy) {
  if (decision.kind !== 'tool' || !isToolName(decision.tool)) return null;
  if (!policy.confirmation.tools.includes(decision.tool)) return null;
  const grounding = groundingOf(decision.tool, decision.args, state);
  const grounds = grounding.grounded
    ? grounding.because
    : [...grounding.because, `the ${grounding.missing} is not in the customer's words`];
  const explicit = grounding.grounded && state.requested.includes(decision.tool);
  // The customer just said yes to this very change: it goes on to the usual checks.
  const confirmed = state.awaitingConfirmation?.tool === decision.tool;
  const mode = explicit ? policy.confirmation.explicit : policy.confirmation.inferred;
  return {
    ask: mode === 'ask' && !confirmed,
    sure: explicit && mode === 'proceed',
    rule: explicit ? 'explicit-change-asks' : 'inferred-change-asks-once',
    grounds,
  };
}

/** The confidence thresholds: ask or hand over when the reasoner is unsure; null when sure enough. */
function confidenceVerdict(
  decision: Decision,
  state: AgentState,
  policy: Policy,
  risk: RiskClass,
): GateOutcome | null {
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
  // Below the act threshold the agent asks before it changes anything; reads, questions and the record
  // of the contact itself are safe (asking a customer to confirm a CRM note makes no sense).
  const changesData =
    decision.kind === 'tool' &&
    risk !== 'read' &&
    decision.tool !== 'crm.logInteraction' &&
    !passesOnRequest(decision, state);
  // A change the customer asked for in so many words ran this turn: saying it is done needs no question.
  const carriedOut =
    decision.kind === 'resolve' &&
    state.done.some((d) => d.turn === state.turn && d.ok && state.requested.includes(d.tool));
  if (decision.confidence < act && (changesData || (decision.kind === 'resolve' && !carriedOut)))
    return decision.kind === 'tool' && extras.has(decision.tool)
      ? { verdict: 'skip', rule: 'extras-need-confidence' }
      : { verdict: 'clarify', rule: 'confidence-below-act' };
  // A clarifying question is always safe to ask; anything else waits until the request is clear.
  if (decision.confidence < clarify && decision.kind !== 'clarify')
    return { verdict: 'clarify', rule: 'confidence-below-clarify' };
  return null;
}

/**
 * What the agent adds of its own accord (a goodwill credit, an updated confirmation email): offered when
 * it is sure of the request, left out otherwise, never put to the customer as a question.
 */
const extras = new Set<string>(['payments.issueCredit', 'email.send']);

/** A ticket that hands a change the customer asked for in so many words to the team that makes it. */
const passesOnRequest = (decision: Decision, state: AgentState) =>
  decision.kind === 'tool' && decision.tool === 'tickets.create' && state.requested.length > 0;

/** The policy's tool rules: automatic, approval, or refusal. */
function policyVerdict(
  decision: Decision,
  state: AgentState,
  policy: Policy,
  credits: CreditFacts | undefined,
  risk: RiskClass,
): GateOutcome {
  if (decision.kind !== 'tool') return { verdict: 'allow', rule: 'messages-are-automatic' };
  // The policy's rules name built-in tools; an MCP tool reads on its own or waits for a rep.
  if (!isToolName(decision.tool))
    return risk === 'read'
      ? { verdict: 'allow', rule: 'mcp-read-only' }
      : { verdict: 'approve', rule: 'mcp-write-needs-approval' };
  const verdict = evaluateToolPolicy(
    policy,
    decision.tool,
    decision.args,
    verifiedFacts(decision.args, state, credits),
  );
  if (verdict.effect === 'auto') return { verdict: 'allow', rule: verdict.rule };
  if (verdict.effect === 'approve') return { verdict: 'approve', rule: verdict.rule };
  // Money the policy will not let anyone approve: a human must decide what to do instead.
  if (risk === 'money') return { verdict: 'escalate', reasons: ['policy_limit'], rule: verdict.rule };
  return { verdict: 'deny', rule: verdict.rule };
}

/**
 * Money or an irreversible change the customer did not ask for, proposed after an MCP server's answer
 * this turn: that answer is data, so nothing it says may start such a change (not even a question).
 */
function followsToolText(tool: CatalogToolName, state: AgentState, policy: Policy, risk: RiskClass) {
  if (!isToolName(tool) || state.requested.includes(tool)) return false;
  if (risk !== 'money' && !policy.confirmation.tools.includes(tool)) return false;
  return state.done.some((d) => d.turn === state.turn && d.ok && !isToolName(d.tool));
}

/** A built-in tool's risk class from the catalog; any other tool counts as a write. */
const builtInRisk = (decision: Decision): RiskClass =>
  decision.kind === 'tool' && isToolName(decision.tool) ? tools[decision.tool].risk : 'write';

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
