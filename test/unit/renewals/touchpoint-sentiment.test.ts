import { describe, expect, it } from 'vitest';
import { sentimentScore } from '../../../electron/text/sentiment-score';
import { touchpointSentiment } from '../../../electron/renewals/touchpoint-sentiment';

type Sign = -1 | 0 | 1;

/** Scores this close to zero read as neutral. */
const sign = (score: number): Sign => (score > 0.05 ? 1 : score < -0.05 ? -1 : 0);

const fill = (templates: string[], fillers: string[]) =>
  templates.flatMap((template) => fillers.map((filler) => template.replace('{x}', filler)));

const negative = (sentences: string[]) => sentences.map((s): [string, Sign] => [s, -1]);
const positive = (sentences: string[]) => sentences.map((s): [string, Sign] => [s, 1]);
const neutral = (sentences: string[]) => sentences.map((s): [string, Sign] => [s, 0]);

const suite: Record<string, [string, Sign][]> = {
  price: [
    ...negative([
      'They’re evaluating Freshworks, pricing is hard to justify',
      'The CFO thinks we are too expensive for a team of twelve.',
      'Unhappy with the price increase at the last renewal.',
      'They are over budget for next year and want a lower number.',
      'Procurement says it is cheaper elsewhere.',
      'Asked for a feature comparison with Zendesk; they think it is cheaper per seat.',
    ]),
    ...negative(
      fill(
        ['Ana said the plan {x}.', 'On the call, the CFO said the subscription {x}.'],
        ['costs too much', 'is overpriced', 'is hard to justify'],
      ),
    ),
  ],
  value: negative([
    'Said the value is not there any more.',
    'Their director does not think it is worth the money.',
    'The team is not seeing the value of Automations.',
    'Finance called the add-on a waste of money.',
    ...fill(['Ana said the plan is {x}.', 'To them the renewal is {x}.'], ['not worth it', 'poor value']),
  ]),
  'missing feature': negative([
    'The reporting module lacks a custom date range.',
    'There is no support for Slack threads yet.',
    'Bulk editing is still missing after a year.',
    'They can’t do round-robin assignment across teams.',
    'Our API does not support webhooks for tags, which blocks them.',
    ...fill(
      ['The admin says it {x} SAML groups.', 'Ana noted the product {x} a mobile app.'],
      ['lacks', 'still lacks'],
    ),
  ]),
  'slow support': negative([
    'They waited days for an answer on the export bug.',
    'Support was slow to respond to the outage ticket.',
    'Their tickets sit in the queue for a week.',
    'Waited three days for a reply from support.',
    'Never heard back about the invoice question.',
    ...fill(
      ['Ana said support {x}.', 'The team lead complained that a fix {x}.'],
      ['takes days', 'took weeks'],
    ),
  ]),
  'churn talk': negative([
    'They want to cancel at the end of the term.',
    'Asked how to downgrade to the starter plan.',
    'They plan to cut seats from 40 to 25.',
    'Finance asked to cut 15 seats at renewal.',
    'The new VP is not renewing the contract.',
    ...fill(
      ['Ana mentioned they may {x}.', 'The board decided to {x} this year.'],
      ['downgrade', 'reduce seats'],
    ),
  ]),
  praise: positive([
    'Pricing is fair for what they get.',
    'No complaints about support this quarter.',
    'Support was fast when the importer broke.',
    'They think the plan is good value for money.',
    'The team says it is worth every penny.',
    'Support responded quickly to every ticket.',
    'They plan to renew and want to add ten seats.',
    'Great call: they thanked us for the quick fix and asked about adding more seats.',
    ...fill(
      ['Ana said the {x}.', 'On the QBR the admin said the {x}.'],
      ['pricing is fair', 'support is responsive'],
    ),
  ]),
  'negated complaint': positive([
    'They do not think it is too expensive.',
    'The price was not a problem for them this year.',
    'They have no plans to cancel.',
    'There was no price increase at this renewal, which they liked.',
    'They won’t downgrade after all.',
    'The onboarding wait was not an issue.',
  ]),
  'negated praise': negative([
    'They said the pricing is not fair.',
    'Support was not fast enough during the outage.',
    'It is not good value any more, they said.',
  ]),
  neutral: neutral([
    'Sent the renewal reminder with the current plan and seat count (40 seats).',
    'Confirmed the billing contact and the invoice address for next year.',
    'Booked an onboarding session for two new team members.',
    'Procurement is comparing us with Zendesk on price before the renewal.',
    'Asked for the price of the enterprise plan for 60 seats.',
    'Walked through the Reports settings and the roadmap.',
    'Discussed the renewal timeline; the legal review starts in May.',
    'Shared the release notes for Live Chat and offered a short training session.',
    'They asked how seats are counted on the invoice.',
  ]),
};

const cases = Object.entries(suite).flatMap(([kind, sentences]) =>
  sentences.map(([sentence, expected]) => ({ kind, sentence, expected })),
);

describe('touchpoint sentiment', () => {
  it('is tested on a suite of at least 60 sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('reads $kind “$sentence” with sign $expected', ({ sentence, expected }) => {
    expect(sign(touchpointSentiment(sentence))).toBe(expected);
  });

  it('reads business complaints the customer-chat scorer misses', () => {
    const sentence = 'They’re evaluating Freshworks, pricing is hard to justify';
    expect(sentimentScore(sentence)).toBe(0);
    expect(touchpointSentiment(sentence)).toBeLessThan(-0.3);
  });

  it('stays within [-1, 1] however many complaints pile up', () => {
    const score = touchpointSentiment(
      'Furious: too expensive, not worth it, lacks SSO, waited days, and they will cancel and cut seats!!!',
    );
    expect(score).toBe(-1);
  });

  it('weighs the clause after “but” more than the one before', () => {
    expect(sign(touchpointSentiment('Pricing is fair, but they want to cut seats.'))).toBe(-1);
    expect(sign(touchpointSentiment('It is too expensive, but they plan to renew and add seats.'))).toBe(1);
  });
});
