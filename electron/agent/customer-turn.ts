import type { RunReport } from '../../shared/agent';
import type { AgentContext } from './agent-context';
import { recordCsatReply } from './csat';
import type { IdentityGuard } from './identity/identity-guard';
import { repeatedIssue } from './issue-memory';
import type { Perception } from './perceive';
import { perceiveTurn, repeatContactWindow, withRepeatContact, type Turn } from './perceive-turn';
import { recordStep, saveState, setStatus } from './record';
import { buildReport } from './run-report';
import { runTurn } from './runs';
import { initialState, type AgentState } from './state';

/** Perceives a customer message that is already stored, then runs the loop (unless a human has it). */
export async function handleCustomerMessage(
  ctx: AgentContext,
  identity: IdentityGuard,
  conversationId: string,
  message: { id: string; text: string },
): Promise<RunReport> {
  const conversation = ctx.conversations.get(conversationId);
  if (!conversation) throw new Error(`No conversation ${conversationId}`);
  const state = ctx.states.load(conversationId) ?? initialState(conversationId, conversation.customer);
  // Perceived already (a restart picked it up while it was also being handled): nothing to add.
  if (state.handledMessageId && ctx.conversations.isAtOrBefore(message.id, state.handledMessageId))
    return buildReport(ctx, state);
  const scored = recordCsatReply(ctx, conversation, state, message);
  if (scored) return buildReport(ctx, scored);
  // Who the customer is comes from the channel, once; a one-time code may bind another account later.
  const verified = await identity.bindChannel(conversationId, conversation.customer);
  const perceived = await perceiveMessage(ctx, { ...state, verifiedCustomerId: verified }, message);
  if (perceived.state.mode !== 'agent') {
    // A human has this conversation: the agent stays silent and only keeps its notes current.
    saveState(ctx, perceived.state);
    return buildReport(ctx, perceived.state);
  }
  const screened = await identity.screen(perceived.state, message.text, perceived.perception.entities);
  if (screened.kind === 'answered') return buildReport(ctx, screened.state);
  if (conversation.status === 'resolved') setStatus(ctx, conversationId, 'agent_handling');
  return runTurn(ctx, screened.state);
}

/** Reads a customer message into the conversation's state, and records and saves what was read. */
export async function perceiveMessage(
  ctx: AgentContext,
  previous: AgentState,
  message: { id: string; text: string },
): Promise<{ state: AgentState; perception: Perception }> {
  const now = ctx.now();
  const turn: Turn = {
    message,
    perception: ctx.perceive(message.text, now),
    perceivePart: (part) => ctx.perceive(part, now),
    policy: ctx.policy(),
  };
  const { perception } = turn;
  const read = perceiveTurn(previous, turn);
  let state = read.state;
  const withinDays = repeatContactWindow(previous, turn);
  const repeat = withinDays === null ? null : await repeatedIssue(ctx, state, perception, withinDays);
  if (repeat) state = withRepeatContact(state, turn, repeat);
  ctx.conversations.setInsights(state.conversationId, {
    intent: read.intent,
    sentiment: perception.sentiment,
    customerId: state.customer?.id ?? null,
  });
  recordStep(
    ctx,
    state.conversationId,
    'perceive',
    `${read.intent ?? 'unknown'} (${Math.round(read.confidence * 100)}%), sentiment ${perception.sentiment.toFixed(2)}`,
    {
      intent: read.intent,
      confidence: read.confidence,
      ranking: perception.ranking,
      sentiment: perception.sentiment,
      flags: perception.flags,
      language: perception.language ?? null,
      entities: perception.entities,
      requested: state.requested,
      offTargets: state.offTargets,
    },
  );
  saveState(ctx, state);
  return { state, perception };
}
