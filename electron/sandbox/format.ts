import { z } from 'zod';
import { toCents } from '../../shared/money';
import { plans } from '../../shared/cheatsheet';
import { features } from '../../shared/saas-catalog';

/**
 * The sandbox's records, as the import/export file spells them (docs/sandbox-import-format.md) and as
 * the repositories return them. Money is a number in currency units with at most two decimals (stored
 * as integer cents); date-times are ISO 8601 and normalised to UTC.
 */

const expecting = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `expected ${what}`),
});

/** Non-empty text of at most `max` characters, trimmed. */
export const text = (max: number) =>
  z
    .string(expecting('text'))
    .trim()
    .min(1, { error: 'expected non-empty text' })
    .max(max, { error: `expected at most ${max} characters` });

export const Id = text(100);
export const EmailAddress = z.email(expecting('an email address such as ana@example.com'));
export const Currency = z
  .string(expecting('a three-letter currency code such as USD'))
  .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as USD' });
export const DateTime = z.iso
  .datetime({ offset: true, ...expecting('an ISO 8601 date-time such as 2025-06-10T14:30:00Z') })
  .transform((value) => new Date(value).toISOString());
export const DateOnly = z.iso.date(expecting('a date such as 2025-06-13'));

const hasCents = (amount: number): boolean => Math.abs(amount * 100 - toCents(amount)) < 1e-6;

/** An amount of money in currency units, positive or negative, with at most two decimals. */
export const SignedMoney = z
  .number(expecting('an amount such as 19.99'))
  .min(-1_000_000_000, { error: 'expected an amount above -1,000,000,000' })
  .max(1_000_000_000, { error: 'expected an amount under 1,000,000,000' })
  .refine(hasCents, { error: 'expected an amount with at most 2 decimals' });
/** An amount of money in currency units, zero or more, with at most two decimals. */
export const Money = SignedMoney.refine((amount) => amount >= 0, {
  error: 'expected an amount of zero or more',
});
export const PositiveMoney = Money.refine((amount) => amount > 0, { error: 'expected an amount above zero' });
export const PositiveInt = z
  .int(expecting('a positive integer'))
  .positive({ error: 'expected a positive integer' });
export const Count = z
  .int(expecting('a whole number of zero or more'))
  .min(0, { error: 'expected a whole number of zero or more' });

/** A JSON array of `item`. */
const list = <T extends z.ZodType>(item: T) => z.array(item, expecting('a list'));

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, expecting(`one of ${values.join(', ')}`));

export const Tier = oneOf(['bronze', 'silver', 'gold', 'platinum']);
export const OrderStatus = oneOf(['pending', 'processing', 'shipped', 'delivered', 'cancelled']);
export const ShipmentStatus = oneOf(['in_transit', 'delayed', 'delivered', 'exception']);
export const TicketStatus = oneOf(['open', 'pending', 'solved', 'closed']);
export const TicketPriority = oneOf(['low', 'normal', 'high', 'urgent']);
export const InteractionChannel = oneOf(['chat', 'email', 'phone', 'sms']);
export const PaymentMethodType = oneOf(['credit_card', 'debit_card', 'paypal', 'gift_card', 'bank_transfer']);
export const ReturnKind = oneOf(['return', 'exchange']);
export const ReturnStatus = oneOf(['requested', 'received', 'completed', 'rejected']);
export const Plan = oneOf(plans);
export const Feature = oneOf(features);
export const TouchpointChannel = oneOf(['call', 'email', 'meeting', 'note']);

export const Address = z.strictObject({
  line1: text(200),
  line2: text(200).optional(),
  city: text(100),
  state: text(100).optional(),
  zip: text(20),
  country: text(56),
});

export const PaymentMethod = z.strictObject({
  id: Id,
  type: PaymentMethodType,
  brand: text(40).optional(),
  lastFour: z
    .string(expecting('the last four digits of the card'))
    .regex(/^\d{4}$/, { error: 'expected the last four digits of the card' })
    .optional(),
  /** Remaining balance, for gift cards. */
  balance: Money.optional(),
});

export const Customer = z.strictObject({
  id: Id,
  name: text(200),
  email: EmailAddress,
  phone: text(40).nullable().default(null),
  tier: Tier,
  lifetimeValue: Money,
  currency: Currency.default('USD'),
  address: Address.nullable().default(null),
  paymentMethods: list(PaymentMethod).default([]),
  createdAt: DateTime,
});

