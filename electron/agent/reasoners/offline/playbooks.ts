import type { Policy } from '../../../../shared/policy';
import { lateDeliveryCredit } from '../../../policy/goodwill';
import type { Decision } from '../../decision';
import { OUT_OF_SCOPE } from '../../nlu/intent-model';
import type { AgentState } from '../../state';
import {
  confidenceOf,
  done,
  findOrder,
  firstOf,
  identify,
  logContact,
  refused,
  say,
  tool,
} from './playbook-steps';
import { addressOnFile, refersToAddressOnFile } from '../../request/addresses-on-file';
import { describeSwap, distinguishingOptions, planExchange, type ExchangePlan } from './exchange-plan';
import { actionableStatuses, groundingOf } from '../../request/grounding';
import { asksAboutDelivery } from '../../request/delivery-questions';
import { asksAboutPolicy } from '../../request/policy-questions';
import { itemsNamed, mentionScore, orderByProduct, saidWords } from '../../request/product-mentions';
import { replies } from './replies';

/** A playbook acts on the verified state; every amount and limit it needs comes from the policy in force. */
type Playbook = (state: AgentState, policy: Policy) => Decision;

/** The carrier was asked about this order already: it answered with a parcel, or with none yet. */
const trackedAlready = (state: AgentState, orderId: string) =>
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

const deliveryDelay: Playbook = (state, policy) =>
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

const cancelOrder: Playbook = (state) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['pending', 'processing']),
    (s) =>
      refused(s, 'orders.cancel') || done(s, 'orders.cancel', 'ever') || !actionable(s, 'orders.cancel')
        ? null
        : tool(
            s,
            'orders.cancel',
            { orderId: s.order!.id, reason: 'Customer asked to cancel' },
            `Cancel order ${s.order!.id} as asked.`,
          ),
    (s) => logContact(s, 'Cancellation', done(s, 'orders.cancel', 'ever') ? 'cancelled' : 'not cancellable'),
  ) ??
  (done(state, 'orders.cancel', 'ever')
    ? say(state, 'resolve', replies.cancelled(state), 'The order is cancelled.')
    : state.order?.status === 'cancelled'
      ? say(state, 'reply', replies.alreadyCancelled(state), 'The order was cancelled already.')
      : say(state, 'reply', replies.cannotCancel(state), 'Policy allows cancelling pending orders only.'));

/** The order in focus is in a state the change can act on at all (a shipped order has no address to change). */
const actionable = (s: AgentState, name: keyof typeof actionableStatuses) =>
  actionableStatuses[name]!.includes(s.order!.status);

/** The address to ship to: the one the customer wrote, else the one on file they named by its city. */
const newAddress = (s: AgentState) => s.claims.address ?? addressOnFile(s);

const changeAddress: Playbook = (state) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['pending', 'processing']),
    // "My NYC address": the addresses their orders ship to say which one that is.
    (s) =>
      !s.claims.address && !s.candidateOrders && refersToAddressOnFile(s)
        ? tool(
            s,
            'orders.list',
            { customerId: s.customer!.id, limit: 20 },
            'List the customer’s orders to find the address on file they mean.',
          )
        : null,
    (s) =>
      newAddress(s) || refused(s, 'orders.updateAddress') || !actionable(s, 'orders.updateAddress')
        ? null
        : say(s, 'clarify', replies.newAddress(s), 'The new address is missing.'),
    (s) =>
      refused(s, 'orders.updateAddress') ||
      done(s, 'orders.updateAddress', 'ever') ||
      !actionable(s, 'orders.updateAddress')
        ? null
        : tool(
            s,
            'orders.updateAddress',
            { orderId: s.order!.id, address: toAddress(newAddress(s)!) },
            s.claims.address
              ? `Ship order ${s.order!.id} to the new address.`
              : `Ship order ${s.order!.id} to the address on file the customer named.`,
          ),
    (s) =>
      logContact(
        s,
        'Address change',
        done(s, 'orders.updateAddress', 'ever') ? 'address changed' : 'not changeable',
      ),
  ) ??
  (done(state, 'orders.updateAddress', 'ever')
    ? say(state, 'resolve', replies.addressChanged(state, newAddress(state)!), 'The address is changed.')
    : say(
        state,
        'reply',
        replies.cannotChangeAddress(state),
        'Policy allows address changes before shipping only.',
      ));

/** The customer's own words for what they asked in this conversation, as a change's stated reason. */
const requestInWords = (s: AgentState) => s.said.join(' / ').slice(0, 200);

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

const returnItem: Playbook = (state) =>
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

