import type { Result } from '../../../shared/result';
import type { ToolOutput } from '../../../shared/tools';
import type { Order } from '../../sandbox/format';
import type { Sandbox } from '../../sandbox/sandbox';
import type { RenewalQuoter } from '../../../shared/renewal-signals';
import type { Database } from '../../store/database';
import type { Connector } from '../connector';
import { saasHandlers } from './saas-handlers';
import { sandboxRecords } from './sandbox-records';
import { ToolError, type ToolErrorCode } from '../tool-error';

const passThrough = new Set<string>([
  'not_found',
  'conflict',
  'bad_request',
  'forbidden',
  'timeout',
  'unavailable',
]);

/** The value of a repository result, or the repository's error as a ToolError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const code = (passThrough.has(result.error.code) ? result.error.code : 'conflict') as ToolErrorCode;
  throw new ToolError(code, result.error.message, result.error.field);
}

const orderView = (
  order: Order | (Omit<Order, 'items'> & { items: Order['items'] }),
): ToolOutput<'orders.get'>['order'] => ({
  id: order.id,
  customerId: order.customerId,
  status: order.status,
  placedAt: order.placedAt,
  promisedBy: order.promisedBy,
  items: order.items.map(({ sku, name, qty, price }) => ({ sku, name, qty, price })),
  total: order.totals.total,
  currency: order.currency,
  shippingAddress: order.shippingAddress,
  paymentMethod: order.paymentMethod,
});

const requireKey = (key: string | undefined): string => {
  if (!key) throw new ToolError('bad_request', 'An idempotency key is required.', 'idempotencyKey');
  return key;
};

type Handlers = Connector['handlers'];

function customerHandlers({ customers, payments }: Sandbox): Handlers {
  return {
    'crm.findCustomer': ({ customerId, email, phone, name, zip }) => ({
      customers: unwrap(customers.find({ id: customerId, email, phone, name, zip })),
    }),
    'crm.getCustomer': ({ customerId }) => {
      const profile = unwrap(customers.profile(customerId));
      const balance = unwrap(payments.balance(customerId, profile.customer.currency));
      return {
        customer: profile.customer,
        recentInteractions: profile.recentInteractions,
        notes: profile.notes.map(({ at, text }) => ({ at, text })),
        balance: { amount: balance.amount, currency: balance.currency },
      };
    },
    'crm.logInteraction': (input) => ({
      interaction: unwrap(customers.logInteraction({ ...input, csat: input.csat ?? null })),
    }),
  };
}

function orderHandlers({ customers, orders, returns }: Sandbox): Handlers {
  return {
    'orders.get': ({ orderId }) => ({ order: orderView(unwrap(orders.get(orderId))) }),
    'orders.list': ({ customerId, status, limit }) => ({
      orders: unwrap(
        orders.listByCustomer(unwrap(customers.get(customerId)).id, {
          ...(status ? { status } : {}),
          limit: limit ?? 20,
        }),
      ).map(orderView),
    }),
    'orders.cancel': ({ orderId, reason }) => ({
      order: orderView(unwrap(orders.cancel(orderId, reason))),
    }),
    'orders.updateAddress': ({ orderId, address }) => ({
      order: orderView(unwrap(orders.updateShippingAddress(orderId, address))),
    }),
    'orders.return': ({ orderId, items, reason }) => {
      const created = unwrap(returns.createReturn({ orderId, items, reason }));
      return {
        returnId: created.id,
        orderId: created.orderId,
        refundDue: created.amount,
        currency: created.currency,
      };
    },
    'orders.exchange': ({ orderId, items, reason }) => {
      const created = unwrap(returns.createExchange({ orderId, items, reason }));
      return {
        exchangeId: created.id,
        orderId: created.orderId,
        priceDifference: created.amount,
        currency: created.currency,
      };
    },
  };
}

function shippingAndPaymentHandlers({ catalog, shipments, payments }: Sandbox): Handlers {
  return {
    'catalog.get': ({ productId, sku }) => ({
      product: productId !== undefined ? unwrap(catalog.get(productId)) : unwrap(catalog.bySku(sku!)).product,
    }),
    'shipping.track': ({ orderId, trackingNumber }) => ({
      shipments: unwrap(
        shipments.track(orderId !== undefined ? { orderId } : { trackingNumber: trackingNumber! }),
      ),
    }),
    'payments.issueCredit': (input, context) => {
      const issued = unwrap(
        payments.issueCredit({ ...input, idempotencyKey: requireKey(context.idempotencyKey) }),
      );
      const balance = unwrap(payments.balance(input.customerId, input.currency));
      return { credit: issued.record, balance: { amount: balance.amount, currency: balance.currency } };
    },
    'payments.refund': (input, context) => ({
      refund: unwrap(payments.issueRefund({ ...input, idempotencyKey: requireKey(context.idempotencyKey) }))
        .record,
    }),
  };
}

function messageHandlers({ tickets, kb, outbox }: Sandbox): Handlers {
  return {
    'tickets.create': (input) => ({ ticket: unwrap(tickets.create(input)) }),
    'tickets.comment': ({ ticketId, body, public: isPublic }) => {
      const { comment, ticket } = unwrap(
        tickets.comment(ticketId, { author: 'agent', body, public: isPublic }),
      );
      return { commentId: comment.id, ticket };
    },
    'tickets.update': ({ ticketId, ...patch }) => ({ ticket: unwrap(tickets.update(ticketId, patch)) }),
    'kb.search': ({ query, limit }) => ({ results: unwrap(kb.search(query, limit)) }),
    'email.send': ({ orderId, ...email }) => {
      const sent = unwrap(outbox.send({ ...email, ...(orderId ? { relatedOrderId: orderId } : {}) }));
      return { emailId: sent.id, sentAt: sent.sentAt };
    },
  };
}

/** The embedded systems of record: every tool, served from the app's own database. */
export function sandboxConnector(sandbox: Sandbox, db: Database, renewalQuote?: RenewalQuoter): Connector {
  const { calendar } = sandbox;
  return {
    name: 'sandbox',
    local: true,
    records: sandboxRecords(db),
    handlers: {
      ...customerHandlers(sandbox),
      ...orderHandlers(sandbox),
      ...shippingAndPaymentHandlers(sandbox),
      ...messageHandlers(sandbox),
      ...saasHandlers(db, unwrap, renewalQuote),
      'calendar.schedule': (input) => {
        const event = unwrap(calendar.schedule(input));
        return { eventId: event.id, startsAt: event.startsAt, durationMinutes: event.durationMinutes };
      },
    },
  };
}
