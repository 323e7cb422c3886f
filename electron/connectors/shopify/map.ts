import type { z } from 'zod';
import type { ToolOutput } from '../../../shared/tools';
import type { CustomerDirectory } from '../system';
import { addressOf } from './addresses';
import type { ReturnableReply, ShopifyOrder, ShopifyProduct } from './replies';

export { mailingAddressInput } from './addresses';
export {
  OrderCancelReply,
  OrdersReply,
  OrderUpdateReply,
  ProductReply,
  ReturnableReply,
  ReturnCreateReply,
  ShopifyOrder,
  ShopReply,
  VariantsReply,
  type ShopifyVariant,
} from './replies';

type Order = ToolOutput<'orders.get'>['order'];
type Product = ToolOutput<'catalog.get'>['product'];

// Ids. Our order id is the shop's order name without its leading '#' ("#1001" → "1001"); both forms
// are accepted. Products are named by the numeric tail of their global id.

export const orderIdOf = (nameOrId: string): string => nameOrId.trim().replace(/^#/, '');

export const gidTail = (gid: string): string => gid.slice(gid.lastIndexOf('/') + 1);

/** A value quoted for Shopify's search syntax. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

export const orderNameQuery = (orderId: string): string => {
  const id = orderIdOf(orderId);
  return `name:${quoted(id)} OR name:${quoted(`#${id}`)}`;
};

export const emailQuery = (email: string): string => `email:${quoted(email)}`;
export const skuQuery = (sku: string): string => `sku:${quoted(sku)}`;

// Orders.

/** Shopify's statuses folded into ours: cancelled, then shipping progress, then payment. */
export function orderStatusOf(order: ShopifyOrder): Order['status'] {
  if (order.cancelledAt) return 'cancelled';
  const fulfilled = order.displayFulfillmentStatus;
  if (fulfilled === 'FULFILLED' || fulfilled === 'PARTIALLY_FULFILLED') {
    const delivered =
      fulfilled === 'FULFILLED' &&
      order.fulfillments.length > 0 &&
      order.fulfillments.every((f) => f.displayStatus === 'DELIVERED');
    return delivered ? 'delivered' : 'shipped';
  }
  return order.displayFinancialStatus === 'PENDING' || order.displayFinancialStatus === 'AUTHORIZED'
    ? 'pending'
    : 'processing';
}

/** The CRM id of the order's customer, else Shopify's own id prefixed so it never equals a CRM id. */
async function ownerIdOf(order: ShopifyOrder, customers: CustomerDirectory): Promise<string> {
  const known = order.email ? await customers.idForEmail(order.email) : null;
  if (known) return known;
  return order.customer ? `shopify:${gidTail(order.customer.id)}` : `shopify:order-${gidTail(order.id)}`;
}

export async function orderOf(order: ShopifyOrder, customers: CustomerDirectory): Promise<Order> {
  const money = order.totalPriceSet.shopMoney;
  return {
    id: orderIdOf(order.name),
    customerId: await ownerIdOf(order, customers),
    status: orderStatusOf(order),
    placedAt: order.processedAt,
    promisedBy: order.fulfillments.find((f) => f.estimatedDeliveryAt)?.estimatedDeliveryAt ?? null,
    items: order.lineItems.nodes.map((line) => ({
      sku: line.sku ?? '',
      name: line.name,
      qty: line.quantity,
      price: Number(line.originalUnitPriceSet.shopMoney.amount),
    })),
    total: Number(money.amount),
    currency: money.currencyCode,
    shippingAddress: addressOf(order.shippingAddress),
    paymentMethod: order.paymentGatewayNames.join(', ') || 'none',
  };
}

// Returns.

/** Shopify's ReturnReason for the rep's words; the words themselves go along as the note. */
export function returnReasonOf(reason: string): string {
  const text = reason.toLowerCase();
  const reasons: [RegExp, string][] = [
    [/defect|damaged|broken|faulty|doesn'?t work/, 'DEFECTIVE'],
    [/wrong item|wrong product|not what i ordered/, 'WRONG_ITEM'],
    [/too small|too tight/, 'SIZE_TOO_SMALL'],
    [/too (large|big)|too loose/, 'SIZE_TOO_LARGE'],
    [/not as described/, 'NOT_AS_DESCRIBED'],
    [/colou?r/, 'COLOR'],
    [/style/, 'STYLE'],
    [/changed (my|their|his|her) mind|no longer (want|need)|unwanted/, 'UNWANTED'],
  ];
  return reasons.find(([pattern]) => pattern.test(text))?.[1] ?? 'OTHER';
}

/** One fulfilled line that can still be returned. */
export interface ReturnableLine {
  fulfillmentLineItemId: string;
  quantity: number;
  sku: string | null;
  productId: string | null;
  unitPrice: number;
}

export function returnableLinesOf(reply: z.infer<typeof ReturnableReply>): ReturnableLine[] {
  return reply.returnableFulfillments.nodes.flatMap((fulfillment) =>
    fulfillment.returnableFulfillmentLineItems.nodes.map((item) => ({
      fulfillmentLineItemId: item.fulfillmentLineItem.id,
      quantity: item.quantity,
      sku: item.fulfillmentLineItem.lineItem.sku ?? null,
      productId: item.fulfillmentLineItem.lineItem.product?.id ?? null,
      unitPrice: Number(
        item.fulfillmentLineItem.lineItem.discountedUnitPriceAfterAllDiscountsSet.shopMoney.amount,
      ),
    })),
  );
}

export const roundMoney = (amount: number): number => Math.round(amount * 100) / 100;

// Catalog.

/** A variant without a sku cannot be named by any tool, so it is left out. */
export function productOf(product: z.infer<typeof ShopifyProduct>): Product {
  return {
    id: gidTail(product.id),
    name: product.title,
    description: product.description,
    variants: product.variants.nodes.flatMap((variant) =>
      variant.sku
        ? [
            {
              sku: variant.sku,
              // Shopify's placeholder option of a product without options is no option.
              options: Object.fromEntries(
                variant.selectedOptions
                  .filter((o) => !(o.name === 'Title' && o.value === 'Default Title'))
                  .map((o) => [o.name, o.value]),
              ),
              price: Number(variant.price),
              available: variant.availableForSale,
            },
          ]
        : [],
    ),
  };
}
