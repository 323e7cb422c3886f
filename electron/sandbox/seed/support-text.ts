/**
 * The words of generated support history: interaction summaries, notes, ticket threads and call
 * titles. `{order}` is replaced by one of the customer's order ids, `{first}` by their first name.
 */

export interface InteractionTemplate {
  topic: string;
  summaries: readonly string[];
  outcomes: readonly string[];
}

export const interactionTemplates: readonly InteractionTemplate[] = [
  {
    topic: 'Order status',
    summaries: [
      'Asked where order {order} was; shared the tracking link and the expected delivery date.',
      'Wanted to know why order {order} had not shipped yet; explained it was still being packed.',
      'Checked whether order {order} would arrive before the weekend; confirmed the carrier ETA.',
    ],
    outcomes: ['resolved', 'no action needed'],
  },
  {
    topic: 'Delivery delay',
    summaries: [
      'Order {order} is running late; apologised and explained the carrier delay.',
      'Frustrated that order {order} missed its promised date; offered a goodwill credit.',
      'Needed order {order} for an event; upgraded the remaining leg to express where possible.',
    ],
    outcomes: ['credit issued', 'follow-up scheduled', 'escalated to a team lead', 'resolved'],
  },
  {
    topic: 'Return request',
    summaries: [
      'Wanted to return an item from order {order}; emailed a prepaid return label.',
      'Asked how long the return window is for order {order}; explained the window for that category.',
      'Item from order {order} arrived damaged; opened a return and asked for photos.',
    ],
    outcomes: ['resolved', 'return opened', 'follow-up scheduled'],
  },
  {
    topic: 'Exchange',
    summaries: [
      'Needed a different size for an item in order {order}; set up an exchange.',
      'Asked to swap the colour of an item in order {order}; checked stock and opened an exchange.',
    ],
    outcomes: ['resolved', 'exchange opened'],
  },
  {
    topic: 'Refund status',
    summaries: [
      'Asked when the refund for order {order} would arrive; explained card refund timing.',
      'Refund for order {order} not showing on the statement yet; shared the refund reference.',
    ],
    outcomes: ['resolved', 'follow-up scheduled', 'unresolved'],
  },
  {
    topic: 'Billing question',
    summaries: [
      'Saw two charges for order {order}; explained that one was a pending authorisation.',
      'Asked for an invoice for order {order} for expense purposes; sent it by email.',
      'Promo code did not apply to order {order}; applied the discount as a partial refund.',
    ],
    outcomes: ['resolved', 'refund issued', 'no action needed'],
  },
  {
    topic: 'Account access',
    summaries: [
      'Locked out after several failed sign-ins; verified identity and sent a reset link.',
      'Wanted to change the email on the account; verified and updated it.',
      'Asked to turn on two-step verification; walked through the setup.',
    ],
    outcomes: ['resolved'],
  },
  {
    topic: 'Product question',
    summaries: [
      'Asked about sizing before ordering; shared the size guide and fit notes.',
      'Wanted care instructions for an item from order {order}; explained washing and drying.',
      'Asked whether an out-of-stock colour would return; added them to the restock alert.',
    ],
    outcomes: ['resolved', 'no action needed'],
  },
  {
    topic: 'Address change',
    summaries: [
      'Moved house and asked to update the shipping address on order {order} before it shipped.',
      'Typo in the street name of order {order}; corrected it before dispatch.',
    ],
    outcomes: ['resolved', 'unresolved'],
  },
];

export const noteTexts = [
  'Prefers email over phone calls; rarely picks up unknown numbers.',
  'Hard of hearing: chat or email works best.',
  'Buys gifts for family every December; ask about delivery dates early.',
  'Had a bad experience with a damaged parcel last year; handle delivery issues with extra care.',
  'Runs a small café and orders kitchen goods in bulk before the holidays.',
  'Asked us not to send marketing texts.',
  'Very happy with the last exchange; mentioned recommending us to friends.',
  'Often travels for work; confirm delivery windows before promising a date.',
  'Sensitive skin: ask before suggesting scented body care.',
  'Escalated twice about late deliveries; offer proactive updates.',
  'Prefers Spanish when possible.',
  'Works nights; best reached after 2 pm local time.',
] as const;

