import type { IntentLabel } from '../../agent/nlu/intent-labels';

/**
 * Bitext customer-support intents mapped to ours (the playbooks that serve their utterances). Two of
 * their intents straddle two of ours, and a prediction of either serves the customer, so either counts:
 * contact_customer_service mixes "what hours can I call customer service" (how_to, answered from the
 * knowledge base) with "I have to speak to customer service" (human_request, a handoff), and
 * delivery_period mixes "when will my parcel arrive" (order_status, which looks the order up) with
 * "how long does shipping take" (how_to). An intent mapped to nothing has no playbook of ours and is
 * left out of the accuracy, and listed as unsupported in the output.
 *
 * Our billing_question covers every money question but refunds (invoices, payment methods and
 * problems, fees such as the cancellation fee); how_to covers how things work and policies.
 */
export const bitextIntentMap: Readonly<Record<string, readonly IntentLabel[]>> = {
  cancel_order: ['cancel_order'],
  track_order: ['order_status'],
  get_refund: ['refund_request'],
  track_refund: ['refund_request'],
  check_refund_policy: ['how_to'],
  change_shipping_address: ['change_address'],
  set_up_shipping_address: ['change_address'],
  complaint: ['complaint'],
  contact_human_agent: ['human_request'],
  contact_customer_service: ['how_to', 'human_request'],
  payment_issue: ['billing_question'],
  check_invoice: ['billing_question'],
  get_invoice: ['billing_question'],
  check_payment_methods: ['billing_question'],
  check_cancellation_fee: ['billing_question'],
  recover_password: ['account_access'],
  registration_problems: ['account_access'],
  delivery_period: ['order_status', 'how_to'],
  delivery_options: ['how_to'],
  // Account management (plans, profiles, sign-up, closure), order editing, buying, reviews and
  // newsletters have no playbook of ours.
  create_account: [],
  edit_account: [],
  switch_account: [],
  delete_account: [],
  change_order: [],
  place_order: [],
  review: [],
  newsletter_subscription: [],
};

/** Bitext intents whose utterances should reach a person (escalationRecall counts these). */
export const bitextEscalationIntents = ['contact_human_agent', 'complaint'] as const;
