import { ToolError } from '../../tools/tool-error';
import type { ShopifyApi } from './client';
import {
  OrdersReply,
  ReturnableReply,
  VariantsReply,
  orderIdOf,
  orderNameQuery,
  returnableLinesOf,
  skuQuery,
  type ReturnableLine,
  type ShopifyOrder,
  type ShopifyVariant,
} from './map';
import * as documents from './queries';

/** The order with this name, or null. The name search is loose, so the match is checked here. */
export async function findOrder(
  api: ShopifyApi,
  orderId: string,
  signal?: AbortSignal,
): Promise<ShopifyOrder | null> {
  const reply = await api.query(
    documents.ordersByQuery,
    { query: orderNameQuery(orderId), first: 5 },
    OrdersReply,
    signal,
  );
  return reply.orders.nodes.find((order) => orderIdOf(order.name) === orderIdOf(orderId)) ?? null;
}

export async function requireOrder(
  api: ShopifyApi,
  orderId: string,
  signal?: AbortSignal,
): Promise<ShopifyOrder> {
  const order = await findOrder(api, orderId, signal);
  if (!order) throw new ToolError('not_found', `No order with id ${orderId}.`, 'orderId');
  return order;
}

/** The variant with exactly this sku, or null. */
export async function findVariant(
  api: ShopifyApi,
  sku: string,
  signal?: AbortSignal,
): Promise<ShopifyVariant | null> {
  const reply = await api.query(documents.variantsBySku, { query: skuQuery(sku) }, VariantsReply, signal);
  return reply.productVariants.nodes.find((variant) => variant.sku === sku) ?? null;
}

export async function returnableLines(api: ShopifyApi, order: ShopifyOrder, signal?: AbortSignal) {
  return returnableLinesOf(
    await api.query(documents.returnableLines, { orderId: order.id }, ReturnableReply, signal),
  );
}

/** One fulfilled line and how many of it to take back. */
export interface Taken {
  line: ReturnableLine;
  quantity: number;
}

/**
 * Takes `qty` of a sku from the returnable lines (a sku may be spread over several fulfillments),
 * lowering what is left of each so later items of the same call cannot take it twice.
 */
export function take(lines: ReturnableLine[], sku: string, qty: number, orderId: string): Taken[] {
  const available = lines.filter((line) => line.sku === sku).reduce((sum, line) => sum + line.quantity, 0);
  if (available < qty)
    throw new ToolError(
      'bad_request',
      available === 0
        ? `Order ${orderId} has no delivered ${sku} that can be returned.`
        : `Only ${available} of ${sku} can be returned from order ${orderId}.`,
      'items',
    );
  const taken: Taken[] = [];
  let left = qty;
  for (const line of lines) {
    if (left === 0) break;
    if (line.sku !== sku || line.quantity === 0) continue;
    const quantity = Math.min(left, line.quantity);
    line.quantity -= quantity;
    left -= quantity;
    taken.push({ line, quantity });
  }
  return taken;
}
