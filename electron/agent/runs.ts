import type { RunReport } from '../../shared/agent';
import type { Message } from '../../shared/domain';
import type { AgentContext } from './agent-context';
import { askForCsat } from './csat';
import { rememberIssue } from './issue-memory';
import { runLoop } from './loop';
import { reconcile } from './reconcile';
import { announceConversation, saveState } from './record';
import { buildReport } from './run-report';
import type { AgentState } from './state';

/** Runs the loop on a perceived customer message; the customer's memory learns from the run. */
export async function runTurn(ctx: AgentContext, state: AgentState): Promise<RunReport> {
  const ended = await runLoop(ctx, state);
  rememberIssue(ctx, ended);
  // The report keeps the closing message as its reply; the CSAT question follows it.
  const report = buildReport(ctx, ended);
  askForCsat(ctx, ended);
  return report;
}

/** Goes on with a run a rep's decision or a restart interrupted (unless a human has the conversation). */
export async function resume(ctx: AgentContext, state: AgentState): Promise<void> {
  // A cleared outcome marks the run as under way, so a crash before its end is resumed on restart.
  const running = state.mode === 'agent' ? { ...state, outcome: null } : state;
  saveState(ctx, running);
  if (running.mode === 'agent') {
    const ended = await runLoop(ctx, running);
    rememberIssue(ctx, ended);
    askForCsat(ctx, ended);
  } else announceConversation(ctx, state.conversationId);
}

/**
 * Conversations a restart may have cut short: a run under way, an action decided while its run waited,
 * or an action approved but not yet run.
 */
export function interruptedConversations(ctx: AgentContext): Set<string> {
  return new Set([
    ...ctx.states
      .maybeInterrupted()
      .filter(
        (s) => s.outcome === null || ctx.actions.get(s.pendingActionId ?? '')?.status !== 'pending_approval',
      )
      .map((s) => s.conversationId),
    ...ctx.actions.byStatus('approved').map((a) => a.conversationId),
  ]);
}

/** Settles what really happened in an interrupted conversation (see reconcile), then goes on with its run. */
export async function continueInterrupted(ctx: AgentContext, conversationId: string): Promise<void> {
  const current = ctx.states.load(conversationId);
  if (!current) return;
  const next = await reconcile(ctx, current);
  if (next.mode === 'agent' && (next.outcome === null || next !== current)) await resume(ctx, next);
  else if (next !== current) saveState(ctx, next);
}

/** Customer messages stored but never perceived (a crash right after they arrived), in order. */
export function unperceivedMessages(ctx: AgentContext, conversationId: string): Message[] {
  const state = ctx.states.load(conversationId);
  // States from before messages were tracked have no mark; their messages were all perceived.
  if (state && state.handledMessageId === null && state.turn > 0) return [];
  return ctx.conversations.customerMessagesAfter(conversationId, state?.handledMessageId ?? null);
}