const refundRequest: Playbook = (state) => {
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

/** The next step of an exchange: look a product up, make the exchange, ask which variant, or hand it to the team. */
function exchangeStep(s: AgentState): Decision | null {
  if (done(s, 'orders.exchange', 'ever') || done(s, 'tickets.create', 'ever')) return null;
  if (s.pendingActionId && s.pendingTool === 'orders.exchange') return null;
  const refusal = s.refusals.find((r) => r.tool === 'orders.exchange');
  // A rep said no: the customer hears why, and nobody else is asked to do it anyway.
  if (refusal?.by === 'rep') return null;
  const order = s.order!;
  const plan: ExchangePlan =
    order.status !== 'delivered'
      ? { kind: 'team', reason: `order ${order.id} is ${order.status}, not delivered` }
      : refusal
        ? { kind: 'team', reason: refusal.reason }
        : planExchange(s);
  switch (plan.kind) {
    case 'look_up':
      return tool(
        s,
        'catalog.get',
        { sku: plan.item.sku },
        `Look up which variants of ${plan.item.name} exist.`,
      );
    case 'exchange': {
      const decision = tool(
        s,
        'orders.exchange',
        { orderId: order.id, items: plan.items, reason: requestInWords(s) },
        `Exchange for the variants the customer asked for on order ${order.id}.`,
      );
      // A dearer variant charges the customer the difference: they agree to it first.
      return plan.extraCost > 0 && decision.kind === 'tool'
        ? { ...decision, confirmFirst: replies.exchangeCharge(plan.swaps, plan.extraCost, order.currency) }
        : decision;
    }
    case 'ask':
      return say(
        s,
        'clarify',
        replies.whichVariant(plan.item.name, distinguishingOptions(plan.variants)),
        'Several variants fit what the customer asked.',
      );
    case 'team':
      return tool(
        s,
        'tickets.create',
        {
          customerId: s.customer!.id,
          subject: `Exchange for order ${order.id}`,
          body: `Customer wrote: ${s.said.join(' / ')}\nNot exchanged automatically: ${plan.reason}.`,
          priority: 'normal',
          tags: ['exchange'],
        },
        `The team picks the replacement: ${plan.reason}.`,
      );
  }
}

const exchangeItem: Playbook = (state) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['delivered']),
    exchangeStep,
    (s) => logContact(s, 'Exchange', done(s, 'orders.exchange', 'ever') ? 'exchanged' : 'exchange requested'),
  ) ??
  say(
    state,
    done(state, 'orders.exchange', 'ever') ? 'resolve' : 'reply',
    done(state, 'orders.exchange', 'ever') ||
      state.pendingTool === 'orders.exchange' ||
      !done(state, 'tickets.create', 'ever')
      ? replies.exchanged(
          state,
          (state.exchanged?.items ?? []).map((i) => describeSwap(state, i.sku, i.newSku)),
        )
      : replies.exchangeTicket(state),
    'Tell the customer where the exchange stands.',
  );

/** Look the customer's words up in the help center, once per turn. */
const searchHelpCenter = (state: AgentState, rationale: string): Decision | null =>
  done(state, 'kb.search')
    ? null
    : tool(state, 'kb.search', { query: state.lastMessage.slice(0, 300), limit: 3 }, rationale);

const fromKnowledgeBase: Playbook = (state) =>
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
const productQuestion: Playbook = (state, policy) => {
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
const policyAnswer: Playbook = (state, policy) => fromKnowledgeBase({ ...state, confidence: 1 }, policy);

/**
 * A request about something no order tool acts on ("close my rewards account", "take me off the
 * newsletter"): answer from the help center, else pass it to the team; no order is touched.
 */
const offTarget: Playbook = (state, policy) => {
  const searched = searchHelpCenter(
    state,
    `The customer asks about their ${state.offTargets[0]}, not an order: look it up.`,
  );
  if (searched) return searched;
  const article = aboutOffTarget(state);
  if (article)
    return say(
      state,
      'reply',
      replies.offTarget(state, article),
      `Answer from ${article.id}; no order is changed.`,
    );
  // Nothing in the help center on it: offer to pass it to the team, once the customer agrees.
  const target = offTargetWords(state.offTargets[0]!).join(' ');
  return handToTeam(`Request about ${target}`, replies.offTargetHandOff(target))(state, policy);
};

/** The words of a thing the customer named, without "my" or "the" ("my account" → "account"). */
const offTargetWords = (target: string) =>
  target.split(' ').filter((word) => !/^(?:my|the|your|our|a|an)$/.test(word));

/** The help-center article found that speaks of the thing the customer named (the newsletter), if any. */
const aboutOffTarget = (state: AgentState) => {
  const words = state.offTargets.flatMap((target) =>
    offTargetWords(target).map((word) => word.replace(/s$/, '')),
  );
  return state.kbCitations.find((c) =>
    words.some((word) => `${c.title} ${c.snippet}`.toLowerCase().includes(word)),
  );
};

/**
 * Goodwill asked for ("you owe me a voucher for the hassle"): a late delivery earns the policy's credit;
 * anything else goes to a team lead. Never a refund of the order's price.
 */
const compensation: Playbook = (state, policy) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['shipped', 'delivered', 'processing', 'pending']),
    (s) =>
      s.order!.status !== 'shipped' || trackedAlready(s, s.order!.id)
        ? null
        : tool(
            s,
            'shipping.track',
            { orderId: s.order!.id },
            'Check whether the delivery is late before any goodwill.',
          ),
  ) ?? (state.shipment?.late ? deliveryDelay(state, policy) : complaint(state, policy));

