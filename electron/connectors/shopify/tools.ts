import type { ToolHandler } from '../../tools/connector';
import { ToolError } from '../../tools/tool-error';
import type { CustomerDirectory } from '../system';
import type { ShopifyApi } from './client';
import { findVariant, requireOrder, returnableLines, take, type Taken } from './lookups';
import {
  OrderCancelReply,
  OrderUpdateReply,
  OrdersReply,
  ProductReply,
  ReturnCreateReply,
  emailQuery,
  gidTail,
  mailingAddressInput,
  orderIdOf,
  orderOf,
  orderStatusOf,
  productOf,
  returnReasonOf,
  roundMoney,
  type ShopifyOrder,
} from './map';
import * as documents from './queries';

type OrderTools =
  | 'orders.get'
  | 'orders.list'
  | 'orders.cancel'
  | 'orders.updateAddress'
  | 'orders.return'
  | 'orders.exchange'
  | 'catalog.get';
type Handlers = { [T in OrderTools]: ToolHandler<T> };

/** Exchanges through returnCreate arrived in API version 2024-07. */
const firstExchangeVersion = '2024-07';

/** A mutation's user errors as one refusal the rep can read. */
function refuseOn(errors: { message: string }[], code: 'conflict' | 'bad_request'): void {
  if (errors.length > 0)
    throw new ToolError(code, `Shopify refused: ${errors.map((e) => e.message).join('; ')}`);
}

function requireUnshipped(order: ShopifyOrder, action: string): void {
  const status = orderStatusOf(order);
  if (status !== 'pending' && status !== 'processing')
    throw new ToolError('conflict', `Order ${order.name} is ${status}; ${action}.`, 'orderId');
}

const returnLineItems = (taken: Taken[], reason: string) =>
  taken.map(({ line, quantity }) => ({
    fulfillmentLineItemId: line.fulfillmentLineItemId,
    quantity,
    returnReason: returnReasonOf(reason),
    returnReasonNote: reason,
  }));

async function createReturn(api: ShopifyApi, order: ShopifyOrder, input: object, signal: AbortSignal) {
  const reply = await api.mutate(
    documents.returnCreate,
    { returnInput: { orderId: order.id, ...input } },
    ReturnCreateReply,
    signal,
  );
  refuseOn(reply.returnCreate.userErrors, 'conflict');
  const created = reply.returnCreate.return;
  if (!created)
    throw new ToolError('unavailable', `Shopify did not open the return for order ${order.name}.`);
  return gidTail(created.id);
}

type ExchangeItem = Parameters<Handlers['orders.exchange']>[0]['items'][number];

/** The lines each item takes back, the variants sent in their place, and what the swap costs. */
async function exchangeLines(
  api: ShopifyApi,
  lines: Awaited<ReturnType<typeof returnableLines>>,
  items: readonly ExchangeItem[],
  orderId: string,
  signal: AbortSignal,
) {
  const taken: Taken[] = [];
  const exchangeLineItems: { variantId: string; quantity: number }[] = [];
  let difference = 0;
  for (const item of items) {
    const returned = take(lines, item.sku, item.qty, orderId);
    const variant = await findVariant(api, item.newSku, signal);
    if (!variant) throw new ToolError('not_found', `No product variant with sku ${item.newSku}.`, 'items');
    if (returned.some(({ line }) => line.productId !== variant.product.id))
      throw new ToolError(
        'bad_request',
        `${item.newSku} is not a variant of the same product as ${item.sku}.`,
        'items',
      );
    if (!variant.availableForSale)
      throw new ToolError('conflict', `${item.newSku} is not available.`, 'items');
    taken.push(...returned);
    exchangeLineItems.push({ variantId: variant.id, quantity: item.qty });
    difference += item.qty * Number(variant.price);
    difference -= returned.reduce((sum, { line, quantity }) => sum + line.unitPrice * quantity, 0);
  }
  return { taken, exchangeLineItems, difference };
}

function lookupHandlers(
  api: ShopifyApi,
  customers: CustomerDirectory,
): Pick<Handlers, 'orders.get' | 'orders.list'> {
  return {
    'orders.get': async ({ orderId }, { signal }) => ({
      order: await orderOf(await requireOrder(api, orderId, signal), customers),
    }),

    'orders.list': async ({ customerId, status, limit = 50 }, { signal }) => {
      const email = await customers.emailForId(customerId);
      if (email === null)
        throw new ToolError('not_found', `No customer with id ${customerId}.`, 'customerId');
      // A status filter is applied here, so a filtered list reads a full page first.
      const first = status ? 100 : limit;
      const reply = await api.query(
        documents.ordersByQuery,
        { query: emailQuery(email), first },
        OrdersReply,
        signal,
      );
      const own = reply.orders.nodes.filter((order) => order.email?.toLowerCase() === email.toLowerCase());
      const orders = await Promise.all(own.map((order) => orderOf(order, customers)));
      return { orders: orders.filter((order) => !status || order.status === status).slice(0, limit) };
    },
  };
}

