import type { AgentContext } from './agent-context';
import { nextRequest } from './agenda';
import type { Decision } from './decision';
import { describeAction } from './describe-action';
import { replies } from './reasoners/offline/replies';
import { postMessage, saveState, setStatus } from './record';
import type { AgentState } from './state';

type Said = { text: string; kind: 'reply' | 'clarify' | 'resolve' };

/**
 * Answers the request under way. With more requests of the message left, the answer waits and the loop
 * goes on to the next; the last one sends every answer in one message, ending as its weakest part.
 */
function answer(
  ctx: AgentContext,
  state: AgentState,
  said: Said,
  awaitingConfirmation: AgentState['awaitingConfirmation'],
): { state: AgentState; ended: boolean } {
  const following = nextRequest(state, said.text, said.kind);
  if (following) {
    saveState(ctx, following);
    return { state: following, ended: false };
  }
  const parts = [...state.answered, said];
  postMessage(ctx, state.conversationId, 'agent', parts.map((p) => p.text).join('\n\n'), state.runKey);
  // While an action waits for a rep, the conversation is not over, whatever the reply says.
  const outcome = state.pendingActionId
    ? 'awaiting_approval'
    : parts.some((p) => p.kind === 'clarify')
      ? 'clarifying'
      : parts.every((p) => p.kind === 'resolve')
        ? 'resolved'
        : 'replied';
  const next: AgentState = { ...state, outcome, awaitingConfirmation };
  saveState(ctx, next);
  setStatus(
    ctx,
    state.conversationId,
    state.pendingActionId ? 'needs_approval' : outcome === 'resolved' ? 'resolved' : 'agent_handling',
  );
  return { state: next, ended: true };
}

/** Sends the reasoner's reply, question or closing message. */
export const speak = (
  ctx: AgentContext,
  state: AgentState,
  decision: Extract<Decision, { kind: 'reply' | 'clarify' | 'resolve' }>,
) => answer(ctx, state, { text: decision.text, kind: decision.kind }, null);

/** Below the act threshold the agent confirms a change, or asks what is meant, instead of acting. */
export function ask(ctx: AgentContext, state: AgentState, decision: Decision) {
  const confirmable =
    decision.kind === 'tool' && (ctx.executor.describe(decision.tool)?.risk ?? 'write') !== 'read';
  const question = confirmable
    ? replies.confirm(decision.confirmFirst ?? describeAction(decision.tool, decision.args))
    : decision.kind === 'clarify'
      ? decision.text
      : replies.unclear();
  return answer(
    ctx,
    state,
    { text: question, kind: 'clarify' },
    confirmable ? { tool: decision.tool, args: decision.args } : null,
  );
}
