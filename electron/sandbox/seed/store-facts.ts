/**
 * The generated store's terms, in one place so the knowledge base, the orders and the shipments agree
 * (a KB article about express shipping quotes the same fee the orders charge).
 */

export const freeShippingFrom = 75;

export const shippingSpeeds = [
  { name: 'Standard', fee: 6.95, days: '5 to 7 business days', minDays: 5, maxDays: 7 },
  { name: 'Express', fee: 14.95, days: '2 to 3 business days', minDays: 2, maxDays: 3 },
  { name: 'Overnight', fee: 29.95, days: 'the next business day', minDays: 1, maxDays: 1 },
] as const;

/** Carriers are fictional; each has its own tracking-number shape, which the KB describes. */
export const carriers = [
  { name: 'Parcelpoint', prefix: 'PP', digits: 10, suffix: '', shape: 'PP followed by 10 digits' },
  { name: 'SwiftLane', prefix: 'SL', digits: 12, suffix: '', shape: 'SL followed by 12 digits' },
  { name: 'Meridian Post', prefix: 'MP', digits: 9, suffix: 'US', shape: 'MP, 9 digits and the letters US' },
  { name: 'Kestrel Freight', prefix: 'KF', digits: 8, suffix: '', shape: 'KF followed by 8 digits' },
] as const;

export const warehouses = ['Reno, NV', 'Columbus, OH', 'Allentown, PA'] as const;

export const categories = {
  apparel: { label: 'clothing', returnDays: 60, warrantyMonths: 0 },
  footwear: { label: 'shoes and boots', returnDays: 60, warrantyMonths: 6 },
  electronics: { label: 'electronics', returnDays: 30, warrantyMonths: 12 },
  home: { label: 'home and kitchen goods', returnDays: 30, warrantyMonths: 24 },
  outdoor: { label: 'outdoor gear', returnDays: 45, warrantyMonths: 24 },
  beauty: { label: 'skin and body care', returnDays: 30, warrantyMonths: 0 },
  accessories: { label: 'bags and accessories', returnDays: 45, warrantyMonths: 12 },
} as const;
export type Category = keyof typeof categories;

export const refundTiming = [
  { method: 'credit card', type: 'credit_card', time: '5 to 7 business days' },
  { method: 'debit card', type: 'debit_card', time: '5 to 10 business days' },
  { method: 'PayPal', type: 'paypal', time: '3 to 5 business days' },
  { method: 'gift card', type: 'gift_card', time: 'immediately' },
  { method: 'bank transfer', type: 'bank_transfer', time: '7 to 10 business days' },
] as const;

export const tierBenefits = {
  bronze: 'free standard shipping from $75 and our standard return windows',
  silver: 'free standard shipping on every order and early access to seasonal sales',
  gold: 'free express shipping, 15 extra days on every return window and a priority support line',
  platinum: 'free overnight upgrades when an order runs late, extended returns and a named account manager',
} as const;
