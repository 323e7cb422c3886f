import { queryTerms } from '../../../text/search-terms';
import type { AgentState } from '../../state';

/** Reply templates of the offline reasoner. Every fact in them comes from the agent's state. */

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);

const day = (iso: string | null | undefined) =>
  iso
    ? new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-US', {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      })
    : 'a date the carrier has not confirmed';

const firstName = (state: AgentState) => state.customer?.name.split(' ')[0] ?? 'there';

const did = (state: AgentState, tool: string) =>
  state.done.some((d) => d.tool === tool && d.ok && d.turn === state.turn);
const refused = (state: AgentState, tool: string) => state.refusals.find((r) => r.tool === tool);

export const replies = {
  greeting: (state: AgentState) => `Hi ${firstName(state)}! How can I help you today?`,
  goodbye: (state: AgentState) => `You're welcome, ${firstName(state)}. Have a great day!`,
  whoAreYou: () =>
    "I can't see which account you're writing from. Could you tell me the email address on your account? I'll send a one-time code to it to confirm it's you.",
  unclear: () =>
    'Sorry, I want to make sure I get this right. Is your question about an order, a delivery, a return or refund, billing, or your account?',
  whichOrder: (state: AgentState) =>
    `I can see several orders on your account (${(state.candidateOrders ?? [])
      .slice(0, 4)
      .map((o) => `${o.id}, ${o.status}`)
      .join('; ')}). Which one is this about?`,
  noMatchingOrder: () => "I couldn't find an order that matches. Could you send me the order number?",
  newAddress: (state: AgentState) =>
    `Sure. What's the new shipping address for order ${state.order?.id}? Please include street, city, state and ZIP.`,

  deliveryUpdate(state: AgentState): string {
    const order = state.order!;
    const shipment = state.shipment;
    const parts: string[] = [];
    const answer = byDeadline(state);
    if (answer) parts.push(answer);
    if (!shipment) {
      parts.push(`Your order ${order.id} is ${order.status} and has not been handed to the carrier yet.`);
      parts.push(
        order.promisedBy
          ? `It is due to reach you by ${day(order.promisedBy)}, and you'll get the tracking number by email as soon as it ships.`
          : "You'll get the tracking number by email as soon as it ships.",
      );
    } else if (shipment.late) {
      parts.push(
        `I'm sorry, your order ${order.id} is running late: ${shipment.carrier} now expects to deliver it on ${day(shipment.eta)}.`,
      );
    } else if (shipment.status === 'delivered') {
      parts.push(`Your order ${order.id} was delivered by ${shipment.carrier}.`);
    } else {
      parts.push(
        `Your order ${order.id} is on its way with ${shipment.carrier} (tracking number ${shipment.trackingNumber}) and is expected on ${day(shipment.eta)}.`,
      );
    }
    if (did(state, 'payments.issueCredit'))
      parts.push(
        `I've added a ${money(state.credited?.amount ?? 0, state.credited?.currency ?? order.currency)} credit to your account for the trouble.`,
      );
    else if (state.pendingActionId)
      parts.push("I've asked a colleague to approve a credit for the trouble; you'll hear from us shortly.");
    if (did(state, 'email.send') && shipment)
      parts.push(
        `I've emailed you the updated tracking details (${shipment.carrier} ${shipment.trackingNumber}).`,
      );
    return parts.join(' ');
  },

  cancelled: (state: AgentState) =>
    `Done: order ${state.order!.id} is cancelled and you won't be charged for it.`,
  alreadyCancelled: (state: AgentState) =>
    `Order ${state.order!.id} is already cancelled, so nothing more needs doing: you won't be charged for it.`,
  cannotCancel: (state: AgentState) =>
    `I'm sorry, order ${state.order!.id} is already ${state.order!.status}, so it can't be cancelled anymore. Once it arrives you can return it for a refund.`,
  addressChanged: (state: AgentState, address: Record<string, string>) =>
    `Done: order ${state.order!.id} will now ship to ${Object.values(address).join(', ')}.`,
  addressNotAccepted: (state: AgentState) =>
    `I couldn't put that address on order ${state.order!.id}: the shop did not accept it. Could you send it again in full, with the street, city, postcode and country?`,
  cannotChangeAddress: (state: AgentState) =>
    `I'm sorry, order ${state.order!.id} is already ${state.order!.status}, so its address can't be changed. The carrier may be able to redirect it: I can give you the tracking number.`,

  returnOpened(state: AgentState, refundDue: number | undefined): string {
    const order = state.order!;
    const notOpened = refused(state, 'orders.return');
    if (notOpened)
      return `I couldn't open a return for order ${order.id}: ${notOpened.reason} A colleague can look into it if you need.`;
    const refund = refused(state, 'payments.refund');
    if (did(state, 'payments.refund'))
      return `Your return for order ${order.id} is open and your refund of ${money(state.refunded?.amount ?? refundDue ?? order.total, state.refunded?.currency ?? order.currency)} has been issued to your original payment method.`;
    if (refund)
      return `Your return for order ${order.id} is open. I couldn't issue the refund right away (${refund.reason}); a colleague will follow up.`;
    if (state.pendingActionId)
      return `Your return for order ${order.id} is open. The refund of ${money(refundDue ?? order.total, order.currency)} is waiting for a colleague's approval; you'll hear from us shortly.`;
    return `Your return for order ${order.id} is open.`;
  },
  cannotReturn: (state: AgentState) =>
    `Order ${state.order!.id} is ${state.order!.status}; returns open once an order has been delivered. I'm happy to check its delivery status for you.`,

  refund(state: AgentState, amount: number): string {
    const order = state.order!;
    const refusal = refused(state, 'payments.refund');
    if (did(state, 'payments.refund'))
      return `I've refunded ${money(state.refunded?.amount ?? amount, state.refunded?.currency ?? order.currency)} for order ${order.id} to your original payment method.`;
    if (refusal)
      return `I'm sorry, I can't refund that (${refusal.reason}). Is there anything else I can help with?`;
    return `I've asked a colleague to approve a refund of ${money(amount, order.currency)} for order ${order.id}; you'll hear from us shortly.`;
  },

  whichItems: (state: AgentState) =>
    `Happy to help with order ${state.order!.id}. Which items is this about: ${state
      .order!.items.map((item) => item.name)
      .join(', ')}, or all of them?`,
  offTarget: (state: AgentState, article: AgentState['kbCitations'][number]) =>
    `Here's what our help center says in "${article.title}" [${article.id}]: ${clean(article.snippet)} I haven't changed any of your orders.`,
  offTargetHandOff: (target: string) =>
    `pass your request about the ${target} to the team that looks after it (from here I can only change orders, and I haven't changed any of them)`,

  fromKnowledgeBase(state: AgentState): string {
    const [top, second] = answeringFirst(state);
    if (!top) return replies.unclear();
    const more = second ? ` You may also find "${second.title}" [${second.id}] useful.` : '';
    return `Here's what our help center says in "${top.title}" [${top.id}]: ${clean(top.snippet)}${more}`;
  },

  /** Where an exchange stands; `swaps` say what was exchanged (`describeSwap`). */
  exchanged(state: AgentState, swaps: readonly string[]): string {
    const order = state.order!;
    const refusal = refused(state, 'orders.exchange');
    if (refusal) return `I'm sorry, I can't make that exchange on order ${order.id}: ${refusal.reason}`;
    if (!state.exchanged)
      return `A colleague needs to approve the exchange on order ${order.id} first; you'll hear from us shortly.`;
    const { priceDifference, currency } = state.exchanged;
    const difference =
      priceDifference > 0
        ? `The difference of ${money(priceDifference, currency)} will be charged to your original payment method.`
        : priceDifference < 0
          ? `We'll refund the difference of ${money(-priceDifference, currency)} to your original payment method.`
          : 'There is no price difference.';
    return `Done: on order ${order.id} I've exchanged ${swaps.join(' and ')}. ${difference} We'll email you a prepaid label for the item you're sending back.`;
  },
  exchangeCharge: (swaps: readonly string[], extra: number, currency: string) =>
    `exchange ${swaps.join(' and ')}, and pay the difference of ${money(extra, currency)} with your original payment method`,
  whichVariant: (name: string, options: readonly string[]) =>
    `Happy to exchange the ${name}. Which one would you like: ${options.slice(0, 5).join('; ')}?`,
  exchangeTicket: (state: AgentState) =>
    `I've opened an exchange request for order ${state.order!.id}. Our team will email you a prepaid label and ship the replacement once the item is on its way back.`,
  handedToTeam: () =>
    "I've passed this to the team that handles it, and they'll get back to you by email within one business day.",
  complaintLogged: (state: AgentState) =>
    `I'm really sorry about your experience, ${firstName(state)}. I've recorded your complaint and a team lead will review it and get back to you.`,
  awaitingApproval: (description: string) =>
    `A colleague needs to approve this first: I've asked them to ${description}. You'll hear from us shortly.`,
  confirm: (description: string) => `Just to confirm before I go ahead: you'd like me to ${description}?`,
  confirmDeclined: () => 'No problem, I have not changed anything. What would you like me to do instead?',
};