function changeHandlers(
  api: ShopifyApi,
  customers: CustomerDirectory,
): Pick<Handlers, 'orders.cancel' | 'orders.updateAddress'> {
  return {
    'orders.cancel': async ({ orderId, reason }, { signal }) => {
      const order = await requireOrder(api, orderId, signal);
      requireUnshipped(order, 'only an order that has not shipped can be cancelled');
      // Money goes back through payments.refund, under its own approval; the cancel only restocks.
      const reply = await api.mutate(
        documents.orderCancel,
        { orderId: order.id, reason: 'CUSTOMER', staffNote: reason },
        OrderCancelReply,
        signal,
      );
      refuseOn(reply.orderCancel.orderCancelUserErrors, 'conflict');
      // Shopify cancels in a background job it has now accepted; the order may not show it yet.
      const after = await orderOf(await requireOrder(api, orderId, signal), customers);
      return { order: { ...after, status: 'cancelled' } };
    },

    'orders.updateAddress': async ({ orderId, address }, { signal }) => {
      const order = await requireOrder(api, orderId, signal);
      requireUnshipped(order, 'its address can no longer change');
      const reply = await api.mutate(
        documents.orderUpdate,
        { input: { id: order.id, shippingAddress: mailingAddressInput(address, order) } },
        OrderUpdateReply,
        signal,
      );
      refuseOn(reply.orderUpdate.userErrors, 'bad_request');
      const updated = reply.orderUpdate.order;
      if (!updated) throw new ToolError('unavailable', `Shopify did not update order ${order.name}.`);
      return { order: await orderOf(updated, customers) };
    },
  };
}

function returnHandlers(api: ShopifyApi): Pick<Handlers, 'orders.return' | 'orders.exchange'> {
  return {
    'orders.return': async ({ orderId, items, reason }, { signal }) => {
      const order = await requireOrder(api, orderId, signal);
      const lines = await returnableLines(api, order, signal);
      const taken = items.flatMap((item) => take(lines, item.sku, item.qty, orderId));
      const returnId = await createReturn(
        api,
        order,
        { returnLineItems: returnLineItems(taken, reason) },
        signal,
      );
      return {
        returnId,
        orderId: orderIdOf(order.name),
        refundDue: roundMoney(taken.reduce((sum, { line, quantity }) => sum + line.unitPrice * quantity, 0)),
        currency: order.totalPriceSet.shopMoney.currencyCode,
      };
    },

    'orders.exchange': async ({ orderId, items, reason }, { signal }) => {
      if (api.apiVersion !== 'unstable' && api.apiVersion < firstExchangeVersion)
        throw new ToolError(
          'unavailable',
          `Shopify API ${api.apiVersion} cannot exchange items; set API version ${firstExchangeVersion} or later, or do it in Shopify directly.`,
        );
      const order = await requireOrder(api, orderId, signal);
      const lines = await returnableLines(api, order, signal);
      const { taken, exchangeLineItems, difference } = await exchangeLines(
        api,
        lines,
        items,
        orderId,
        signal,
      );
      const exchangeId = await createReturn(
        api,
        order,
        { returnLineItems: returnLineItems(taken, reason), exchangeLineItems },
        signal,
      );
      return {
        exchangeId,
        orderId: orderIdOf(order.name),
        priceDifference: roundMoney(difference),
        currency: order.totalPriceSet.shopMoney.currencyCode,
      };
    },
  };
}

const catalogHandlers = (api: ShopifyApi): Pick<Handlers, 'catalog.get'> => ({
  'catalog.get': async ({ productId, sku }, { signal }) => {
    if (productId !== undefined) {
      const id = productId.startsWith('gid://') ? productId : `gid://shopify/Product/${productId}`;
      const reply = /^gid:\/\/shopify\/Product\/\d+$/.test(id)
        ? await api.query(documents.productById, { id }, ProductReply, signal)
        : { product: null };
      if (!reply.product) throw new ToolError('not_found', `No product with id ${productId}.`, 'productId');
      return { product: productOf(reply.product) };
    }
    const variant = await findVariant(api, sku!, signal);
    if (!variant) throw new ToolError('not_found', `No product with sku ${sku}.`, 'sku');
    return { product: productOf(variant.product) };
  },
});

export function shopifyHandlers(api: ShopifyApi, customers: CustomerDirectory): Handlers {
  return {
    ...lookupHandlers(api, customers),
    ...changeHandlers(api, customers),
    ...returnHandlers(api),
    ...catalogHandlers(api),
  };
}