/**
 * Open a ticket for the team that owns the request. With `offer`, the customer agrees to it first (a
 * request the agent only guessed belongs to a team).
 */
const handToTeam =
  (topic: string, offer?: string): Playbook =>
  (state) =>
    firstOf(
      state,
      identify,
      (s) => {
        if (done(s, 'tickets.create', 'ever')) return null;
        const ticket = tool(
          s,
          'tickets.create',
          {
            customerId: s.customer!.id,
            subject: topic,
            body: `Customer wrote: ${s.said.join(' / ')}`,
            priority: 'normal',
            tags: [topic.toLowerCase().replace(/\s+/g, '-')],
          },
          `${topic} is handled by the team that owns it: open a ticket.`,
        );
        return offer ? { ...ticket, confirmFirst: offer } : ticket;
      },
      (s) => logContact(s, topic, 'passed to team'),
    ) ?? say(state, 'resolve', replies.handedToTeam(), 'The request is with the team that owns it.');

const complaint: Playbook = (state) =>
  firstOf(state, identify, (s) =>
    done(s, 'tickets.create', 'ever')
      ? null
      : tool(
          s,
          'tickets.create',
          {
            customerId: s.customer!.id,
            subject: 'Customer complaint',
            body: `Customer wrote: ${s.said.join(' / ')}`,
            priority: 'high',
            tags: ['complaint'],
          },
          'Record the complaint for a team lead.',
        ),
  ) ?? say(state, 'reply', replies.complaintLogged(state), 'Acknowledge the complaint.');

/** Readings of a message that asks for a voucher or a credit "for the hassle" (not "how do I use my voucher?"). */
const asksForGoodwill = new Set([
  'refund_request',
  'complaint',
  'delivery_delay',
  'order_status',
  OUT_OF_SCOPE,
]);

/** The intent whose playbook makes each change, and the change each such intent makes. */
const changeIntent: Record<string, string> = {
  'orders.cancel': 'cancel_order',
  'orders.return': 'return_item',
  'payments.refund': 'refund_request',
  'orders.exchange': 'exchange_item',
  'orders.updateAddress': 'change_address',
};
const intentOfChange = Object.fromEntries(
  Object.entries(changeIntent).map(([tool, intent]) => [intent, tool]),
);

/** Readings answered from the help center, which change nothing whatever the message names. */
const answeredFromHelpCenter = new Set([
  'account_access',
  'billing_question',
  'product_question',
  'how_to',
  'human_request',
]);

/**
 * The playbook for what the customer asks: goodwill and non-order requests first, whatever the intent
 * model read, so "cancel my rewards account" never reaches an order cancellation.
 */
export function playbookFor(state: AgentState): Playbook | undefined {
  const namesOrder = state.claims.orderIds.length > 0;
  if (state.offTargets.length > 0 && !namesOrder && !answeredFromHelpCenter.has(state.intent ?? ''))
    return offTarget;
  // "How many points do I need for a voucher?" asks about the rules, not for goodwill.
  if (asksAboutPolicy(state.lastMessage, namesOrder) && state.intent !== 'human_request') return policyAnswer;
  if (state.compensation && (!state.intent || asksForGoodwill.has(state.intent))) return compensation;
  // The change asked for in so many words wins over a reading that would make another one ("my phone
  // came cracked and I want my money back" read as an exchange).
  const asked = state.requested[0];
  const reading = state.intent ? intentOfChange[state.intent] : undefined;
  if (
    asked &&
    changeIntent[asked] &&
    !state.requested.includes(reading ?? '') &&
    state.intent !== 'human_request'
  )
    return playbooks[changeIntent[asked]];
  return state.intent ? playbooks[state.intent] : undefined;
}

const playbooks: Record<string, Playbook> = {
  order_status: deliveryDelay,
  delivery_delay: deliveryDelay,
  cancel_order: cancelOrder,
  change_address: changeAddress,
  return_item: returnItem,
  refund_request: refundRequest,
  exchange_item: exchangeItem,
  account_access: fromKnowledgeBase,
  billing_question: fromKnowledgeBase,
  product_question: productQuestion,
  how_to: fromKnowledgeBase,
  complaint,
  renewal_quote: handToTeam('Renewal quote'),
  schedule_call: handToTeam('Call request'),
  usage_report: handToTeam('Usage report'),
  follow_up_email: handToTeam('Follow-up email'),
  greeting: (state) => say(state, 'reply', replies.greeting(state), 'The customer said hello.'),
  thanks_goodbye: (state) => say(state, 'resolve', replies.goodbye(state), 'The customer is done.'),
  human_request: (state) => ({
    kind: 'escalate',
    reasons: ['explicit_request'],
    rationale: 'The customer asked for a person.',
    confidence: confidenceOf(state),
  }),
};

function toAddress(claimed: Record<string, string>) {
  return {
    line1: claimed.line1 ?? '',
    city: claimed.city ?? '',
    zip: claimed.zip ?? '',
    country: claimed.country ?? 'US',
    ...(claimed.state ? { state: claimed.state } : {}),
    ...(claimed.line2 ? { line2: claimed.line2 } : {}),
  };
}

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
