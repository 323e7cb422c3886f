import { z } from 'zod';
import {
  Currency,
  DateOnly,
  DateTime,
  EmailAddress,
  expecting,
  Id,
  InteractionChannel,
  list,
  Money,
  OrderStatus,
  PaymentMethodType,
  PositiveInt,
  PositiveMoney,
  ReturnKind,
  ReturnStatus,
  ShipmentStatus,
  SignedMoney,
  text,
  TicketPriority,
  TicketStatus,
  Tier,
} from './format-fields';

// The customer-service records of the sandbox (see format.ts): customers, the shop, support and its mail.

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

export type Address = z.output<typeof Address>;
export type PaymentMethod = z.output<typeof PaymentMethod>;
export type Customer = z.output<typeof Customer>;
export type CustomerNote = z.output<typeof CustomerNote>;
export type Interaction = z.output<typeof Interaction>;
export type Variant = z.output<typeof Variant>;
export type Product = z.output<typeof Product>;
export type OrderItem = z.output<typeof OrderItem>;
export type OrderTotals = z.output<typeof OrderTotals>;
export type Order = z.output<typeof Order>;
export type ReturnItem = z.output<typeof ReturnItem>;
export type ReturnRequest = z.output<typeof ReturnRequest>;
export type ShipmentEvent = z.output<typeof ShipmentEvent>;
export type Shipment = z.output<typeof Shipment>;
export type Credit = z.output<typeof Credit>;
export type Refund = z.output<typeof Refund>;
export type TicketComment = z.output<typeof TicketComment>;
export type Ticket = z.output<typeof Ticket>;
export type KbArticle = z.output<typeof KbArticle>;
export type OutboxEmail = z.output<typeof OutboxEmail>;
export type CalendarEvent = z.output<typeof CalendarEvent>;
