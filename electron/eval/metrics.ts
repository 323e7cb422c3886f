import { matchActions, scoredActions } from './action-match';
import type { TicketRun } from './ticket-run';

/** The scores of one replay run; a ratio is null when no ticket said anything about it. */
export interface EvalMetrics {
  tickets: number;
  intentAccuracy: number | null;
  actionPrecision: number | null;
  actionRecall: number | null;
  escalationPrecision: number | null;
  escalationRecall: number | null;
  policyViolations: number;
  clarifications: number;
  latency: { p50: number; p95: number };
}

const ratio = (hits: number, total: number): number | null => (total === 0 ? null : hits / total);

/** The value at percentile `p` (0–100) by the nearest-rank method; 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * Scores replayed tickets. Each ratio counts only the tickets whose `expected` states that thing:
 * action precision is matched actions over the scored tool calls (see scoredActions) the agent made on
 * those tickets, recall is matched over expected; escalation precision and recall are over tickets that state `escalate`.
 */
export function computeMetrics(runs: readonly TicketRun[]): EvalMetrics {
  const withIntent = runs.filter((r) => r.ticket.expected.intent !== undefined);
  const withActions = runs.filter((r) => r.ticket.expected.actions !== undefined);
  const withEscalation = runs.filter((r) => r.ticket.expected.escalate !== undefined);
  let matched = 0;
  let predicted = 0;
  let expected = 0;
  for (const run of withActions) {
    const wanted = run.ticket.expected.actions ?? [];
    const scored = scoredActions(wanted, run.actions);
    matched += matchActions(wanted, scored).matched;
    predicted += scored.length;
    expected += wanted.length;
  }
  const escalatedRight = withEscalation.filter((r) => r.escalated && r.ticket.expected.escalate).length;
  const latencies = runs.map((r) => r.latencyMs);
  return {
    tickets: runs.length,
    intentAccuracy: ratio(
      withIntent.filter((r) => r.intent === r.ticket.expected.intent).length,
      withIntent.length,
    ),
    actionPrecision: ratio(matched, predicted),
    actionRecall: ratio(matched, expected),
    escalationPrecision: ratio(escalatedRight, withEscalation.filter((r) => r.escalated).length),
    escalationRecall: ratio(escalatedRight, withEscalation.filter((r) => r.ticket.expected.escalate).length),
    policyViolations: runs.reduce((sum, r) => sum + r.policyViolations, 0),
    clarifications: runs.reduce((sum, r) => sum + r.clarifications, 0),
    latency: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)) },
  };
}

/** A ticket the agent got wrong, with every way it was wrong. */
export interface EvalFailure {
  id: string;
  problems: string[];
}

/** Every check a ticket states that the agent's run did not meet. */
export function ticketProblems(run: TicketRun): string[] {
  const { expected } = run.ticket;
  const problems: string[] = [];
  if (run.error) problems.push(`could not run: ${run.error}`);
  if (expected.intent !== undefined && run.intent !== expected.intent) {
    problems.push(`intent: expected ${expected.intent}, got ${run.intent ?? 'none'}`);
  }
  if (expected.actions !== undefined) {
    const { missing, unexpected } = matchActions(
      expected.actions,
      scoredActions(expected.actions, run.actions),
    );
    for (const want of missing)
      problems.push(`missing action: ${want.tool} ${JSON.stringify(want.args ?? {})}`);
    for (const extra of unexpected) problems.push(`unexpected action: ${extra.tool} (${extra.status})`);
  }
  if (expected.escalate !== undefined && run.escalated !== expected.escalate) {
    problems.push(
      expected.escalate ? 'escalation: expected, none raised' : 'escalation: raised, not expected',
    );
  }
  for (const reason of expected.reasons ?? []) {
    if (!run.reasons.includes(reason)) problems.push(`escalation reason missing: ${reason}`);
  }
  const replies = run.replies.join('\n');
  for (const text of expected.replyIncludes ?? []) {
    if (!replies.includes(text)) problems.push(`reply lacks: ${JSON.stringify(text)}`);
  }
  if (run.policyViolations > 0) problems.push(`policy violations: ${run.policyViolations}`);
  return problems;
}

/** The failed tickets of a run, in ticket order. */
export function failuresOf(runs: readonly TicketRun[]): EvalFailure[] {
  return runs
    .map((run) => ({ id: run.ticket.id, problems: ticketProblems(run) }))
    .filter((failure) => failure.problems.length > 0);
}