/** Words of a question worth matching against a passage: not the short glue of a sentence. */
const telling = (text: string) => new Set(queryTerms(text).map(({ term }) => stem(term)));
const stem = (word: string) => word.replace(/(?:ing|ed|es|s)$/u, '');

/**
 * The articles found, the one whose quoted passage holds the most of the question's words first, each
 * word counting more the fewer passages hold it ("PayPal" over "pay"): the reply quotes the passage that
 * answers, not one that merely shares the common words. Search order breaks ties.
 */
function answeringFirst(state: AgentState): AgentState['kbCitations'] {
  const asked = telling(state.lastMessage);
  const passages = state.kbCitations.map((c) => telling(`${c.title} ${c.snippet}`));
  const holding = (word: string) => passages.filter((p) => p.has(word)).length;
  const score = (index: number) =>
    [...asked].reduce((sum, word) => (passages[index]!.has(word) ? sum + 1 / holding(word) : sum), 0);
  return state.kbCitations
    .map((citation, index) => ({ citation, index, score: score(index) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ citation }) => citation);
}

/** A question answered by yes or no: it opens with an auxiliary verb ("will", "is", "can"…). */
const YES_NO_QUESTION =
  /^\W*(?:(?:hi|hey|hello)\W+)?(?:will|would|is|are|does|do|can|could|should|shall|am)\b/iu;

/**
 * "Will it arrive before Friday?": yes or no first, from the carrier's date (or the promised one before
 * the parcel ships) against the day the customer needs it. Null when they named no day.
 */
function byDeadline(state: AgentState): string | null {
  // "Will it come tomorrow?" asks yes or no about the day it names, as "by tomorrow" would.
  const deadline =
    state.claims.deadline ??
    (YES_NO_QUESTION.test(state.lastMessage) ? (state.claims.when?.date ?? null) : null);
  const shipment = state.shipment;
  if (!deadline || shipment?.status === 'delivered') return null;
  const expected = shipment ? shipment.eta : state.order?.promisedBy;
  if (!expected) return `I can't promise it by ${day(deadline)} yet: the carrier has not given a date.`;
  return expected.slice(0, 10) <= deadline
    ? `Yes, it should reach you by ${day(deadline)}: it is expected on ${day(expected)}.`
    : `No, I'm afraid it is not expected by ${day(deadline)}: the expected date is ${day(expected)}.`;
}

/** FTS snippets carry highlight marks and ellipses: make them read as plain sentences. */
const clean = (snippet: string) =>
  snippet
    .replace(/\[\[|\]\]|<\/?b>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