export interface TicketTemplate {
  subject: string;
  tags: readonly string[];
  priority: 'low' | 'normal' | 'high' | 'urgent';
  /** Alternating customer and agent messages, customer first. */
  thread: readonly string[];
}

export const ticketTemplates: readonly TicketTemplate[] = [
  {
    subject: 'Order {order} marked delivered but not received',
    tags: ['shipping', 'missing-package'],
    priority: 'high',
    thread: [
      'The tracking for {order} says delivered but there is nothing at my door or with my neighbours.',
      'Sorry about this, {first}. I have opened a trace with the carrier; they usually answer within 48 hours.',
      'Thanks. Please let me know as soon as you hear anything.',
      'The carrier confirmed the parcel was left at the wrong address. A replacement is on its way.',
    ],
  },
  {
    subject: 'Order {order} is late and I need it by the weekend',
    tags: ['shipping', 'delay'],
    priority: 'high',
    thread: [
      'My order {order} still has not arrived and I need it for an event this weekend.',
      'I can see the carrier delay on {order}. I have asked for priority handling and will update you tomorrow.',
    ],
  },
  {
    subject: 'Damaged item in order {order}',
    tags: ['returns', 'damaged'],
    priority: 'normal',
    thread: [
      'One of the items in {order} arrived with a cracked corner.',
      'I am sorry to hear that. Could you send a photo of the damage and of the box?',
      'Photos attached.',
      'Thank you. I have sent a prepaid return label and a replacement will ship when the carrier scans it.',
    ],
  },
  {
    subject: 'Refund for order {order} not received',
    tags: ['refunds', 'billing'],
    priority: 'normal',
    thread: [
      'I returned part of {order} two weeks ago and still do not see the refund.',
      'The refund was issued to your card; banks usually take 5 to 7 business days to post it.',
    ],
  },
  {
    subject: 'Charged twice for order {order}',
    tags: ['billing', 'duplicate-charge'],
    priority: 'high',
    thread: [
      'My bank shows two charges for {order}.',
      'One of those is a temporary authorisation that will drop off within a few days; only one charge was captured.',
    ],
  },
  {
    subject: 'Cannot sign in to my account',
    tags: ['account', 'login'],
    priority: 'normal',
    thread: [
      'I keep getting an error when I try to sign in, even after resetting my password.',
      'Your account was locked after several attempts. I have unlocked it; please try the reset link again.',
      'That worked, thank you!',
    ],
  },
  {
    subject: 'Wrong size in order {order}',
    tags: ['returns', 'exchange'],
    priority: 'low',
    thread: [
      'The jacket from {order} is too small. Can I swap it for the next size up?',
      'Of course. I have set up an exchange; the new size ships as soon as we receive the original.',
    ],
  },
  {
    subject: 'Change delivery address for order {order}',
    tags: ['shipping', 'address-change'],
    priority: 'normal',
    thread: [
      'I moved last week. Can you send {order} to my new address?',
      'Done: {order} had not shipped yet, so I updated the address.',
    ],
  },
  {
    subject: 'Question about the return window',
    tags: ['returns', 'policy'],
    priority: 'low',
    thread: [
      'How long do I have to return shoes that I have only tried on indoors?',
      'Shoes can be returned within 60 days as long as they are unworn outside and in the original box.',
    ],
  },
  {
    subject: 'Promo code did not apply to order {order}',
    tags: ['billing', 'promotions'],
    priority: 'low',
    thread: [
      'I entered my welcome code on {order} but was charged full price.',
      'The code was valid, so I refunded the 10% difference to your card.',
    ],
  },
];

export const callTitles = [
  'Follow-up on order {order}',
  'Check-in after a delayed delivery',
  'Walkthrough of the exchange for order {order}',
  'Callback about a billing question',
  'Account review with {first}',
  'Confirm replacement delivery for order {order}',
] as const;
