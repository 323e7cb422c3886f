import { z } from 'zod';

// Vendor replies (Admin GraphQL `data`), the fields the connector uses only.

const MoneyBag = z.object({ shopMoney: z.object({ amount: z.string(), currencyCode: z.string() }) });

export const MailingAddress = z.object({
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
export type MailingAddress = z.infer<typeof MailingAddress>;

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

export const ShopifyProduct = z.object({
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
