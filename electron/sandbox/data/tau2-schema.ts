import { z } from 'zod';

/**
 * The parts of a τ²-bench retail db.json the import reads (users, products with variants, orders);
 * other keys are allowed and ignored.
 */
export const Tau2Address = z.looseObject({
  address1: z.string(),
  address2: z.string().default(''),
  city: z.string(),
  state: z.string().default(''),
  zip: z.string(),
  country: z.string(),
});
export const Tau2Db = z.looseObject({
  users: z.record(
    z.string(),
    z.looseObject({
      user_id: z.string(),
      name: z.looseObject({ first_name: z.string(), last_name: z.string() }),
      address: Tau2Address,
      email: z.string(),
      payment_methods: z.record(
        z.string(),
        z.looseObject({
          id: z.string(),
          source: z.enum(['credit_card', 'paypal', 'gift_card']),
          brand: z.string().optional(),
          last_four: z.string().optional(),
          balance: z.number().optional(),
        }),
      ),
    }),
  ),
  products: z.record(
    z.string(),
    z.looseObject({
      product_id: z.string(),
      name: z.string(),
      variants: z.record(
        z.string(),
        z.looseObject({
          item_id: z.string(),
          options: z.record(z.string(), z.string()),
          available: z.boolean(),
          price: z.number(),
        }),
      ),
    }),
  ),
  orders: z.record(
    z.string(),
    z.looseObject({
      order_id: z.string(),
      user_id: z.string(),
      address: Tau2Address,
      items: z.array(z.looseObject({ item_id: z.string(), name: z.string(), price: z.number() })),
      status: z.string(),
      fulfillments: z.array(z.looseObject({ tracking_id: z.array(z.string()) })).default([]),
      payment_history: z
        .array(
          z.looseObject({ transaction_type: z.string(), amount: z.number(), payment_method_id: z.string() }),
        )
        .default([]),
      cancel_reason: z.string().optional(),
      return_items: z.array(z.string()).optional(),
      return_payment_method_id: z.string().optional(),
      exchange_items: z.array(z.string()).optional(),
      exchange_new_items: z.array(z.string()).optional(),
      exchange_payment_method_id: z.string().optional(),
    }),
  ),
});
