import { z } from 'zod';

/**
 * The tool bridge's public catalog: names (policy documents and audit logs refer to them), input and
 * output schemas, and risk classes. Shared so the UI can validate edited arguments as the rep types.
 */

const Id = z.string().trim().min(1).max(100);
const IsoTime = z.iso.datetime({ offset: true });
const Currency = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter ISO currency code such as USD');
const Amount = z.number().positive().max(1_000_000).multipleOf(0.01, 'expected at most two decimals');

export const Tier = z.enum(['bronze', 'silver', 'gold', 'platinum']);
export const OrderStatus = z.enum(['pending', 'processing', 'shipped', 'delivered', 'cancelled']);
export const ShipmentStatus = z.enum(['in_transit', 'delayed', 'delivered', 'exception']);
export const TicketStatus = z.enum(['open', 'pending', 'solved', 'closed']);
export const TicketPriority = z.enum(['low', 'normal', 'high', 'urgent']);
export const InteractionChannel = z.enum(['chat', 'email', 'phone', 'sms']);

export const Address = z.object({
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  city: z.string().trim().min(1).max(100),
  state: z.string().trim().max(100).optional(),
  zip: z.string().trim().min(1).max(20),
  country: z.string().trim().min(2).max(56),
});

export const Customer = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  tier: Tier,
  lifetimeValue: z.number(),
  createdAt: z.string(),
});

export const Interaction = z.object({
  id: z.string(),
  customerId: z.string(),
  channel: z.string(),
  at: z.string(),
  topic: z.string(),
  summary: z.string(),
  outcome: z.string(),
  csat: z.number().nullable(),
});

export const OrderItem = z.object({
  sku: z.string(),
  name: z.string(),
  qty: z.number().int(),
  price: z.number(),
});

export const Order = z.object({
  id: z.string(),
  customerId: z.string(),
  status: OrderStatus,
  placedAt: z.string(),
  promisedBy: z.string().nullable(),
  items: z.array(OrderItem),
  total: z.number(),
  currency: z.string(),
  shippingAddress: Address,
  paymentMethod: z.string(),
});

export const Shipment = z.object({
  id: z.string(),
  orderId: z.string(),
  carrier: z.string(),
  trackingNumber: z.string(),
  status: ShipmentStatus,
  eta: z.string().nullable(),
  events: z.array(z.object({ at: z.string(), location: z.string(), description: z.string() })),
});

export const Product = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  variants: z.array(
    z.object({
      sku: z.string(),
      options: z.record(z.string(), z.string()),
      price: z.number(),
      available: z.boolean(),
    }),
  ),
});

export const MoneyMovement = z.object({
  id: z.string(),
  customerId: z.string(),
  orderId: z.string().nullable(),
  amount: z.number(),
  currency: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});