export const CustomerNote = z.strictObject({
  id: Id,
  customerId: Id,
  author: text(100),
  text: text(4000),
  at: DateTime,
});

export const Interaction = z.strictObject({
  id: Id,
  customerId: Id,
  channel: InteractionChannel,
  at: DateTime,
  topic: text(200),
  summary: text(4000),
  outcome: text(200),
  csat: z.int(expecting('a score from 1 to 5')).min(1).max(5).nullable().default(null),
});

export const Variant = z.strictObject({
  sku: Id,
  options: z.record(z.string().min(1).max(50), text(100)).default({}),
  price: Money,
  available: z.boolean(expecting('true or false')),
});

export const Product = z.strictObject({
  id: Id,
  name: text(200),
  description: z.string(expecting('text')).max(4000).default(''),
  currency: Currency.default('USD'),
  variants: list(Variant).min(1, { error: 'expected at least one variant' }),
});

export const OrderItem = z.strictObject({
  sku: Id,
  name: text(200),
  qty: PositiveInt,
  price: Money,
});

export const OrderTotals = z.strictObject({
  subtotal: Money,
  shipping: Money.default(0),
  tax: Money.default(0),
  discount: Money.default(0),
  total: Money,
});

export const Order = z.strictObject({
  id: Id,
  customerId: Id,
  status: OrderStatus,
  placedAt: DateTime,
  promisedBy: DateOnly.nullable().default(null),
  currency: Currency.default('USD'),
  items: list(OrderItem).min(1, { error: 'expected at least one item' }),
  totals: OrderTotals,
  shippingAddress: Address,
  paymentMethod: text(100),
  cancelledAt: DateTime.nullable().default(null),
  cancelReason: text(500).nullable().default(null),
});

export const ReturnItem = z.strictObject({
  sku: Id,
  qty: PositiveInt,
  /** The variant sent instead, for an exchange. */
  newSku: Id.nullable().default(null),
});

export const ReturnRequest = z.strictObject({
  id: Id,
  orderId: Id,
  kind: ReturnKind,
  items: list(ReturnItem).min(1, { error: 'expected at least one item' }),
  reason: text(500),
  paymentMethod: text(100).nullable().default(null),
  /** Return: the refund due. Exchange: new price minus old (negative means money back). */
  amount: SignedMoney,
  currency: Currency.default('USD'),
  status: ReturnStatus.default('requested'),
  createdAt: DateTime,
});

export const ShipmentEvent = z.strictObject({
  at: DateTime,
  location: text(200),
  description: text(500),
});

export const Shipment = z.strictObject({
  id: Id,
  orderId: Id,
  carrier: text(100),
  trackingNumber: Id,
  status: ShipmentStatus,
  eta: DateOnly.nullable().default(null),
  events: list(ShipmentEvent).default([]),
});

export const Credit = z.strictObject({
  id: Id,
  customerId: Id,
  orderId: Id.nullable().default(null),
  amount: PositiveMoney,
  currency: Currency.default('USD'),
  reason: text(500),
  idempotencyKey: text(200),
  createdAt: DateTime,
});

export const Refund = z.strictObject({
  id: Id,
  customerId: Id,
  orderId: Id,
  amount: PositiveMoney,
  currency: Currency.default('USD'),
  reason: text(500),
  idempotencyKey: text(200),
  createdAt: DateTime,
});

export const TicketComment = z.strictObject({
  id: Id,
  author: text(100),
  body: text(10_000),
  public: z.boolean(expecting('true or false')).default(true),
  at: DateTime,
});

export const Ticket = z.strictObject({
  id: Id,
  customerId: Id.nullable().default(null),
  orderId: Id.nullable().default(null),
  subject: text(200),
  status: TicketStatus,
  priority: TicketPriority.default('normal'),
  tags: list(text(50)).default([]),
  assignee: text(100).nullable().default(null),
  createdAt: DateTime,
  updatedAt: DateTime,
  comments: list(TicketComment).default([]),
});

export const KbArticle = z.strictObject({
  id: Id,
  title: text(300),
  body: text(100_000),
  tags: list(text(50)).default([]),
  updatedAt: DateTime,
});

export const OutboxEmail = z.strictObject({
  id: Id,
  to: EmailAddress,
  subject: text(200),
  body: text(20_000),
  sentAt: DateTime,
  relatedOrderId: Id.nullable().default(null),
  customerId: Id.nullable().default(null),
});

export const CalendarEvent = z.strictObject({
  id: Id,
  customerId: Id,
  startsAt: DateTime,
  durationMinutes: PositiveInt.max(480, { error: 'expected at most 480 minutes' }),
  title: text(200),
  notes: z.string(expecting('text')).max(4000).default(''),
});

