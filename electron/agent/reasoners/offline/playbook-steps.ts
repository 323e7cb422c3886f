import type { ToolName } from '../../../../shared/tools';
import type { Decision } from '../../decision';
import type { AgentState } from '../../state';
import { orderByCity } from './addresses-on-file';
import { orderByProduct } from './product-mentions';
import { replies } from './replies';

/** Shared building blocks of the per-intent playbooks. Each returns the next decision, or null when its part is done. */

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

/** Ways to look the customer up, from what they gave: their handle, emails, and a name with a zip code. */
function lookups(state: AgentState): Record<string, string>[] {
  // One token with digits or underscores is an account id ("cus_0042", "mei_kovacs_8020"); words are a name.
  const byRef = (ref: string): Record<string, string> =>
    ref.includes('@')
      ? { email: ref }
      : /^\S+$/.test(ref) && /[_\d]/.test(ref)
        ? { customerId: ref }
        : { name: ref };
  const names = [...state.claims.names, ...('name' in byRef(state.customerRef) ? [state.customerRef] : [])];
  return [
    byRef(state.customerRef),
    ...state.claims.emails.map((email) => ({ email })),
    ...(state.claims.zip ? names.map((name) => ({ name, zip: state.claims.zip! })) : []),
  ];
}

/** Identify the customer from what they gave (email or id), then load their profile (tier, history). */
export function identify(state: AgentState): Decision | null {
  if (!state.customer) {
    const untried = lookups(state).find(
      (args) =>
        !state.done.some(
          (d) => d.tool === 'crm.findCustomer' && d.summary.endsWith(`for ${Object.values(args).join(' ')}`),
        ),
    );
    if (!untried)
      return say(state, 'clarify', replies.whoAreYou(), 'No account matches what the customer gave.');
    return tool(
      state,
      'crm.findCustomer',
      untried,
      `Identify the customer from ${Object.values(untried).join(', ')}.`,
    );
  }
  if (!done(state, 'crm.getCustomer', 'ever')) {
    return tool(
      state,
      'crm.getCustomer',
      { customerId: state.customer.id },
      'Load the customer profile, tier and recent contacts.',
    );
  }
  return null;
}

/** Find the order in question: the one they named, else the single recent order in a fitting state. */
export function findOrder(state: AgentState, fitting: readonly string[]): Decision | null {
  const named = state.claims.orderIds[0];
  if (named && state.order?.id !== named) {
    if (
      state.done.some(
        (d) =>
          d.tool === 'orders.get' &&
          d.code === 'not_found' &&
          d.turn === state.turn &&
          d.summary.includes(named),
      )
    ) {
      return say(state, 'clarify', replies.noMatchingOrder(), `Order ${named} was not found.`);
    }
    return tool(state, 'orders.get', { orderId: named }, `Look up order ${named} that the customer named.`);
  }
  if (state.order) return null;
  if (!state.candidateOrders) {
    return tool(
      state,
      'orders.list',
      { customerId: state.customer!.id, limit: 20 },
      'List the customer’s orders to find the one in question.',
    );
  }
  const candidates = state.candidateOrders.filter((o) => fitting.includes(o.status));
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
  const holding = orderByProduct(candidates, state.said);
  if (holding) {
    return tool(
      state,
      'orders.get',
      { orderId: holding },
      `Order ${holding} holds the products the customer named.`,
    );
  }
  const goingTo = orderByCity(candidates, state);
  if (goingTo) {
    return tool(
      state,
      'orders.get',
      { orderId: goingTo },
      `Order ${goingTo} ships to the city the customer named.`,
    );
  }
  return say(
    state,
    'clarify',
    replies.whichOrder({ ...state, candidateOrders: candidates }),
    'Several orders could be meant.',
  );
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
