import type { Decision } from '../../../decision';
import { asksAboutDelivery } from '../../../request/delivery-questions';
import { orderByProduct } from '../../../request/product-mentions';
import type { AgentState } from '../../../state';
import { done, firstOf, identify, say, tool, type Playbook } from '../playbook-steps';
import { replies } from '../replies';
import { deliveryDelay } from './delivery';

/** Look the customer's words up in the help center, once per turn. */
export const searchHelpCenter = (state: AgentState, rationale: string): Decision | null =>
  done(state, 'kb.search')
    ? null
    : tool(state, 'kb.search', { query: state.lastMessage.slice(0, 300), limit: 3 }, rationale);

export const fromKnowledgeBase: Playbook = (state) =>
  searchHelpCenter(state, 'Look the question up in the knowledge base.') ??
  (state.kbCitations.length > 0
    ? say(
        state,
        'reply',
        replies.fromKnowledgeBase(state),
        `Answer from the knowledge base, citing ${state.kbCitations[0]!.id}.`,
      )
    : say(state, 'clarify', replies.unclear(), 'The knowledge base has nothing on this.'));

/** The customer's orders, listed once, to tell which of them a message is about. */
const listOrders = (s: AgentState): Decision | null =>
  s.candidateOrders
    ? null
    : tool(s, 'orders.list', { customerId: s.customer!.id, limit: 20 }, 'List the customer’s orders.');

/**
 * A product question the help center has nothing on that asks where the product is, about a product of
 * one of the customer's orders ("is the lamp coming this week?"): it is about that order.
 */
export const productQuestion: Playbook = (state, policy) => {
  const searched = searchHelpCenter(state, 'Look the question up in the knowledge base.');
  if (
    searched ||
    state.kbCitations.length > 0 ||
    !state.verifiedCustomerId ||
    !asksAboutDelivery(state.lastMessage)
  )
    return fromKnowledgeBase(state, policy);
  return (
    firstOf(state, identify, listOrders) ??
    (orderByProduct(state.candidateOrders!, state.said)
      ? deliveryDelay(state, policy)
      : fromKnowledgeBase(state, policy))
  );
};

/**
 * A question about the shop's rules, told by its wording ("how much is delivery?", "do u take amex"):
 * understood whatever the intent model made of it, so it is looked up rather than asked about again.
 */
export const policyAnswer: Playbook = (state, policy) =>
  fromKnowledgeBase({ ...state, confidence: 1 }, policy);
