import type { IntentLabel } from '../../agent/nlu/intent-labels';

/**
 * Bitext customer-support intents mapped to ours (the closest playbook). An intent mapped to null has
 * no playbook of ours and is left out of the accuracy, and listed as unsupported in the output.
 */
export const bitextIntentMap: Readonly<Record<string, IntentLabel | null>> = {
  cancel_order: 'cancel_order',
  track_order: 'order_status',
  get_refund: 'refund_request',
  track_refund: 'refund_request',
  check_refund_policy: 'how_to',
  change_shipping_address: 'change_address',
  set_up_shipping_address: 'change_address',
  complaint: 'complaint',
  contact_human_agent: 'human_request',
  // Its utterances ask when or how customer service can be reached: a how-to question, not a handoff.
  contact_customer_service: 'how_to',
  payment_issue: 'billing_question',
  check_invoice: 'billing_question',
  get_invoice: 'billing_question',
  check_payment_methods: 'billing_question',
  check_cancellation_fee: 'billing_question',
  recover_password: 'account_access',
  registration_problems: 'account_access',
  delivery_period: 'how_to',
  delivery_options: 'how_to',
  // Account management (plans, profiles, sign-up, closure), order editing, buying, reviews and
  // newsletters have no playbook of ours.
  create_account: null,
  edit_account: null,
  switch_account: null,
  delete_account: null,
  change_order: null,
  place_order: null,
  review: null,
  newsletter_subscription: null,
};

/** Bitext intents whose utterances should reach a person (escalationRecall counts these). */
export const bitextEscalationIntents = ['contact_human_agent', 'complaint'] as const;
