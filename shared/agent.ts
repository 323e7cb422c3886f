import { z } from 'zod';
import { AppErrorSchema } from './result';

export const ActionStatus = z.enum([
  'pending_approval',
  'approved',
  'executed',
  'rejected',
  'denied',
  'failed',
]);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** A tool call the agent proposed: what it proposed, what a rep approved, and what executing it returned. */
export const Action = z.object({
  id: z.string(),
  conversationId: z.string(),
  tool: z.string(),
  status: ActionStatus,
  proposedArgs: z.record(z.string(), z.unknown()),
  approvedArgs: z.record(z.string(), z.unknown()).nullable(),
  result: z.unknown().nullable(),
  error: AppErrorSchema.nullable(),
  rationale: z.string(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  rejectReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  executedAt: z.string().nullable(),
  /** The customer turn in which the agent proposed it (null for actions older than this field). */
  turn: z.number().int().nullable().default(null),
});
export type Action = z.infer<typeof Action>;

export const StepKind = z.enum(['perceive', 'reason', 'gate', 'act', 'observe', 'escalate', 'approval']);
export type StepKind = z.infer<typeof StepKind>;

/** One entry of the agent's live timeline. */
export const Step = z.object({
  id: z.number().int(),
  conversationId: z.string(),
  at: z.string(),
  kind: StepKind,
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type Step = z.infer<typeof Step>;

export const EscalationReason = z.enum([
  'explicit_request',
  'legal',
  'sentiment',
  'previous_agent_complaint',
  'repeat_contact',
  'low_confidence',
  'policy_limit',
  'tool_failure',
  'identity_unverified',
  'no_progress',
  'language',
  'system_unavailable',
]);
export type EscalationReason = z.infer<typeof EscalationReason>;

/** How one tool call went, as the audit log records it (`denied`: refused before it ran, out of scope). */
export const AuditStatus = z.enum(['ok', 'error', 'replayed', 'denied']);
export type AuditStatus = z.infer<typeof AuditStatus>;

export const ActionTaken = z.object({
  tool: z.string(),
  args: z.unknown(),
  status: AuditStatus,
  outcome: z.string(),
  at: z.string(),
});

/** What a rep reads before taking over, so nobody asks the customer to repeat themselves. */
/** What the agent verified about the customer it is talking to. */
export const CustomerFacts = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  tier: z.string(),
  lifetimeValue: z.number(),
});

export const Briefing = z.object({
  summary: z.string(),
  customer: CustomerFacts.nullable(),
  history: z.array(z.string()),
  sentiment: z.object({ score: z.number(), label: z.enum(['negative', 'neutral', 'positive']) }),
  intent: z.string().nullable(),
  actionsTaken: z.array(ActionTaken),
  pendingActions: z.array(z.object({ id: z.string(), tool: z.string(), args: z.unknown() })),
  suggestedNextStep: z.string(),
  draftReply: z.string(),
});
export type Briefing = z.infer<typeof Briefing>;

export const Escalation = z.object({
  reasons: z.array(EscalationReason).min(1),
  briefing: Briefing,
});
export type Escalation = z.infer<typeof Escalation>;

export const Outcome = z.enum(['resolved', 'replied', 'clarifying', 'awaiting_approval', 'escalated']);
export type Outcome = z.infer<typeof Outcome>;

/** The result of one agent run, as `agent chat --json` prints it. */
export const RunReport = z.object({
  conversationId: z.string(),
  customerId: z.string().nullable(),
  intent: z.string().nullable(),
  confidence: z.number().nullable(),
  outcome: Outcome,
  reply: z.string().nullable(),
  actions: z.array(
    z.object({
      id: z.string(),
      tool: z.string(),
      args: z.unknown(),
      status: ActionStatus.exclude(['approved']),
      result: z.unknown(),
      /** What the agent proposed; differs from args when a rep edited it before approving. */
      proposedArgs: z.unknown(),
      rationale: z.string(),
      confidence: z.number(),
      rule: z.string(),
      rejectReason: z.string().nullable(),
    }),
  ),
  escalation: Escalation.nullable(),
  steps: z.array(Step),
});
export type RunReport = z.infer<typeof RunReport>;

/** One record of the tool bridge's audit log. */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.enum(['agent', 'rep', 'system']),
  /** Whose records the call could reach: "customer:cus_0042", "customer:unverified", "task:…", "rep", "system". */
  principal: z.string().nullable(),
  tool: z.string(),
  args: z.unknown(),
  /** `denied`: refused before it ran, because it named a record outside the caller's scope. */
  status: AuditStatus,
  result: z.unknown(),
  error: AppErrorSchema.nullable(),
  durationMs: z.number(),
  decision: z.object({
    effect: z.enum(['allow', 'approved', 'rep', 'system']),
    rule: z.string(),
    actionId: z.string().optional(),
  }),
  conversationId: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
