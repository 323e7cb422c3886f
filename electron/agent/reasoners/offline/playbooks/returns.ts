import { groundingOf } from '../../../request/grounding';
import { itemsNamed } from '../../../request/product-mentions';
import type { AgentState } from '../../../state';
import {
  done,
  findOrder,
  firstOf,
  identify,
  logContact,
  refused,
  requestInWords,
  say,
  tool,
  type Playbook,
} from '../playbook-steps';
import { replies } from '../replies';

/** The items to return: those the customer named ("everything but the tablet"), else the whole order. */
const returnedItems = (s: AgentState) =>
  itemsNamed(s.order!.items, s.said, /return|send\s+back|refund/i) ?? s.order!.items;
const describeItems = (s: AgentState) =>
  returnedItems(s).length === s.order!.items.length
    ? 'all items'
    : returnedItems(s)
        .map((item) => item.name)
        .join(', ');
/** The whole order total for a whole return; for some items, what they cost. */
const refundDue = (s: AgentState) =>
  returnedItems(s).length === s.order!.items.length
    ? s.order!.total
    : Math.round(returnedItems(s).reduce((sum, item) => sum + item.price * item.qty, 0) * 100) / 100;

export const returnItem: Playbook = (state) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['delivered']),
    (s) =>
      s.order!.status !== 'delivered'
        ? say(s, 'reply', replies.cannotReturn(s), 'Only delivered orders can be returned.')
        : null,
    (s) => askWhichItems(s, 'orders.return', { items: returnedItems(s) }),
    (s) =>
      done(s, 'orders.return', 'ever') || refused(s, 'orders.return')
        ? null
        : tool(
            s,
            'orders.return',
            {
              orderId: s.order!.id,
              items: returnedItems(s).map(({ sku, qty }) => ({ sku, qty })),
              reason: requestInWords(s),
            },
            `Open a return for ${describeItems(s)} of order ${s.order!.id}.`,
          ),
    (s) =>
      done(s, 'orders.return', 'ever') &&
      !done(s, 'payments.refund', 'ever') &&
      !refused(s, 'payments.refund') &&
      !s.pendingActionId
        ? tool(
            s,
            'payments.refund',
            {
              orderId: s.order!.id,
              amount: refundDue(s),
              currency: s.order!.currency,
              reason: `Return of ${describeItems(s)} of order ${s.order!.id}`,
            },
            'Refund the returned items to the original payment method.',
          )
        : null,
    (s) =>
      logContact(s, 'Return', done(s, 'payments.refund', 'ever') ? 'returned and refunded' : 'return opened'),
  ) ??
  say(
    state,
    done(state, 'payments.refund', 'ever') ? 'resolve' : 'reply',
    replies.returnOpened(state, state.order ? refundDue(state) : undefined),
    'Tell the customer where the return and refund stand.',
  );

/**
 * Several items and none named ("this needs to go back"): ask which, instead of acting on all of them.
 * Done once the change has run or waits for a rep.
 */
function askWhichItems(
  s: AgentState,
  tool: 'orders.return' | 'payments.refund',
  args: Record<string, unknown>,
) {
  if (done(s, tool, 'ever') || s.pendingActionId) return null;
  const grounding = groundingOf(tool, { orderId: s.order!.id, ...args }, s);
  return grounding.missing === 'items' || grounding.missing === 'amount'
    ? say(
        s,
        'clarify',
        replies.whichItems(s),
        `The customer did not say which items of order ${s.order!.id}.`,
      )
    : null;
}

export const refundRequest: Playbook = (state) => {
  const amount = () => Math.min(state.claims.amounts[0] ?? state.order!.total, state.order!.total);
  return (
    firstOf(
      state,
      identify,
      // A cancelled order was refunded when it was cancelled: refunds are for what was paid and sent.
      (s) => findOrder(s, ['delivered', 'shipped']),
      (s) => askWhichItems(s, 'payments.refund', { amount: amount() }),
      (s) =>
        done(s, 'payments.refund', 'ever') || refused(s, 'payments.refund') || s.pendingActionId
          ? null
          : tool(
              s,
              'payments.refund',
              {
                orderId: s.order!.id,
                amount: amount(),
                currency: s.order!.currency,
                reason: `Customer asked for a refund on order ${s.order!.id}`,
              },
              'Refund what the customer asked, capped at the order total.',
            ),
      (s) => logContact(s, 'Refund', done(s, 'payments.refund', 'ever') ? 'refunded' : 'refund requested'),
    ) ??
    say(
      state,
      done(state, 'payments.refund', 'ever') ? 'resolve' : 'reply',
      replies.refund(state, amount()),
      'Tell the customer where the refund stands.',
    )
  );
};