export const Ticket = z.object({
  id: z.string(),
  customerId: z.string().nullable(),
  subject: z.string(),
  status: TicketStatus,
  priority: TicketPriority,
  tags: z.array(z.string()),
  assignee: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const Subscription = z.object({
  plan: z.string(),
  seats: z.number().int(),
  seatsUsed: z.number().int(),
  pricePerSeat: z.number(),
  renewalDate: z.string(),
});

/** How much a tool can change: the policy's rules match on it. */
export const RiskClass = z.enum(['read', 'write', 'money']);
export type RiskClass = z.infer<typeof RiskClass>;

interface ToolSpec<I extends z.ZodType, O extends z.ZodType> {
  description: string;
  risk: RiskClass;
  input: I;
  output: O;
}

const tool = <I extends z.ZodType, O extends z.ZodType>(spec: ToolSpec<I, O>) => spec;

export const tools = {
  'crm.findCustomer': tool({
    description:
      'Find customers by email, phone, name or id (give at least one); a zip code narrows a name search.',
    risk: 'read',
    input: z
      .object({
        email: z.string().trim().min(3).optional(),
        phone: z.string().trim().min(4).optional(),
        name: z.string().trim().min(2).optional(),
        customerId: Id.optional(),
        zip: z.string().trim().min(3).max(20).optional(),
      })
      .strict()
      .refine((q) => [q.email, q.phone, q.name, q.customerId].some((v) => v !== undefined), {
        message: 'give an email, phone, name or customerId',
      }),
    output: z.object({ customers: z.array(Customer) }),
  }),
  'crm.getCustomer': tool({
    description: 'A customer with their recent interactions, notes and account balance.',
    risk: 'read',
    input: z.object({ customerId: Id }).strict(),
    output: z.object({
      customer: Customer,
      recentInteractions: z.array(Interaction),
      notes: z.array(z.object({ at: z.string(), text: z.string() })),
      balance: z.object({ amount: z.number(), currency: z.string() }),
    }),
  }),
  'crm.logInteraction': tool({
    description: 'Record a contact with the customer in the CRM.',
    risk: 'write',
    input: z
      .object({
        customerId: Id,
        channel: InteractionChannel,
        topic: z.string().trim().min(1).max(200),
        summary: z.string().trim().min(1).max(4000),
        outcome: z.string().trim().min(1).max(200),
        csat: z.number().int().min(1).max(5).optional(),
      })
      .strict(),
    output: z.object({ interaction: Interaction }),
  }),
  'orders.get': tool({
    description: 'One order with its items, totals, address and payment method.',
    risk: 'read',
    input: z.object({ orderId: Id }).strict(),
    output: z.object({ order: Order }),
  }),
  'orders.list': tool({
    description: "A customer's orders, newest first, optionally of one status.",
    risk: 'read',
    input: z
      .object({
        customerId: Id,
        status: OrderStatus.optional(),
        limit: z.number().int().min(1).max(100).optional(),
      })
      .strict(),
    output: z.object({ orders: z.array(Order) }),
  }),
  'orders.cancel': tool({
    description: 'Cancel an order that has not shipped.',
    risk: 'write',
    input: z.object({ orderId: Id, reason: z.string().trim().min(1).max(500) }).strict(),
    output: z.object({ order: Order }),
  }),
  'orders.updateAddress': tool({
    description: 'Change the shipping address of an order that has not shipped.',
    risk: 'write',
    input: z.object({ orderId: Id, address: Address }).strict(),
    output: z.object({ order: Order }),
  }),
  'orders.return': tool({
    description: 'Open a return for items of a delivered order.',
    risk: 'write',
    input: z
      .object({
        orderId: Id,
        items: z.array(z.object({ sku: Id, qty: z.number().int().positive() }).strict()).min(1),
        reason: z.string().trim().min(1).max(500),
      })
      .strict(),
    output: z.object({
      returnId: z.string(),
      orderId: z.string(),
      refundDue: z.number(),
      currency: z.string(),
    }),
  }),
  'orders.exchange': tool({
    description: 'Exchange items of a delivered order for other variants of the same product.',
    risk: 'write',
    input: z
      .object({
        orderId: Id,
        items: z.array(z.object({ sku: Id, newSku: Id, qty: z.number().int().positive() }).strict()).min(1),
        reason: z.string().trim().min(1).max(500),
      })
      .strict(),
    output: z.object({
      exchangeId: z.string(),
      orderId: z.string(),
      priceDifference: z.number(),
      currency: z.string(),
    }),
  }),
  'catalog.get': tool({
    description: 'A product and its variants, by product id or by the sku of one variant.',
    risk: 'read',
    input: z
      .object({ productId: Id.optional(), sku: Id.optional() })
      .strict()
      .refine((q) => q.productId !== undefined || q.sku !== undefined, {
        message: 'give a productId or a sku',
      }),
    output: z.object({ product: Product }),
  }),
  'shipping.track': tool({
    description: 'Carrier tracking for an order or a tracking number: status, ETA and events.',
    risk: 'read',
    input: z
      .object({ orderId: Id.optional(), trackingNumber: Id.optional() })
      .strict()
      .refine((q) => q.orderId !== undefined || q.trackingNumber !== undefined, {
        message: 'give an orderId or a trackingNumber',
      }),
    output: z.object({ shipments: z.array(Shipment) }),
  }),
  'payments.issueCredit': tool({
    description: "Add store credit to a customer's balance.",
    risk: 'money',
    input: z
      .object({
        customerId: Id,
        amount: Amount,
        currency: Currency,
        reason: z.string().trim().min(1).max(500),
        orderId: Id.optional(),
      })
      .strict(),
    output: z.object({
      credit: MoneyMovement,
      balance: z.object({ amount: z.number(), currency: z.string() }),
    }),
  }),
  'payments.refund': tool({
    description: 'Refund money to the payment method of an order.',
    risk: 'money',
    input: z
      .object({ orderId: Id, amount: Amount, currency: Currency, reason: z.string().trim().min(1).max(500) })
      .strict(),
    output: z.object({ refund: MoneyMovement }),
  }),
  'tickets.create': tool({
    description: 'Open a support ticket.',
    risk: 'write',
    input: z
      .object({
        customerId: Id.optional(),
        subject: z.string().trim().min(1).max(200),
        body: z.string().trim().min(1).max(10_000),
        priority: TicketPriority.default('normal'),
        tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
      })
      .strict(),
    output: z.object({ ticket: Ticket }),
  }),
  'tickets.comment': tool({
    description: 'Add a comment to a ticket (public to the customer, or an internal note).',
    risk: 'write',
    input: z
      .object({
        ticketId: Id,
        body: z.string().trim().min(1).max(10_000),
        public: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ commentId: z.string(), ticket: Ticket }),
  }),
  'tickets.update': tool({
    description: "Change a ticket's status, priority, tags or assignee.",
    risk: 'write',
    input: z
      .object({
        ticketId: Id,
        status: TicketStatus.optional(),
        priority: TicketPriority.optional(),
        tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
        assignee: z.string().trim().min(1).max(100).nullable().optional(),
      })
      .strict(),
    output: z.object({ ticket: Ticket }),
  }),
  'kb.search': tool({
    description: 'Search the knowledge base; returns article ids, titles and snippets to cite.',
    risk: 'read',
    input: z
      .object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(20).default(5) })
      .strict(),
    output: z.object({
      results: z.array(
        z.object({ id: z.string(), title: z.string(), snippet: z.string(), score: z.number() }),
      ),
    }),
  }),
  'accounts.get': tool({
    description:
      'A SaaS account with its subscription: plan, seats, seats used, price per seat and renewal date.',
    risk: 'read',
    input: z.object({ accountId: Id }).strict(),
    output: z.object({
      account: z.object({ id: z.string(), customerId: z.string(), name: z.string() }),
      subscription: Subscription,
    }),
  }),
  'accounts.usage': tool({
    description:
      "An account's product usage per feature: weekly active users of the last four weeks against the four before.",
    risk: 'read',
    input: z.object({ accountId: Id }).strict(),
    output: z.object({
      accountId: z.string(),
      seats: z.number().int(),
      seatsUsed: z.number().int(),
      features: z.array(
        z.object({
          feature: z.string(),
          recent: z.number(),
          previous: z.number(),
          change: z.number().nullable(),
          lastActive: z.string().nullable(),
        }),
      ),
    }),
  }),
  'renewals.quote': tool({
    description:
      "A renewal quote for an account's current plan and seats, with the policy's discount rules applied.",
    risk: 'read',
    input: z.object({ accountId: Id }).strict(),
    output: z.object({
      accountId: z.string(),
      renewalDate: z.string(),
      churnRisk: z.number().int(),
      quote: z.object({
        plan: z.string(),
        seats: z.number().int(),
        pricePerSeat: z.number(),
        subtotal: z.number(),
        discounts: z.array(z.object({ ruleId: z.string(), percent: z.number(), amount: z.number() })),
        total: z.number(),
      }),
      talkingPoints: z.array(z.string()),
    }),
  }),
  'email.send': tool({
    description: 'Send an email to a customer (lands in the outbox).',
    risk: 'write',
    input: z
      .object({
        to: z.email(),
        subject: z.string().trim().min(1).max(200),
        body: z.string().trim().min(1).max(20_000),
        customerId: Id.optional(),
        orderId: Id.optional(),
      })
      .strict(),
    output: z.object({ emailId: z.string(), sentAt: z.string() }),
  }),
  'calendar.schedule': tool({
    description: 'Schedule a call with a customer.',
    risk: 'write',
    input: z
      .object({
        customerId: Id,
        startsAt: IsoTime,
        durationMinutes: z.number().int().min(5).max(480),
        title: z.string().trim().min(1).max(200),
        notes: z.string().trim().max(4000).optional(),
      })
      .strict(),
    output: z.object({ eventId: z.string(), startsAt: z.string(), durationMinutes: z.number() }),
  }),
} as const;

export type Tools = typeof tools;
export type ToolName = keyof Tools;
export type ToolInput<T extends ToolName> = z.output<Tools[T]['input']>;
export type ToolOutput<T extends ToolName> = z.output<Tools[T]['output']>;

/** A tool name as decisions, actions and the audit log carry it: built in, or an MCP server's. */
export type CatalogToolName = ToolName | `mcp.${string}`;

export const toolNames = Object.keys(tools) as ToolName[];
export const isToolName = (name: unknown): name is ToolName =>
  typeof name === 'string' && Object.hasOwn(tools, name);
