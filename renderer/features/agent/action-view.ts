import type { z } from 'zod';
import type { Action, ActionStatus, RunReport, Step } from '../../../shared/agent';
import type { AppError } from '../../../shared/result';
import { GateData, ReasonData, readData } from './step-data';

/** One proposed tool call as the UI shows it, whether it came from a live event or from a report. */
export interface ActionView {
  id: string;
  conversationId: string;
  tool: string;
  status: ActionStatus;
  /** What was proposed while it waits; what ran (edited or not) once decided. */
  args: Record<string, unknown>;
  result: unknown;
  error: AppError | null;
  rationale: string | null;
  rule: string | null;
  confidence: number | null;
  rejectReason: string | null;
}

const asArgs = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The full record pushed by `action.updated`. */
export function fromAction(action: Action): ActionView {
  return {
    id: action.id,
    conversationId: action.conversationId,
    tool: action.tool,
    status: action.status,
    args: action.approvedArgs ?? action.proposedArgs,
    result: action.result,
    error: action.error,
    rationale: action.rationale,
    rule: action.rule,
    confidence: action.confidence,
    rejectReason: action.rejectReason,
  };
}

interface DecisionContext {
  tool: string;
  rationale: string | null;
  confidence: number | null;
  rule: string;
}

/**
 * Why each action was proposed, read from the timeline: every tool decision the gate let through
 * (allow), parked (approve) or refused (deny) became one action, in order. A report carries the
 * actions without their rationale and rule, so this is how a reloaded page still shows them.
 */
export function decisionsBehindActions(steps: Step[]): DecisionContext[] {
  const found: DecisionContext[] = [];
  let reason: z.infer<typeof ReasonData> | null = null;
  for (const step of steps) {
    if (step.kind === 'reason') reason = readData(ReasonData, step.data);
    if (step.kind !== 'gate') continue;
    const gate = readData(GateData, step.data);
    const decision = reason?.decision;
    if (
      gate &&
      decision?.kind === 'tool' &&
      decision.tool &&
      ['allow', 'approve', 'deny'].includes(gate.verdict)
    )
      found.push({
        tool: decision.tool,
        rationale: reason?.rationale ?? null,
        confidence: reason?.confidence ?? null,
        rule: gate.rule,
      });
    reason = null;
  }
  return found;
}

/** The actions of a report, with the rationale and rule the timeline gives them. */
export function fromReport(report: RunReport): ActionView[] {
  const context = decisionsBehindActions(report.steps);
  return report.actions.map((action, index) => {
    const why = context[index]?.tool === action.tool ? context[index] : undefined;
    const failed = action.status === 'failed';
    return {
      id: action.id,
      conversationId: report.conversationId,
      tool: action.tool,
      status: action.status,
      args: asArgs(action.args),
      result: failed ? null : action.result,
      error: failed ? (action.result as AppError | null) : null,
      rationale: why?.rationale ?? null,
      rule: why?.rule ?? null,
      confidence: why?.confidence ?? null,
      rejectReason: null,
    };
  });
}

const progress: Record<ActionStatus, number> = {
  pending_approval: 0,
  approved: 1,
  executed: 2,
  rejected: 2,
  denied: 2,
  failed: 2,
};

/**
 * Combines what two sources say about one action. Status only moves forward (a late report never
 * turns an executed action back into a pending one), and known details are never forgotten.
 */
export function mergeAction(current: ActionView | undefined, incoming: ActionView): ActionView {
  if (!current) return incoming;
  const newer = progress[incoming.status] >= progress[current.status] ? incoming : current;
  const older = newer === incoming ? current : incoming;
  return {
    ...newer,
    rationale: newer.rationale ?? older.rationale,
    rule: newer.rule ?? older.rule,
    confidence: newer.confidence ?? older.confidence,
    rejectReason: newer.rejectReason ?? older.rejectReason,
  };
}
