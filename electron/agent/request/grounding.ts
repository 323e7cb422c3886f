import type { AgentState } from '../state';
import { addressOnFile, orderByCity } from './addresses-on-file';
import { mentionScore, orderByProduct, productName, saidWords } from './product-mentions';

/**
 * Whether a change acts on what the customer's own words point to in their verified records, and on
 * what evidence. A target the agent picked by itself (the late one among several, every item of an
 * order) is not grounded: the customer is asked instead.
 */
export interface Grounding {
  grounded: boolean;
  /** What each slot was grounded from, for the timeline ("order O-1 because the customer named the lamp"). */
  because: string[];
  /** The slot that is not grounded, when one is not. */
  missing?: 'order' | 'items' | 'address' | 'amount';
}

// "My last order", "the order I just placed".
export const MOST_RECENT =
  /\b(?:most\s+recent(?:ly)?|latest|last|newest|just\s+(?:placed|made|bought|ordered))\b[^.?!]{0,25}\b(?:order|purchase)|\b(?:order|purchase)\s+(?:that\s+|which\s+)?I\s+(?:just|last|most\s+recently)\s+(?:placed|made)\b/i;

// "Return my order", "everything", "the whole order", "both of them": every item is meant.
const WHOLE_ORDER =
  /\b(?:(?:my|the|this|that)\s+(?:whole\s+|entire\s+)?order|everything|all\s+(?:of\s+)?(?:it|them|the\s+items|items|my\s+items|the\s+stuff)|all\s+\w+\s+items|the\s+(?:whole|entire|full)\s+(?:order|thing|lot)|whole\s+order|entire\s+order|both(?:\s+of\s+them|\s+items)?)\b/i;

/** The order states a change of each tool can act on, to tell the only order it could mean. */
export const actionableStatuses: Record<string, readonly string[]> = {
  'orders.cancel': ['pending', 'processing'],
  'orders.updateAddress': ['pending', 'processing'],
  'orders.return': ['delivered'],
  'orders.exchange': ['delivered'],
  'payments.refund': ['delivered', 'shipped'],
};

const said = (state: AgentState) => state.said.join('\n');

/** Why the order a change acts on is the one the customer means, or null when nothing they said says so. */
function orderEvidence(state: AgentState, tool: string, orderId: string): string | null {
  if (state.claims.orderIds.includes(orderId)) return `order ${orderId} because the customer gave its number`;
  const candidates = (state.candidateOrders ?? []).filter((o) => !state.otherThan.includes(o.id));
  const order = state.order?.id === orderId ? state.order : null;
  const words = saidWords(state.said);
  const named = order?.items.find((item) => mentionScore(item.name, words) > 0);
  if (named && (candidates.length === 0 || orderByProduct(candidates, state.said) === orderId))
    return `order ${orderId} because the customer named the ${productName(named.name).toLowerCase()}`;
  if (state.offTargets.length > 0) return null;
  const fitting = candidates.filter((o) => (actionableStatuses[tool] ?? []).includes(o.status));
  if (fitting.length === 1 && fitting[0]!.id === orderId)
    return `order ${orderId} because it is the customer's only ${fitting[0]!.status} order`;
  if (MOST_RECENT.test(said(state))) {
    const newest = [...fitting].sort((a, b) => b.placedAt.localeCompare(a.placedAt))[0];
    if (newest?.id === orderId) return `order ${orderId} because the customer meant their most recent order`;
  }
  if (orderByCity(fitting, state) === orderId)
    return `order ${orderId} because the customer named the city it ships to`;
  return null;
}

/** Why these items of the order are the ones meant: named, all said, or the order holds only them. */
function itemsEvidence(state: AgentState, skus: readonly string[]): string | null {
  const order = state.order;
  if (!order) return null;
  const whole = skus.length >= order.items.length;
  if (order.items.length === 1) return `the only item of order ${order.id}`;
  if (whole && WHOLE_ORDER.test(said(state))) return 'every item, as the customer said';
  const words = saidWords(state.said);
  // "Return order O-1" names the order itself: all of it, unless they named some of its items.
  if (
    whole &&
    state.claims.orderIds.includes(order.id) &&
    !order.items.some((item) => mentionScore(item.name, words) > 0)
  )
    return `all of order ${order.id}, which the customer named`;
  const chosen = order.items.filter((item) => skus.includes(item.sku));
  if (chosen.every((item) => mentionScore(item.name, words) > 0))
    return `the ${chosen.map((i) => productName(i.name).toLowerCase()).join(', ')}, named by the customer`;
  return null;
}

const skusOf = (items: unknown): string[] =>
  Array.isArray(items)
    ? items.flatMap((i) => (i && typeof i === 'object' && 'sku' in i ? [String(i.sku)] : []))
    : [];

/** The grounding of one proposed change, slot by slot. */
export function groundingOf(tool: string, args: Record<string, unknown>, state: AgentState): Grounding {
  const because: string[] = [];
  const fail = (missing: Grounding['missing']): Grounding => ({ grounded: false, because, missing });
  if (typeof args.orderId === 'string') {
    const order = orderEvidence(state, tool, args.orderId);
    if (!order) return fail('order');
    because.push(order);
  }
  if (tool === 'orders.return' || tool === 'orders.exchange') {
    const items = itemsEvidence(state, skusOf(args.items));
    if (!items) return fail('items');
    because.push(items);
  }
  if (tool === 'payments.refund') {
    const returned = state.done.some((d) => d.tool === 'orders.return' && d.ok);
    const words = saidWords(state.said);
    const named = state.order?.items.filter((item) => mentionScore(item.name, words) > 0) ?? [];
    const meant = named.length > 0 ? named : (state.order?.items ?? []);
    const items = returned
      ? 'the items returned'
      : itemsEvidence(
          state,
          meant.map((i) => i.sku),
        );
    const demanded = state.claims.amounts.includes(Number(args.amount));
    if (!items && !demanded) return fail('amount');
    because.push(demanded ? `the amount the customer asked for` : `the price of ${items}`);
  }
  if (tool === 'orders.updateAddress') {
    if (state.claims.address) because.push('the address the customer wrote');
    else if (addressOnFile(state)) because.push('the address on file in the city the customer named');
    else return fail('address');
  }
  return { grounded: true, because };
}
