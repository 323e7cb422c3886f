/**
 * The words of the generated SaaS side: account names and touchpoint summaries. `{feature}` is one of
 * the account's features, `{competitor}` a rival product, `{first}` the contact's first name and
 * `{seats}` the seat count.
 */

export const accountNameStarts = `
  Alder Bramble Brightwater Copperleaf Driftwood Ember Fernhill Foxglen Granite Harbor Hollowbrook
  Ironwood Juniper Kestrel Larkspur Lantern Meadowlark Millstone Northgate Oakridge Pinecrest Quarry
  Redfern Riverstone Saltmarsh Silverpine Stonebridge Thistle Tidewell Upland Vantage Wildrose
  Willowby Wrenfield Yarrow
`
  .trim()
  .split(/\s+/);

export const accountNameKinds = [
  'Outfitters',
  'Studio',
  'Supply Co.',
  'Logistics',
  'Dental Care',
  'Bakery',
  'Labs',
  'Travel',
  'Fitness',
  'Home Goods',
  'Print Shop',
  'Veterinary Clinic',
  'Design',
  'Books',
  'Cycles',
  'Coffee Roasters',
  'Property Services',
  'Insurance Brokers',
  'Learning Centre',
  'Garden Centre',
] as const;

export type TouchpointMood = 'neutral' | 'positive' | 'negative' | 'competitor';

/** Summaries by the mood they carry; the cheat sheet's sentiment and competitor checks read them. */
export const touchpointSummaries: Readonly<Record<TouchpointMood, readonly string[]>> = {
  neutral: [
    'Quarterly check-in with {first}: walked through the {feature} settings and the roadmap.',
    'Sent the renewal reminder with the current plan and seat count ({seats} seats).',
    'Shared the release notes for {feature} and offered a short training session.',
    '{first} asked how to export data from {feature}; sent the help article.',
    'Confirmed the billing contact and the invoice address for next year.',
    'Booked an onboarding session for two new team members.',
  ],
  positive: [
    '{first} is very happy with {feature}: the team resolves tickets faster and wants to recommend us.',
    'Great call: {first} thanked us for the quick fix and asked about adding more seats.',
    'Positive feedback on {feature}; the support lead called it excellent and easy to use.',
    'Happy with the onboarding; {first} said the team is glad they switched to us.',
  ],
  negative: [
    'Frustrated that {feature} was slow again this week; the team is losing patience.',
    '{first} complained that {feature} is confusing and most agents stopped using it.',
    'Unhappy with the price increase at the last renewal; said the value is not there.',
    'Angry about an outage during their busiest day; asked for a written explanation.',
    'Disappointed with support response times; two issues are still open.',
  ],
  competitor: [
    'Procurement is comparing us with {competitor} on price before the renewal.',
    '{first} mentioned that {competitor} offered them three months free to switch.',
    'The team trialled {competitor} for a week; {first} wants to see our {feature} roadmap.',
    'Asked for a feature comparison with {competitor}; they think it is cheaper per seat.',
  ],
};

/** Problems an unhappy account raises as tickets: subject, tags and a short thread, customer first. */
export const saasTicketTemplates: readonly {
  subject: string;
  tags: readonly string[];
  priority: 'normal' | 'high' | 'urgent';
  thread: readonly string[];
}[] = [
  {
    subject: '{feature} is slow for the whole team',
    tags: ['saas', 'performance'],
    priority: 'high',
    thread: [
      'Since last week {feature} takes more than ten seconds to load for all of our agents.',
      'Thanks, {first}. We can reproduce it and our engineers are on it; I will update you tomorrow.',
    ],
  },
  {
    subject: 'Cannot add new users to the workspace',
    tags: ['saas', 'seats'],
    priority: 'normal',
    thread: ['Inviting a new agent fails with an error, so two people cannot start on Monday.'],
  },
  {
    subject: '{feature} stopped working after the update',
    tags: ['saas', 'bug'],
    priority: 'urgent',
    thread: [
      '{feature} has not worked since the update on Tuesday and our customers are noticing.',
      'I am sorry, {first}. This is a known issue and a fix is being rolled out today.',
      'It is still broken on our side.',
    ],
  },
  {
    subject: 'Invoice shows the wrong number of seats',
    tags: ['saas', 'billing'],
    priority: 'normal',
    thread: ['Our invoice charges for more seats than we agreed at the last renewal.'],
  },
];
