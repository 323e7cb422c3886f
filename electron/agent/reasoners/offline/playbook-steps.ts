import type { Policy } from '../../../../shared/policy';
import type { ToolName } from '../../../../shared/tools';
import type { Decision } from '../../decision';
import type { AgentState } from '../../state';
import { orderByCity } from '../../request/addresses-on-file';
import { mentionScore, orderByProduct, productName, saidWords } from '../../request/product-mentions';
import { MOST_RECENT } from '../../request/grounding';
import { replies } from './replies';

/** Shared building blocks of the per-intent playbooks. Each returns the next decision, or null when its part is done. */

/** A playbook acts on the verified state; every amount and limit it needs comes from the policy in force. */
export type Playbook = (state: AgentState, policy: Policy) => Decision;

export const confidenceOf = (state: AgentState) => state.confidence ?? 0;

export const tool = (
  state: AgentState,
  name: ToolName,
  args: Record<string, unknown>,
  rationale: string,
): Decision => ({
  kind: 'tool',
  tool: name,
  args,
  rationale,
  confidence: confidenceOf(state),
});

export const say = (
  state: AgentState,
  kind: 'reply' | 'clarify' | 'resolve',
  text: string,
  rationale: string,
): Decision => ({
  kind,
  text,
  rationale,
  confidence: confidenceOf(state),
});

/** Runs steps in order; the first that has something left to do decides. */
export function firstOf(
  state: AgentState,
  ...steps: ((s: AgentState) => Decision | null)[]
): Decision | null {
  for (const step of steps) {
    const decision = step(state);
    if (decision) return decision;
  }
  return null;
}

/** Ran successfully in this turn (reads), or ever in this conversation (changes, which never repeat). */
export function done(state: AgentState, name: ToolName, scope: 'turn' | 'ever' = 'turn'): boolean {
  return state.done.some((d) => d.tool === name && d.ok && (scope === 'ever' || d.turn === state.turn));
}

export const refused = (state: AgentState, name: ToolName) => state.refusals.some((r) => r.tool === name);

/**
 * Load the verified customer's profile (tier, history). Who they are comes from the channel or a
 * one-time code, never from what they write: with nobody verified, ask for the account's email (a
 * one-time code to it follows).
 */
export function identify(state: AgentState): Decision | null {
  if (state.customer) return null;
  if (!state.verifiedCustomerId)
    return say(state, 'clarify', replies.whoAreYou(), 'Nobody is verified in this conversation yet.');
  return tool(
    state,
    'crm.getCustomer',
    { customerId: state.verifiedCustomerId },
    'Load the customer profile, tier and recent contacts.',
  );
}

const lookedUp = (state: AgentState, orderId: string) =>
  state.done.some((d) => d.tool === 'orders.get' && d.ok && d.orderId === orderId);

/**
 * Find the order in question: the one they named; else the one holding the product they named (in any
 * state); else, among their orders in a fitting state, the only one, their most recent when they say so,
 * or the one shipping to the city they named. A named order they were unsure of ("I think it's #W…"), in the wrong state
 * and without the product they named, gives way to the order that holds the product.
 */
