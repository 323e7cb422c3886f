import { refundTiming } from '../store-facts';
import { paragraphs, steps, type ArticleDraft } from './article';

const refundTopics: ArticleDraft[] = [
  {
    title: 'Partial refunds',
    tags: ['refunds', 'partial-refund'],
    body: paragraphs(
      'A partial refund returns part of what you paid for an order: for example when you return some of the items, when a promo code did not apply, or as compensation for a problem with the order.',
      'Partial refunds go back to the original payment method and appear as a separate line on your statement. The order page in your account lists every refund with its amount and date.',
    ),
  },
  {
    title: 'Refunds for cancelled orders',
    tags: ['refunds', 'cancellations', 'orders'],
    body: paragraphs(
      'When you cancel an order before it ships, we refund the full amount, including shipping and tax, to the original payment method straight away.',
      'If your bank only placed a temporary hold for the order, the hold simply drops off, usually within 3 to 5 business days, and no refund line appears on your statement.',
    ),
  },
  {
    title: 'I have not received my refund yet',
    tags: ['refunds', 'refund-status', 'billing'],
    body: paragraphs(
      'Refunds take a little time to reach you after we issue them. Before contacting us, please check:',
      steps(
        'The refund email we sent: it shows the amount, the date and the payment method.',
        'The timing for your payment method (see "Refund timing" articles).',
        'Your statement for a line from us, which may carry a different description from the original charge.',
      ),
      'If the usual time has passed, contact us with the order number. We can give you the refund reference number, which your bank can use to trace it.',
    ),
  },
  {
    title: 'Refunds and credits for late deliveries',
    tags: ['refunds', 'credits', 'late-delivery', 'shipping'],
    body: paragraphs(
      'When an order arrives after its promised-by date, we can refund the shipping charge or add a goodwill store credit to your account. The amount depends on how late the order was and on your membership tier.',
      'Store credit appears in your account balance immediately and is used automatically at your next checkout. It does not expire.',
    ),
  },
  {
    title: 'Are shipping charges refunded?',
    tags: ['refunds', 'shipping', 'fees'],
    body: paragraphs(
      'We refund the original shipping charge when the whole order is returned because it arrived damaged, was faulty or was not what you ordered, and when we cancel an order.',
      'For other returns, the shipping charge is not refunded, and a $5.95 return label fee is deducted unless you are a gold or platinum member.',
    ),
  },
  {
    title: 'Refund or store credit: which should I choose?',
    tags: ['refunds', 'store-credit', 'credits'],
    body: paragraphs(
      'Refunds go back to the original payment method and take a few business days to appear. Store credit lands in your account immediately, never expires and can be used on any order.',
      'Gift returns are always refunded as store credit. For everything else the choice is yours when you open the return.',
    ),
  },
  {
    title: 'Price drop after I ordered',
    tags: ['refunds', 'price-adjustment', 'billing'],
    body: paragraphs(
      'If the price of an item drops within 14 days of your order, contact us and we refund the difference. The item must be the same variant and sold by us.',
      'Price adjustments do not apply to limited-time flash sales, clearance items or promo codes you did not use at checkout.',
    ),
  },
  {
    title: 'Refunds for damaged items',
    tags: ['refunds', 'damaged', 'returns'],
    body: paragraphs(
      'If an item arrived damaged, send us photos within 14 days of delivery. You can choose a replacement or a full refund of the item, and we refund the shipping charge if the whole order was affected.',
      'For small cosmetic damage you may prefer to keep the item: we can offer a partial refund instead of a return.',
    ),
  },
  {
    title: 'Price differences on exchanges',
    tags: ['refunds', 'exchange', 'billing'],
    body: paragraphs(
      'When you exchange an item for a variant with a different price, we settle the difference when the exchange is created.',
      'If the new variant costs less, we refund the difference to your original payment method. If it costs more, we charge the difference to the payment method you choose; a gift card needs enough balance to cover it.',
    ),
  },
  {
    title: 'Refund to an expired or cancelled card',
    tags: ['refunds', 'cards', 'billing'],
    body: paragraphs(
      'Refunds to a card that has expired or been replaced still reach you in most cases: the bank passes them to the new card on the same account.',
      'If your card account was closed, the bank returns the refund to us. We then issue it as store credit or, on request, by bank transfer.',
    ),
  },
  {
    title: 'Charged twice for one order',
    tags: ['refunds', 'billing', 'duplicate-charge'],
    body: paragraphs(
      'Seeing two charges for one order, as if you were charged twice, is usually a temporary authorisation plus the final charge. The authorisation disappears within 3 to 5 business days without any action.',
      'If both lines are still there after 5 business days, contact us with the order number and the last four digits of the card. A genuine duplicate charge is refunded the same day.',
    ),
  },
  {
    title: 'How a refund appears on my statement',
    tags: ['refunds', 'billing', 'statements'],
    body: paragraphs(
      'Refunds appear as a credit line with our store name and the order number. Some banks show the refund with the date of the original purchase rather than the refund date, so it can appear further down the statement than you expect.',
      'Each refund for an order is a separate line, so returning items from one order at different times gives several lines.',
    ),
  },
  {
    title: 'Restocking fees',
    tags: ['refunds', 'fees', 'returns'],
    body: paragraphs(
      'We do not charge restocking fees. The only amount we may deduct from a refund is the $5.95 return label fee, and only for returns that are not our fault, for members below gold tier.',
    ),
  },
  {
    title: 'Refunds in other currencies',
    tags: ['refunds', 'currency', 'billing'],
    body: paragraphs(
      'All prices and refunds are in US dollars. If your card is billed in another currency, your bank converts the refund at its own rate on the day it is processed, which may differ from the rate on the day you paid.',
      'We cannot cover differences caused by exchange rates or by fees your bank charges for foreign transactions.',
    ),
  },
];

/** Refunds: timing per payment method, partial refunds, cancellations, late deliveries, statements. */
export function refundArticles(): ArticleDraft[] {
  const timing = refundTiming.map((entry): ArticleDraft => ({
    title: `Refund timing for ${entry.method} payments`,
    tags: ['refunds', 'refund-status', entry.type.replace('_', '-')],
    body: paragraphs(
      entry.time === 'immediately'
        ? `Refunds to a ${entry.method} are added back to its balance immediately after we issue them, and you can spend them straight away.`
        : `Refunds to a ${entry.method} take ${entry.time} to appear after we issue them. The time depends on your bank or provider, not on us.`,
      'We issue the refund as soon as a cancellation is confirmed, or within two business days of receiving a return, and email you when we do.',
    ),
  }));
  return [...timing, ...refundTopics];
}
