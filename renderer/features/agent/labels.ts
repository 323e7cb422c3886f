import type { ActionStatus, EscalationReason, StepKind } from '../../../shared/agent';

export const stepKindLabels: Record<StepKind, string> = {
  perceive: 'Perceive',
  reason: 'Reason',
  gate: 'Gate',
  act: 'Act',
  observe: 'Observe',
  approval: 'Approval',
  escalate: 'Escalate',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  pending_approval: 'Waiting for approval',
  approved: 'Approved, running',
  executed: 'Executed',
  rejected: 'Rejected',
  denied: 'Denied by policy',
  failed: 'Failed',
};

export const escalationReasonLabels: Record<EscalationReason, string> = {
  explicit_request: 'Customer asked for a person',
  legal: 'Legal or compliance matter',
  sentiment: 'Customer is very upset',
  previous_agent_complaint: 'Complaint about a previous agent',
  repeat_contact: 'Repeat contact',
  low_confidence: 'Agent not confident',
  policy_limit: 'Beyond what the policy allows',
  tool_failure: 'A system kept failing',
  identity_unverified: 'Identity not confirmed',
  no_progress: 'Agent could not make progress',
  language: 'Customer wrote in another language',
  system_unavailable: 'A connected system is not answering',
};

/** A reason code as words, or the code itself when this UI does not know it. */
export const reasonLabel = (reason: string): string =>
  escalationReasonLabels[reason as EscalationReason] ?? reason;

/** 0.9821 → "98%". */
export const formatConfidence = (confidence: number): string => `${Math.round(confidence * 100)}%`;

/** Argument and result values as a rep reads them: text as is, anything else as compact JSON. */
export const formatValue = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
