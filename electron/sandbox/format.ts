import { z } from 'zod';
import { expecting, list } from './format-fields';
import { Account, Subscription, UsagePoint, Touchpoint } from './format-accounts';
import {
  CalendarEvent,
  Credit,
  Customer,
  CustomerNote,
  Interaction,
  KbArticle,
  Order,
  OutboxEmail,
  Product,
  Refund,
  ReturnRequest,
  Shipment,
  Ticket,
} from './format-records';

/**
 * The sandbox's records, as the import/export file spells them (docs/sandbox-import-format.md) and as
 * the repositories return them. Money is a number in currency units with at most two decimals (stored
 * as integer cents); date-times are ISO 8601 and normalised to UTC.
 */

export {
  text,
  Id,
  EmailAddress,
  Currency,
  DateTime,
  DateOnly,
  SignedMoney,
  Money,
  PositiveMoney,
  PositiveInt,
  Count,
  Tier,
  OrderStatus,
  ShipmentStatus,
  TicketStatus,
  TicketPriority,
  InteractionChannel,
  PaymentMethodType,
  ReturnKind,
  ReturnStatus,
  Plan,
  Feature,
  TouchpointChannel,
} from './format-fields';
export {
  Address,
  PaymentMethod,
  Customer,
  CustomerNote,
  Interaction,
  Variant,
  Product,
  OrderItem,
  OrderTotals,
  Order,
  ReturnItem,
  ReturnRequest,
  ShipmentEvent,
  Shipment,
  Credit,
  Refund,
  TicketComment,
  Ticket,
  KbArticle,
  OutboxEmail,
  CalendarEvent,
} from './format-records';
export { Account, Subscription, UsagePoint, Touchpoint } from './format-accounts';

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
