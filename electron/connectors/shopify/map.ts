import { z } from 'zod';
import type { ToolInput, ToolOutput } from '../../../shared/tools';
import { ToolError } from '../../tools/tool-error';
import type { CustomerDirectory } from '../system';

type Order = ToolOutput<'orders.get'>['order'];
type Address = Order['shippingAddress'];
type Product = ToolOutput<'catalog.get'>['product'];

// Vendor replies (Admin GraphQL `data`), the fields the connector uses only.

const MoneyBag = z.object({ shopMoney: z.object({ amount: z.string(), currencyCode: z.string() }) });

const MailingAddress = z.object({
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  company: z.string().nullish(),
  phone: z.string().nullish(),
  address1: z.string().nullish(),
  address2: z.string().nullish(),
  city: z.string().nullish(),
  provinceCode: z.string().nullish(),
  zip: z.string().nullish(),
  countryCodeV2: z.string().nullish(),
});
type MailingAddress = z.infer<typeof MailingAddress>;

export const ShopifyOrder = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullish(),
  processedAt: z.string(),
  cancelledAt: z.string().nullish(),
  displayFinancialStatus: z.string().nullish(),
  displayFulfillmentStatus: z.string(),
  paymentGatewayNames: z.array(z.string()),
  customer: z.object({ id: z.string() }).nullish(),
  totalPriceSet: MoneyBag,
  shippingAddress: MailingAddress.nullish(),
  fulfillments: z.array(
    z.object({ displayStatus: z.string().nullish(), estimatedDeliveryAt: z.string().nullish() }),
  ),
  lineItems: z.object({
    nodes: z.array(
      z.object({
        sku: z.string().nullish(),
        name: z.string(),
        quantity: z.number().int(),
        originalUnitPriceSet: z.object({ shopMoney: z.object({ amount: z.string() }) }),
      }),
    ),
  }),
});
export type ShopifyOrder = z.infer<typeof ShopifyOrder>;

export const OrdersReply = z.object({ orders: z.object({ nodes: z.array(ShopifyOrder) }) });

export const ShopReply = z.object({ shop: z.object({ name: z.string(), myshopifyDomain: z.string() }) });

const UserError = z.object({ field: z.array(z.string()).nullish(), message: z.string() });

export const OrderCancelReply = z.object({
  orderCancel: z.object({
    job: z.object({ id: z.string() }).nullish(),
    orderCancelUserErrors: z.array(UserError),
  }),
});

export const OrderUpdateReply = z.object({
  orderUpdate: z.object({ order: ShopifyOrder.nullish(), userErrors: z.array(UserError) }),
});

export const ReturnableReply = z.object({
  returnableFulfillments: z.object({
    nodes: z.array(
      z.object({
        returnableFulfillmentLineItems: z.object({
          nodes: z.array(
            z.object({
              quantity: z.number().int(),
              fulfillmentLineItem: z.object({
                id: z.string(),
                lineItem: z.object({
                  sku: z.string().nullish(),
                  product: z.object({ id: z.string() }).nullish(),
                  discountedUnitPriceAfterAllDiscountsSet: MoneyBag,
                }),
              }),
            }),
          ),
        }),
      }),
    ),
  }),
});

export const ReturnCreateReply = z.object({
  returnCreate: z.object({
    return: z.object({ id: z.string(), name: z.string() }).nullish(),
    userErrors: z.array(UserError),
  }),
});

const ShopifyProduct = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  variants: z.object({
    nodes: z.array(
      z.object({
        sku: z.string().nullish(),
        price: z.string(),
        availableForSale: z.boolean(),
        selectedOptions: z.array(z.object({ name: z.string(), value: z.string() })),
      }),
    ),
  }),
});

export const ProductReply = z.object({ product: ShopifyProduct.nullish() });

export const VariantsReply = z.object({
  productVariants: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        sku: z.string().nullish(),
        price: z.string(),
        availableForSale: z.boolean(),
        product: ShopifyProduct,
      }),
    ),
  }),
});
export type ShopifyVariant = z.infer<typeof VariantsReply>['productVariants']['nodes'][number];

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

// The contract needs a full address; a pickup or digital order has none, so it says so visibly.
const unknown = 'n/a';

function addressOf(address: MailingAddress | null | undefined): Address {
  if (!address) return { line1: 'No shipping address', city: unknown, zip: unknown, country: unknown };
  return {
    line1: address.address1 || unknown,
    ...(address.address2 ? { line2: address.address2 } : {}),
    city: address.city || unknown,
    ...(address.provinceCode ? { state: address.provinceCode } : {}),
    zip: address.zip || unknown,
    country: address.countryCodeV2 || unknown,
  };
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

// Addresses going in: Shopify wants a country code; an English country name is looked up.

let countryCodes: Map<string, string> | undefined;

function countryCodeOf(country: string): string | null {
  const text = country.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  if (!countryCodes) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    countryCodes = new Map([
      ['usa', 'US'],
      ['uk', 'GB'],
    ]);
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name) countryCodes.set(name.toLowerCase(), code);
      }
  }
  return countryCodes.get(text.toLowerCase()) ?? null;
}

/** The new shipping address, keeping the recipient's name, company and phone from the current one. */
export function mailingAddressInput(
  address: ToolInput<'orders.updateAddress'>['address'],
  current: ShopifyOrder,
) {
  const countryCode = countryCodeOf(address.country);
  if (!countryCode)
    throw new ToolError(
      'bad_request',
      `Unknown country "${address.country}"; give its 2-letter code.`,
      'address',
    );
  const kept = current.shippingAddress;
  return {
    ...(kept?.firstName ? { firstName: kept.firstName } : {}),
    ...(kept?.lastName ? { lastName: kept.lastName } : {}),
    ...(kept?.company ? { company: kept.company } : {}),
    ...(kept?.phone ? { phone: kept.phone } : {}),
    address1: address.line1,
    ...(address.line2 ? { address2: address.line2 } : {}),
    city: address.city,
    ...(address.state ? { provinceCode: address.state } : {}),
    zip: address.zip,
    countryCode,
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