/** A business customer of the SaaS product; `customerId` is its contact in the CRM. */
export const Account = z.strictObject({
  id: Id,
  customerId: Id,
  name: text(200),
});

/** What an account pays for: one subscription per account, priced in the customer's currency. */
export const Subscription = z.strictObject({
  accountId: Id,
  plan: Plan,
  seats: PositiveInt,
  seatsUsed: Count,
  /** Per seat per year. */
  pricePerSeat: Money,
  renewalDate: DateOnly,
});

/** Weekly active users of one feature of an account, as counted on `date`. */
export const UsagePoint = z.strictObject({
  accountId: Id,
  feature: Feature,
  date: DateOnly,
  activeUsers: Count,
});

/** A contact with an account: a call, email, meeting or note, in a sentence or two. */
export const Touchpoint = z.strictObject({
  accountId: Id,
  at: DateTime,
  channel: TouchpointChannel,
  summary: text(4000),
});

/** The whole sandbox: the import/export file (every list optional on import, always written on export). */
export const SandboxShape = z.strictObject(
  {
    format: z.literal('agent-assist-sandbox', expecting('"agent-assist-sandbox"')).optional(),
    version: z.literal(1, expecting('1')).optional(),
    customers: list(Customer).default([]),
    notes: list(CustomerNote).default([]),
    interactions: list(Interaction).default([]),
    products: list(Product).default([]),
    orders: list(Order).default([]),
    returns: list(ReturnRequest).default([]),
    shipments: list(Shipment).default([]),
    credits: list(Credit).default([]),
    refunds: list(Refund).default([]),
    tickets: list(Ticket).default([]),
    kbArticles: list(KbArticle).default([]),
    outbox: list(OutboxEmail).default([]),
    calendar: list(CalendarEvent).default([]),
    accounts: list(Account).default([]),
    subscriptions: list(Subscription).default([]),
    usage: list(UsagePoint).default([]),
    touchpoints: list(Touchpoint).default([]),
  },
  expecting('a JSON object with lists such as customers and orders'),
);

export type Address = z.output<typeof Address>;
export type PaymentMethod = z.output<typeof PaymentMethod>;
export type Tier = z.output<typeof Tier>;
export type Customer = z.output<typeof Customer>;
export type CustomerNote = z.output<typeof CustomerNote>;
export type Interaction = z.output<typeof Interaction>;
export type Variant = z.output<typeof Variant>;
export type Product = z.output<typeof Product>;
export type OrderStatus = z.output<typeof OrderStatus>;
export type OrderItem = z.output<typeof OrderItem>;
export type OrderTotals = z.output<typeof OrderTotals>;
export type Order = z.output<typeof Order>;
export type ReturnItem = z.output<typeof ReturnItem>;
export type ReturnRequest = z.output<typeof ReturnRequest>;
export type ShipmentStatus = z.output<typeof ShipmentStatus>;
export type ShipmentEvent = z.output<typeof ShipmentEvent>;
export type Shipment = z.output<typeof Shipment>;
export type Credit = z.output<typeof Credit>;
export type Refund = z.output<typeof Refund>;
export type TicketStatus = z.output<typeof TicketStatus>;
export type TicketPriority = z.output<typeof TicketPriority>;
export type TicketComment = z.output<typeof TicketComment>;
export type Ticket = z.output<typeof Ticket>;
export type KbArticle = z.output<typeof KbArticle>;
export type OutboxEmail = z.output<typeof OutboxEmail>;
export type CalendarEvent = z.output<typeof CalendarEvent>;
export type TouchpointChannel = z.output<typeof TouchpointChannel>;
export type Account = z.output<typeof Account>;
export type Subscription = z.output<typeof Subscription>;
export type UsagePoint = z.output<typeof UsagePoint>;
export type Touchpoint = z.output<typeof Touchpoint>;
export type SandboxData = Omit<z.output<typeof SandboxShape>, 'format' | 'version'>;

/** The lists of a sandbox file, in the order they are written and applied. */
export const sandboxLists = [
  'customers',
  'notes',
  'interactions',
  'products',
  'orders',
  'returns',
  'shipments',
  'credits',
  'refunds',
  'tickets',
  'kbArticles',
  'outbox',
  'calendar',
  'accounts',
  'subscriptions',
  'usage',
  'touchpoints',
] as const satisfies readonly (keyof SandboxData)[];
