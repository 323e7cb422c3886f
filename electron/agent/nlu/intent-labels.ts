/** The intents the offline reasoner knows; each has a playbook elsewhere in the agent. */
export const INTENT_LABELS = [
  'order_status',
  'delivery_delay',
  'cancel_order',
  'return_item',
  'exchange_item',
  'refund_request',
  'change_address',
  'account_access',
  'billing_question',
  'product_question',
  'how_to',
  'human_request',
  'complaint',
  'greeting',
  'thanks_goodbye',
  'renewal_quote',
  'schedule_call',
  'usage_report',
  'follow_up_email',
] as const;

/** One of the intents the offline reasoner knows. */
export type IntentLabel = (typeof INTENT_LABELS)[number];
