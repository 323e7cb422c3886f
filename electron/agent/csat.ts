import type { ConversationSummary } from '../../shared/domain';
import { csatQuestion, parseCsatReply } from '../outcomes/csat-question';
import type { AgentContext } from './agent-context';
import { postMessage, saveState } from './record';
import type { AgentState } from './state';

/** After the agent resolves a chat, it asks the customer how it went. */
export function askForCsat(ctx: AgentContext, ended: AgentState): void {
  if (ended.mode !== 'agent' || ended.outcome !== 'resolved') return;
  if (ctx.conversations.get(ended.conversationId)?.channel !== 'chat') return;
  postMessage(ctx, ended.conversationId, 'agent', csatQuestion(), `${ended.runKey}:csat`);
}

/**
 * A bare 1–5 after the agent resolved is the answer to the CSAT question, not a new request: it is
 * recorded and the message marked handled. Null when the message is no such answer.
 */
export function recordCsatReply(
  ctx: AgentContext,
  conversation: ConversationSummary,
  state: AgentState,
  message: { id: string; text: string },
): AgentState | null {
  const score = conversation.status === 'resolved' ? parseCsatReply(message.text) : null;
  if (score === null) return null;
  const recorded = ctx.outcomes.recordCsat(conversation.id, score, 'customer');
  if (!recorded.ok) throw new Error(recorded.error.message);
  const handled = { ...state, handledMessageId: message.id };
  saveState(ctx, handled);
  return handled;
}
