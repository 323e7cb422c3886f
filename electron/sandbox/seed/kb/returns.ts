import { carriers, categories, type Category } from '../store-facts';
import { paragraphs, steps, type ArticleDraft } from './article';

const conditionByCategory: Record<Category, string> = {
  apparel: 'unworn and unwashed, with the original tags attached',
  footwear: 'unworn outdoors, in the original shoe box, which should not be used as the shipping box',
  electronics: 'with every accessory, cable and manual, and reset to factory settings',
  home: 'unused, or with a manufacturing fault, in its original packaging',
  outdoor: 'clean and dry; tents and sleeping bags must not have been used overnight',
  beauty: 'unopened and sealed, unless the product caused a reaction',
  accessories: 'unused, with any dust bag, case or tags it came with',
};

const returnTopics: ArticleDraft[] = [
  {
    title: 'How to start a return',
    tags: ['returns', 'return-label'],
    body: paragraphs(
      'You can return most items within the return window for their category, counted from the day of delivery.',
      steps(
        'Open the order in your account and choose "Return items", or contact us with the order number.',
        'Pick the items and tell us why you are returning them.',
        'Print the prepaid label we email you and attach it to the parcel.',
        'Drop the parcel at any location of the carrier named on the label.',
      ),
      'We email you when the carrier scans the parcel and again when the refund is issued. Refunds go back to the original payment method.',
    ),
  },
  {
    title: 'Printing a return label',
    tags: ['returns', 'return-label'],
    body: paragraphs(
      'Return labels arrive by email as a PDF within a few minutes of opening a return. Print it on plain paper and tape it over any old labels on the box.',
      'No printer? Most carrier locations can print the label from the QR code in the same email. Labels are valid for 14 days; if yours expires, contact us and we send a new one.',
    ),
  },
  {
    title: 'Do I pay for return shipping?',
    tags: ['returns', 'fees', 'return-shipping'],
    body: paragraphs(
      'Returns are free when the item arrived damaged, faulty or different from what you ordered, and for every exchange.',
      'For other returns we deduct a flat $5.95 label fee from the refund. Gold and platinum members never pay the label fee. If you prefer to use your own carrier, you can, but keep the tracking number until the refund arrives.',
    ),
  },
  {
    title: 'Exchanging an item for a different size or colour',
    tags: ['returns', 'exchange', 'sizing'],
    body: paragraphs(
      'You can exchange an item from a delivered order for another size or colour of the same product, as long as it is in stock. Exchanges are free.',
      'Open the order in your account and choose "Exchange", or contact us. We ship the new item as soon as the carrier scans your return, so you do not wait for it to reach the warehouse.',
      'If the new variant costs more, we charge the difference to the payment method you choose; if it costs less, we refund the difference.',
    ),
  },
  {
    title: 'Returning a gift',
    tags: ['returns', 'gifts'],
    body: paragraphs(
      'If you received one of our products as a gift, contact us with the order number from the gift receipt, or the name and email of the person who ordered it.',
      'Gift returns are refunded as store credit in your name, so the buyer is not told. You can also exchange the gift for another size or colour.',
    ),
  },
  {
    title: 'Returning part of an order',
    tags: ['returns', 'partial-return', 'refunds'],
    body: paragraphs(
      'You can return any of the items in an order without returning the others. The refund covers the price you paid for those items, including their share of any order discount.',
      'Shipping charges are refunded only when the whole order is returned because of our mistake or a damaged delivery.',
    ),
  },
  {
    title: 'Where is my return?',
    tags: ['returns', 'tracking', 'refunds'],
    body: paragraphs(
      'Use the tracking number on your return label to follow the parcel back to us. Returns usually take 5 to 8 business days to reach the warehouse.',
      'We inspect returns within two business days of arrival and then issue the refund. If it has been more than 10 business days since you dropped the parcel off, contact us with the return tracking number.',
    ),
  },
  {
    title: 'Items that cannot be returned',
    tags: ['returns', 'policy', 'final-sale'],
    body: paragraphs(
      'A few items cannot be returned unless they are faulty or arrived damaged:',
      steps(
        'Opened skin and body care products.',
        'Items marked final sale on the product page.',
        'Gift cards.',
        'Items that have been personalised or engraved.',
      ),
      'Everything else can be returned within its category’s return window.',
    ),
  },
  {
    title: 'Returning an item after the return window',
    tags: ['returns', 'policy', 'late-return'],
    body: paragraphs(
      'Return windows are counted from the delivery date. After the window closes, we can no longer accept a standard return.',
      'If the item is faulty, it may still be covered by its warranty: see the warranty article for its category. Gold and platinum members have 15 extra days on every return window.',
    ),
  },
  {
    title: 'Returning a faulty or defective item',
    tags: ['returns', 'defective', 'warranty'],
    body: paragraphs(
      'If an item stops working or shows a manufacturing fault within its return window, return it for a free replacement or a full refund, including the original shipping charge.',
      'After the return window, faults are handled under the warranty for the product’s category. Contact us with the order number, a short description and, if you can, a photo or video of the problem.',
    ),
  },
  {
    title: 'Changing a return into an exchange',
    tags: ['returns', 'exchange'],
    body: paragraphs(
      'If you opened a return and would rather have a different size or colour, contact us before the carrier scans the parcel. We can switch it to an exchange without a new label.',
      'Once we have received the item, the refund is already on its way, so please place a new order instead.',
    ),
  },
  {
    title: 'Extended holiday returns',
    tags: ['returns', 'holidays', 'policy'],
    body: paragraphs(
      'Items delivered between November 1 and December 24 can be returned until January 31, or until the end of their normal return window if that is later.',
      'The extension applies to every category, including gifts, and to both returns and exchanges.',
    ),
  },
  {
    title: 'I returned the wrong item',
    tags: ['returns', 'wrong-item'],
    body: paragraphs(
      'If you sent us something other than the item listed on your return, contact us with the return tracking number as soon as possible.',
      'When the parcel arrives, we ship the item back to you free of charge and reopen the return so you can send the right one.',
    ),
  },
  {
    title: 'What condition must a return be in?',
    tags: ['returns', 'policy', 'condition'],
    body: paragraphs(
      'Items need to come back in a condition we can sell again, or with a fault we can see. The exact requirements depend on the category:',
      steps(
        ...(Object.keys(conditionByCategory) as Category[]).map(
          (c) => `${categories[c].label}: ${conditionByCategory[c]}.`,
        ),
      ),
      'If a return does not meet these conditions, we contact you before deciding anything and can send the item back to you.',
    ),
  },
];

