import { isToolName, tools } from '../../shared/tools';
import { statedPreferences } from '../memory/customer-memory';
import type { AgentContext } from './agent-context';
import { OUT_OF_SCOPE } from './nlu/intent-model';
import { loadIntentSpecs } from './nlu/intent-specs';
import type { Perception } from './perceive';
import { repeatFromRecords, type RepeatOf } from './repeat-contact';
import type { AgentState } from './state';

/** Intents that are an issue a customer can come back about, as their data files say. */
const issueIntents = new Set(loadIntentSpecs().flatMap((spec) => (spec.issue ? [spec.intent] : [])));

/** A customer is remembered under what they gave (email or id) and, once known, their customer id. */
const memoryKeys = (state: AgentState): string[] => [
  ...new Set([state.customerRef.trim().toLowerCase(), ...(state.customer ? [state.customer.id] : [])]),
];

/** After each run: the customer's memory learns this conversation's issue and stated preferences. */
export function rememberIssue(ctx: AgentContext, state: AgentState): void {
  if (!state.intent || !issueIntents.has(state.intent)) return;
  const issue = {
    conversationId: state.conversationId,
    intent: state.intent,
    orderId: state.order?.id ?? state.claims.orderIds[0] ?? null,
    at: ctx.now().toISOString(),
    outcome: state.mode === 'agent' ? (state.outcome ?? 'replied') : 'escalated',
    actions: ctx.actions
      .byConversation(state.conversationId)
      .filter((a) => a.status === 'executed' && isToolName(a.tool) && tools[a.tool].risk !== 'read')
      .map((a) => a.tool),
  };
  for (const key of memoryKeys(state)) {
    ctx.memory.remember(key, issue, statedPreferences(state.lastMessage), issue.at);
  }
}

/**
 * The earlier contact a message repeats, about an issue it raises (not a greeting): the issue of each
 * of its requests, or the likeliest issues of a message the model cannot place ("checking in on the
 * trail runners again").
 */
export async function repeatedIssue(
  ctx: AgentContext,
  state: AgentState,
  perception: Perception,
  withinDays: number,
): Promise<RepeatOf | null> {
  const readings = [state.intent, ...state.agenda.map((request) => request.intent)].flatMap((reading) =>
    reading === OUT_OF_SCOPE ? perception.ranking.map((r) => r.label) : [reading],
  );
  for (const issue of new Set(readings)) {
    if (!issue || !issueIntents.has(issue)) continue;
    const repeat = await previousContact(ctx, state, issue, withinDays);
    if (repeat) return repeat;
  }
  return null;
}

/**
 * An earlier contact of this customer about the same issue: a conversation in customer memory, else
 * an open ticket or a recent interaction in the records of the customer the channel verified.
 */
async function previousContact(
  ctx: AgentContext,
  state: AgentState,
  intent: string,
  withinDays: number,
): Promise<RepeatOf | null> {
  const since = new Date(ctx.now().getTime() - withinDays * 86_400_000).toISOString();
  const orderId = state.claims.orderIds[0] ?? null;
  const found = memoryKeys(state)
    .map((key) => ctx.memory.repeatOf(key, state.conversationId, intent, orderId, since))
    .find((issue) => issue !== undefined);
  if (found) return { conversationId: found.conversationId, at: found.at, intent };
  if (!state.verifiedCustomerId) return null;
  const records = await ctx.executor.contactHistory(state.verifiedCustomerId, since);
  // Interactions this app logged are its own conversations, which customer memory judged above.
  const loggedHere = (id: string) =>
    ctx.audit
      .list({ search: id })
      .some(
        (entry) =>
          entry.tool === 'crm.logInteraction' &&
          (entry.result as { interaction?: { id?: string } } | null)?.interaction?.id === id,
      );
  // The ticket this conversation came from is this contact, not an earlier one.
  const own = ctx.sourceTicket?.(state.conversationId) ?? null;
  return repeatFromRecords(intent, orderId, state.lastMessage, since, {
    openTickets: records.openTickets.filter((t) => t.id !== own),
    interactions: records.interactions.filter((i) => !loggedHere(i.id)),
  });
}
