import { performance } from 'node:perf_hooks';
import type { RunReport } from '../../shared/agent';
import type { App } from '../app';
import { countPolicyViolations } from './policy-violations';
import type { TicketRun } from './ticket-run';
import type { EvalTicket } from './tickets-file';

/**
 * Plays one ticket's messages, in order, as one conversation with the agent and gathers what it did.
 * A customer the sandbox does not know, or any other refusal, is recorded on the run, not thrown.
 */
export async function replayTicket(app: App, ticket: EvalTicket): Promise<TicketRun> {
  const started = performance.now();
  const reports: RunReport[] = [];
  let conversationId: string | undefined;
  let error: string | null = null;
  for (const text of ticket.messages) {
    const posted = app.conversations.postCustomerMessage({ customer: ticket.customer, text, conversationId });
    if (!posted.ok) {
      error = posted.error.message;
      break;
    }
    conversationId = posted.value.conversation.id;
    reports.push(await app.agent.handleCustomerMessage(conversationId, posted.value.message));
  }
  const latencyMs = performance.now() - started;
  // A report covers the whole conversation so far, so the last one holds every action and step.
  const last = reports.at(-1);
  const audit = conversationId ? app.tools.audit.list({ conversationId, limit: 100_000 }) : [];
  return {
    ticket,
    intent: reports.find((r) => r.intent !== null)?.intent ?? null,
    escalated: reports.some((r) => r.escalation !== null),
    reasons: [...new Set(reports.flatMap((r) => r.escalation?.reasons ?? []))],
    replies: reports.flatMap((r) => (r.reply === null ? [] : [r.reply])),
    actions: (last?.actions ?? []).map((a) => ({
      tool: a.tool,
      args: (a.args ?? {}) as Record<string, unknown>,
      status: a.status,
    })),
    clarifications: reports.filter((r) => r.outcome === 'clarifying').length,
    policyViolations: countPolicyViolations(audit, app.policy.current()),
    latencyMs,
    steps: last?.steps ?? [],
    error,
  };
}

/** Replays tickets one after another, each on a fresh app from `freshApp`, reporting progress after each. */
export async function replayTickets(
  tickets: readonly EvalTicket[],
  freshApp: () => App,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<TicketRun[]> {
  const runs: TicketRun[] = [];
  for (const ticket of tickets) {
    const app = freshApp();
    try {
      runs.push(await replayTicket(app, ticket));
    } finally {
      await app.close();
    }
    onProgress(runs.length, tickets.length);
  }
  return runs;
}