export function findOrder(state: AgentState, fitting: readonly string[]): Decision | null {
  const named = state.claims.orderIds[0];
  if (named && state.order?.id !== named && !(state.order && lookedUp(state, named))) {
    if (
      state.done.some(
        (d) =>
          d.tool === 'orders.get' && d.code === 'not_found' && d.turn === state.turn && d.orderId === named,
      )
    ) {
      return say(state, 'clarify', replies.noMatchingOrder(), `Order ${named} was not found.`);
    }
    return tool(state, 'orders.get', { orderId: named }, `Look up order ${named} that the customer named.`);
  }
  if (state.order) return wrongGuess(state, fitting);
  if (!state.candidateOrders) {
    return tool(
      state,
      'orders.list',
      { customerId: state.customer!.id, limit: 20 },
      'List the customer’s orders to find the one in question.',
    );
  }
  // The product they named says which order, whatever its state: a request about the lamp is never
  // carried out on another order that happens to be in a fitting state.
  const mine = state.candidateOrders.filter((o) => !state.otherThan.includes(o.id));
  const holding = orderByProduct(mine, state.said);
  if (holding)
    return tool(
      state,
      'orders.get',
      { orderId: holding },
      `Order ${holding} holds ${namedProducts(state, holding)}, which the customer named.`,
    );
  // A product they named that fits several orders: those orders are the candidates, never another one.
  const words = saidWords(state.said);
  const naming = mine.filter((o) => o.items.some((item) => mentionScore(item, words) > 0));
  const candidates = (naming.length > 0 ? naming : mine).filter((o) => fitting.includes(o.status));
  if (naming.length > 0 && candidates.length === 0)
    return say(
      state,
      'clarify',
      replies.whichOrder({ ...state, candidateOrders: naming }),
      'The product named is in several orders.',
    );
  if (candidates.length === 1) {
    return tool(
      state,
      'orders.get',
      { orderId: candidates[0]!.id },
      `Order ${candidates[0]!.id} is the only ${fitting.join('/')} order.`,
    );
  }
  if (candidates.length === 0)
    return say(state, 'clarify', replies.noMatchingOrder(), `No ${fitting.join('/')} order on the account.`);
  const newest = () => [...candidates].sort((a, b) => b.placedAt.localeCompare(a.placedAt))[0]!.id;
  const [chosen, why] =
    (
      [
        [MOST_RECENT.test(state.said.join('\n')) ? newest() : null, 'is the most recent'],
        [orderByCity(candidates, state), 'ships to the city the customer named'],
      ] as const
    ).find(([id]) => id !== null) ?? [];
  if (chosen) return tool(state, 'orders.get', { orderId: chosen }, `Order ${chosen} ${why}.`);
  return say(
    state,
    'clarify',
    replies.whichOrder({ ...state, candidateOrders: candidates }),
    'Several orders could be meant.',
  );
}

/** The products of an order the customer named, in their words' order of the order's items. */
function namedProducts(state: AgentState, orderId: string): string {
  const words = saidWords(state.said);
  const items = state.candidateOrders?.find((o) => o.id === orderId)?.items ?? [];
  const named = items.filter((item) => mentionScore(item, words) > 0).map((item) => productName(item));
  return named.length > 0 ? `the ${named.join(', ').toLowerCase()}` : 'the products';
}

// "I think it's #W…", "not 100% sure": the customer is guessing the order number.
const HEDGED = /\b(?:i\s+think|i\s+guess|not\s+(?:100%\s+)?sure|maybe|might\s+be|probably|i\s+believe)\b/i;

/**
 * The order the customer guessed cannot be meant (wrong state, none of the products they named): find the
 * one that holds those products.
 */
function wrongGuess(state: AgentState, fitting: readonly string[]): Decision | null {
  const order = state.order!;
  const words = saidWords(state.said);
  const namesProduct = (items: readonly string[]) => items.some((item) => mentionScore(item, words) > 0);
  if (
    fitting.includes(order.status) ||
    !HEDGED.test(state.said.join('\n')) ||
    namesProduct(order.items.map((i) => i.name))
  )
    return null;
  if (!state.candidateOrders) {
    return tool(
      state,
      'orders.list',
      { customerId: state.customer!.id, limit: 20 },
      `Order ${order.id} is ${order.status} and holds none of the products named: look for the one that does.`,
    );
  }
  const others = state.candidateOrders.filter((o) => o.id !== order.id && fitting.includes(o.status));
  const holding = orderByProduct(others, state.said);
  return holding
    ? tool(
        state,
        'orders.get',
        { orderId: holding },
        `Order ${holding} holds the products the customer named.`,
      )
    : null;
}

/** Log the contact in the CRM once per turn, before closing out. */
export function logContact(state: AgentState, topic: string, outcome: string): Decision | null {
  if (done(state, 'crm.logInteraction') || !state.customer) return null;
  const summary = state.done
    .filter((d) => d.turn === state.turn && d.ok && d.tool !== 'crm.logInteraction')
    .map((d) => `${d.tool}: ${d.summary}`)
    .join('; ');
  return tool(
    state,
    'crm.logInteraction',
    {
      customerId: state.customer.id,
      channel: 'chat',
      topic,
      summary: `Customer wrote: "${state.lastMessage.slice(0, 300)}". Agent: ${summary || 'answered'}.`,
      outcome,
    },
    'Record the contact in the CRM.',
  );
}

/** The customer's own words for what they asked in this conversation, as a change's stated reason. */
export const requestInWords = (s: AgentState) => s.said.join(' / ').slice(0, 200);
