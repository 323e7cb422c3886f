import type { EscalationReason } from '../../shared/agent';
import type { AgentContext } from './agent-context';
import { buildBriefing } from './briefing';
import { customerLanguage, handoverReply } from './handover-reply';
import { postMessage, recordStep, saveState, setStatus } from './record';
import type { AgentState } from './state';

/**
 * Hands the conversation to a rep with reasons and a briefing built from the audit log. The customer
 * is told (never a silent handoff), and from here on the agent sends nothing until handed back.
 */
export function escalate(
  ctx: AgentContext,
  state: AgentState,
  reasons: EscalationReason[],
  rule: string,
): AgentState {
  const conversationId = state.conversationId;
  const unique = [...new Set(reasons)];
  const briefing = buildBriefing({
    state,
    reasons: unique,
    messages: ctx.conversations.messages(conversationId),
    audit: ctx.audit.list({ conversationId }),
    actions: ctx.actions.byConversation(conversationId),
    memory: state.customer
      ? (ctx.memory.get(state.customer.id) ?? null)
      : (ctx.memory.get(state.customerRef.trim().toLowerCase()) ?? null),
  });
  const escalation = { reasons: unique, briefing };
  ctx.escalations.add(conversationId, escalation, ctx.now().toISOString());
  recordStep(ctx, conversationId, 'escalate', `Escalated: ${unique.join(', ')}`, { reasons: unique, rule });
  postMessage(
    ctx,
    conversationId,
    'agent',
    handoverReply(
      customerLanguage(state.said),
      unique.includes('repeat_contact') ? state.repeatOf : null,
      unique.includes('system_unavailable'),
    ),
    state.runKey,
  );
  const next: AgentState = { ...state, mode: 'escalated', outcome: 'escalated', awaitingConfirmation: null };
  saveState(ctx, next);
  setStatus(ctx, conversationId, 'escalated');
  ctx.bus.emit('escalation.raised', { conversationId, ...escalation });
  return next;
}
