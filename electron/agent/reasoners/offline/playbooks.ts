import { OUT_OF_SCOPE } from '../../nlu/intent-model';
import { loadIntentSpecs, shippedIntentsDir, type IntentSpec } from '../../nlu/intent-specs';
import { asksAboutPolicy } from '../../request/policy-questions';
import type { AgentState } from '../../state';
import type { Playbook } from './playbook-steps';
import { escalate, goodbye, greeting } from './playbooks/conversation';
import { deliveryDelay } from './playbooks/delivery';
import { exchangeItem } from './playbooks/exchange';
import { fromKnowledgeBase, policyAnswer, productQuestion } from './playbooks/help-center';
import { offTarget } from './playbooks/off-target';
import { cancelOrder, changeAddress } from './playbooks/order-changes';
import { refundRequest, returnItem } from './playbooks/returns';
import { compensation, complaint, teamTicket } from './playbooks/team';

/** The customer playbooks by the name an intent's spec gives them (`playbook:` in data/intents/<intent>.yaml). */
export const playbooks: Readonly<Record<string, Playbook>> = {
  deliveryDelay,
  cancelOrder,
  changeAddress,
  returnItem,
  refundRequest,
  exchangeItem,
  fromKnowledgeBase,
  productQuestion,
  complaint,
  handToTeam: teamTicket,
  greeting,
  goodbye,
  escalate,
};

/** The playbook an intent's spec names, if it names one that exists. */
const playbookOf = (spec: IntentSpec | undefined): Playbook | undefined =>
  spec?.playbook !== undefined && Object.hasOwn(playbooks, spec.playbook)
    ? playbooks[spec.playbook]
    : undefined;

/** Readings of a message that asks for a voucher or a credit "for the hassle" (not "how do I use my voucher?"). */
const asksForGoodwill = new Set([
  'refund_request',
  'complaint',
  'delivery_delay',
  'order_status',
  OUT_OF_SCOPE,
]);

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
 * model read, so "cancel my rewards account" never reaches an order cancellation. Otherwise the one the
 * intent's spec (in `dir`) names.
 */
export function playbookFor(state: AgentState, dir: string = shippedIntentsDir): Playbook | undefined {
  const namesOrder = state.claims.orderIds.length > 0;
  if (state.offTargets.length > 0 && !namesOrder && !answeredFromHelpCenter.has(state.intent ?? ''))
    return offTarget;
  // "How many points do I need for a voucher?" asks about the rules, not for goodwill.
  if (asksAboutPolicy(state.lastMessage, namesOrder) && state.intent !== 'human_request') return policyAnswer;
  if (state.compensation && (!state.intent || asksForGoodwill.has(state.intent))) return compensation;
  const specs = loadIntentSpecs(dir);
  const read = state.intent ? specs.find((spec) => spec.intent === state.intent) : undefined;
  // The change asked for in so many words wins over a reading that would make another one ("my phone
  // came cracked and I want my money back" read as an exchange).
  const asked = state.requested[0];
  const makesAsked = asked ? specs.find((spec) => spec.changes === asked) : undefined;
  if (makesAsked && !state.requested.includes(read?.changes ?? '') && state.intent !== 'human_request')
    return playbookOf(makesAsked);
  return playbookOf(read);
}
