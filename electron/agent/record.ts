import { randomUUID } from 'node:crypto';
import type { StepKind } from '../../shared/agent';
import type { ConversationStatus, MessageRole } from '../../shared/domain';
import type { AgentContext } from './agent-context';
import type { AgentState } from './state';

/** Persistence and events of the loop: every step is saved and pushed as it happens. */

export function recordStep(
  ctx: AgentContext,
  conversationId: string,
  kind: StepKind,
  summary: string,
  data: Record<string, unknown>,
): void {
  const step = ctx.steps.append({ conversationId, at: ctx.now().toISOString(), kind, summary, data });
  ctx.bus.emit('agent.step', step);
}

export function saveState(ctx: AgentContext, state: AgentState): void {
  ctx.states.save(state, ctx.now().toISOString());
}

export function setStatus(ctx: AgentContext, conversationId: string, status: ConversationStatus): void {
  ctx.conversations.setStatus(conversationId, status, ctx.now().toISOString());
  announceConversation(ctx, conversationId);
}

export function announceConversation(ctx: AgentContext, conversationId: string): void {
  const summary = ctx.conversations.get(conversationId);
  if (summary) ctx.bus.emit('conversation.updated', summary);
}

/**
 * Posts a message. The agent's messages carry the key of the run that wrote them (`runKey`): a run
 * resumed after a crash cannot post its message twice, so each customer message gets one reply.
 */
export function postMessage(
  ctx: AgentContext,
  conversationId: string,
  role: MessageRole,
  text: string,
  runKey?: string,
): void {
  const message = { id: randomUUID(), conversationId, role, text, at: ctx.now().toISOString() };
  if (!ctx.conversations.addMessage({ ...message, ...(runKey ? { runKey } : {}) })) return;
  ctx.bus.emit('message.added', message);
  announceConversation(ctx, conversationId);
}

export function announceAction(ctx: AgentContext, actionId: string): void {
  const action = ctx.actions.get(actionId);
  if (action) ctx.bus.emit('action.updated', action);
}
