import { lateDeliveryCredit } from '../../../../policy/goodwill';
import type { Decision } from '../../../decision';
import { mentionScore, saidWords } from '../../../request/product-mentions';
import type { AgentState } from '../../../state';
import {
  done,
  findOrder,
  firstOf,
  identify,
  logContact,
  refused,
  say,
  tool,
  type Playbook,
} from '../playbook-steps';
import { replies } from '../replies';

/** The carrier was asked about this order already: it answered with a parcel, or with none yet. */
export const trackedAlready = (state: AgentState, orderId: string) =>
  state.tracked[orderId] !== undefined || state.untracked.includes(orderId);

/** Several parcels on the way and no order named: track them all (reads are cheap) and focus on the one that is late. */
function findLateAmongShipped(state: AgentState): Decision | null {
  if (state.order || state.claims.orderIds.length > 0 || !state.candidateOrders) return null;
  // "Any news on the cushions?" is about the order that holds them, late or not; a product name that
  // fits several orders is asked about, never settled by picking the late one.
  const words = saidWords(state.said);
  if (state.candidateOrders.some((o) => o.items.some((item) => mentionScore(item, words) > 0))) return null;
  const shipped = state.candidateOrders.filter((o) => o.status === 'shipped').slice(0, 5);
  if (shipped.length < 2) return null;
  const untracked = shipped.find((o) => !trackedAlready(state, o.id));
  if (untracked)
    return tool(
      state,
      'shipping.track',
      { orderId: untracked.id },
      `Several orders are on the way: check ${untracked.id}.`,
    );
  const late = shipped.filter((o) => state.tracked[o.id]?.late);
  return late.length === 1
    ? tool(state, 'orders.get', { orderId: late[0]!.id }, `Order ${late[0]!.id} is the one running late.`)
    : null;
}

export const deliveryDelay: Playbook = (state, policy) =>
  firstOf(
    state,
    identify,
    findLateAmongShipped,
    (s) =>
      findOrder(
        s,
        s.candidateOrders?.some((o) => o.status === 'shipped')
          ? ['shipped']
          : ['shipped', 'processing', 'pending'],
      ),
    (s) =>
      s.order!.status === 'pending' || trackedAlready(s, s.order!.id)
        ? null
        : tool(s, 'shipping.track', { orderId: s.order!.id }, 'Check the carrier for where the parcel is.'),
    (s) =>
      s.shipment?.late &&
      lateDeliveryCredit(policy) !== null &&
      !done(s, 'payments.issueCredit', 'ever') &&
      !refused(s, 'payments.issueCredit') &&
      !s.pendingActionId
        ? tool(
            s,
            'payments.issueCredit',
            {
              customerId: s.customer!.id,
              amount: lateDeliveryCredit(policy),
              currency: s.order!.currency,
              reason: `Late delivery of order ${s.order!.id}`,
              orderId: s.order!.id,
            },
            'The shipment is late: offer the goodwill credit for late deliveries.',
          )
        : null,
    (s) =>
      s.shipment?.late && !done(s, 'email.send')
        ? tool(
            s,
            'email.send',
            {
              to: s.customer!.email,
              subject: `Updated delivery date for order ${s.order!.id}`,
              body: shippingConfirmation(s),
              customerId: s.customer!.id,
              orderId: s.order!.id,
            },
            'Send the customer a new shipping confirmation with the updated date.',
          )
        : null,
    (s) => logContact(s, 'Delivery status', s.shipment?.late ? 'late delivery handled' : 'status given'),
  ) ??
  say(
    state,
    state.shipment?.late ? 'resolve' : 'reply',
    replies.deliveryUpdate(state),
    'Tell the customer what the carrier says and what was done.',
  );

function shippingConfirmation(state: AgentState): string {
  const { order, shipment, customer } = state;
  return [
    `Hi ${customer!.name.split(' ')[0]},`,
    '',
    `Here is the updated delivery information for your order ${order!.id}.`,
    `Carrier: ${shipment!.carrier}`,
    `Tracking number: ${shipment!.trackingNumber}`,
    `Expected delivery: ${shipment!.eta?.slice(0, 10) ?? 'to be confirmed by the carrier'}`,
    '',
    "We're sorry for the delay.",
  ].join('\n');
}
