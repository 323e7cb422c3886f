import { paragraphs, steps, type ArticleDraft } from './article';

const paymentMethods = [
  {
    name: 'credit cards',
    detail:
      'We accept Visa, Mastercard, American Express and Discover. The card is authorised when you order and charged when the order ships.',
  },
  {
    name: 'debit cards',
    detail:
      'Debit cards with a Visa or Mastercard logo work like credit cards. Because the money leaves your account at authorisation, a cancelled order can take longer to come back.',
  },
  {
    name: 'PayPal',
    detail:
      'Choose PayPal at checkout and sign in to approve the payment. Refunds go back to your PayPal balance or the card behind it.',
  },
  {
    name: 'gift cards',
    detail:
      'Enter the gift card number at checkout. If the balance does not cover the order, pay the rest with another method.',
  },
  {
    name: 'bank transfer',
    detail:
      'Business customers can pay by bank transfer against an invoice. Orders ship once the payment arrives, usually 1 to 3 business days.',
  },
];

const billingTopics: ArticleDraft[] = [
  {
    title: 'Why was my card declined?',
    tags: ['billing', 'payments', 'declined'],
    body: paragraphs(
      'Most declines come from the bank rather than from us. Common reasons:',
      steps(
        'The billing address or postal code does not match the one your bank holds.',
        'The card has expired or the security code was mistyped.',
        'The bank flagged the purchase as unusual; approving it in your banking app usually fixes this.',
        'The amount is over the card’s available limit.',
      ),
      'A declined attempt does not create an order. If you see a pending amount after a decline, it drops off within a few days.',
    ),
  },
  {
    title: 'Pending charges and authorisation holds',
    tags: ['billing', 'authorization', 'payments'],
    body: paragraphs(
      'When you place an order, your bank places a hold for the order total. We capture the payment when the order ships. If the order ships in parts, you may see one charge per shipment.',
      'If an order is cancelled before it ships, the hold is released. Banks take 3 to 5 business days to remove it from your available balance.',
    ),
  },
  {
    title: 'How sales tax is calculated',
    tags: ['billing', 'tax'],
    body: paragraphs(
      'We charge sales tax based on the shipping address, at the rate for that state and locality. Tax is calculated on the price after discounts. Shipping is taxed only in states that require it.',
      'Tax appears as a separate line on the order confirmation and on the invoice. When you return items, the tax on them is refunded too.',
    ),
  },
  {
    title: 'Updating the billing address',
    tags: ['billing', 'account', 'address'],
    body: paragraphs(
      'The billing address must match the one your bank holds for the card. Update it under Account → Payment methods before placing an order.',
      'Changing the billing address does not change where orders ship; shipping addresses are managed separately in your address book.',
    ),
  },
  {
    title: 'Getting an invoice or receipt',
    tags: ['billing', 'invoices', 'receipts'],
    body: paragraphs(
      'Every order has a printable receipt on its order page. For a VAT-style invoice with your company name, open the order and choose "Download invoice", or contact us and we email it.',
      'Invoices can be issued for any order placed in the last seven years.',
    ),
  },
  {
    title: 'My promo code did not work',
    tags: ['billing', 'promotions', 'discounts'],
    body: paragraphs(
      'Promo codes can fail for a few reasons:',
      steps(
        'The code has expired or has already been used (most codes are one per customer).',
        'The order does not reach the minimum value after other discounts.',
        'Some items, such as gift cards and clearance items, are excluded.',
      ),
      'If a valid code did not apply to an order you already placed, contact us within 14 days and we refund the discount.',
    ),
  },
  {
    title: 'Checking a gift card balance',
    tags: ['billing', 'gift-cards'],
    body: paragraphs(
      'Enter the gift card number on the gift card page to see its balance, or add it to your account to see it with your payment methods.',
      'Gift cards never expire and carry no fees. Refunds for orders paid with a gift card go back to the card immediately.',
    ),
  },
  {
    title: 'Buying gift cards',
    tags: ['billing', 'gift-cards'],
    body: paragraphs(
      'Digital gift cards from $10 to $500 are delivered by email, on the date you choose. Gift cards cannot be used to buy other gift cards.',
      'If the recipient has not received their card, check the spelling of the email address on the order; we can resend it to a corrected address.',
    ),
  },
  {
    title: 'Paying in instalments',
    tags: ['billing', 'instalments', 'payments'],
    body: paragraphs(
      'Orders over $150 can be split into four interest-free payments with our instalment partner, chosen at checkout. The first payment is taken when the order ships.',
      'Returns reduce the remaining instalments first. Questions about the payment schedule are answered by the instalment partner.',
    ),
  },
  {
    title: 'Tax-exempt and business purchases',
    tags: ['billing', 'tax', 'business'],
    body: paragraphs(
      'Organisations with a sales tax exemption certificate can register it with us before ordering. Email the certificate and the account email address, and we apply the exemption within two business days.',
      'We cannot remove tax from orders that were placed before the exemption was approved, but we can refund it if the certificate was valid at the time of the order.',
    ),
  },
  {
    title: 'I do not recognise a charge',
    tags: ['billing', 'unrecognized-charge', 'security'],
    body: paragraphs(
      'Check your order history first: charges appear when an order ships, which can be days after ordering, and split orders are charged per shipment.',
      'If the charge does not match any order, contact us with the amount, date and the last four digits of the card. If the charge is not ours, contact your bank, because the card details may have been used elsewhere.',
    ),
  },
  {
    title: 'What happens if the payment for an order fails',
    tags: ['billing', 'payments', 'orders'],
    body: paragraphs(
      'If we cannot capture the payment when an order is ready to ship, we email you and keep the order for three days so you can update the payment method from the order page.',
      'After three days the order is cancelled automatically and any authorisation hold is released.',
    ),
  },
  {
    title: 'Do you price match?',
    tags: ['billing', 'price-match'],
    body: paragraphs(
      'We do not match other retailers’ prices. We do refund the difference if our own price for the same item drops within 14 days of your order.',
    ),
  },
  {
    title: 'Changing the payment method of an order',
    tags: ['billing', 'payments', 'orders'],
    body: paragraphs(
      'While an order is pending, you can switch it to another saved payment method from the order page, or ask us to. The original authorisation is released and a new one is placed.',
      'A gift card used as the new method needs enough balance for the whole order. Once an order has shipped, its payment method can no longer change.',
    ),
  },
];

/** Billing: payment methods, declines, holds, tax, invoices, promo codes, gift cards. */
export function billingArticles(): ArticleDraft[] {
  const methods = paymentMethods.map((method): ArticleDraft => ({
    title: `Paying with ${method.name}`,
    tags: ['billing', 'payments', 'payment-methods'],
    body: paragraphs(
      method.detail,
      'You can save several payment methods in your account and choose one for each order. Saved cards are stored by our payment processor; we only keep the brand and the last four digits.',
    ),
  }));
  return [...methods, ...billingTopics];
}
