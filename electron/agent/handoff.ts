import { fail, ok, type Result } from '../../shared/result';
import type { AgentContext } from './agent-context';
import { postMessage, recordStep, saveState, setStatus } from './record';

const noConversation = (conversationId: string) =>
  fail('not_found', `No conversation with id ${conversationId}.`, 'conversationId');

/** A rep takes the conversation: from now on the agent sends nothing on it. */
export function takeOver(ctx: AgentContext, conversationId: string): Result<null> {
  const state = ctx.states.load(conversationId);
  if (!state) return noConversation(conversationId);
  saveState(ctx, { ...state, mode: 'with_rep' });
  ctx.escalations.markTakenOver(conversationId, ctx.now().toISOString());
  recordStep(ctx, conversationId, 'escalate', 'A rep took over', {});
  setStatus(ctx, conversationId, 'with_rep');
  return ok(null);
}

/** The rep writes to the customer; only possible while the rep has the conversation. */
export function sendRepMessage(ctx: AgentContext, conversationId: string, text: string): Result<null> {
  const state = ctx.states.load(conversationId);
  if (!state) return noConversation(conversationId);
  if (state.mode !== 'with_rep')
    return fail('conflict', 'Take over the conversation before writing to the customer.', 'conversationId');
  postMessage(ctx, conversationId, 'rep', text);
  return ok(null);
}

/** The rep hands the conversation back; the agent answers the customer's next message. */
export function handBack(ctx: AgentContext, conversationId: string): Result<null> {
  const state = ctx.states.load(conversationId);
  if (!state) return noConversation(conversationId);
  if (state.mode === 'agent')
    return fail('conflict', 'The agent already has this conversation.', 'conversationId');
  saveState(ctx, {
    ...state,
    mode: 'agent',
    lowConfidenceTurns: 0,
    toolFailures: 0,
    unavailableSystem: null,
    repeatOf: null,
    triggers: [],
    // Waiting for the customer's next message, not a run under way.
    outcome: 'replied',
  });
  ctx.escalations.markHandedBack(conversationId, ctx.now().toISOString());
  recordStep(ctx, conversationId, 'escalate', 'Handed back to the agent', {});
  setStatus(ctx, conversationId, 'agent_handling');
  return ok(null);
}