/** Returns: windows and conditions per category, how to return and exchange, drop-offs. */
export function returnArticles(): ArticleDraft[] {
  const perCategory = (Object.keys(categories) as Category[]).map((category): ArticleDraft => {
    const { label, returnDays } = categories[category];
    return {
      title: `Returning ${label}: window and conditions`,
      tags: ['returns', 'policy', category],
      body: paragraphs(
        `You can return ${label} within ${returnDays} days of delivery. Items must be ${conditionByCategory[category]}.`,
        `Start the return from the order page or contact us; we email a prepaid label. Gold and platinum members can return ${label} for ${returnDays + 15} days.`,
        'Refunds go back to the original payment method once the return has been inspected, usually within two business days of arrival.',
      ),
    };
  });
  const dropOffs = carriers.map((carrier): ArticleDraft => ({
    title: `Dropping off a return with ${carrier.name}`,
    tags: ['returns', 'drop-off', carrier.name.toLowerCase().replace(/\s+/g, '-')],
    body: paragraphs(
      `If your return label shows ${carrier.name}, you can drop the sealed parcel at any ${carrier.name} counter, locker or partner shop. Ask for a receipt: it proves the parcel is on its way back to us.`,
      `${carrier.name} can also collect returns from your home for a small fee, booked on its website with the tracking number from your label.`,
    ),
  }));
  return [...perCategory, ...returnTopics, ...dropOffs];
}
