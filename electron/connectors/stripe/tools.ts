import type { ToolHandler } from '../../tools/connector';
import { ToolError } from '../../tools/tool-error';
import type { HttpClient } from '../http/http-client';
import type { CustomerDirectory } from '../system';
import { stripeCustomersByEmail } from './customers';
import {
  BalanceTransaction,
  PaymentIntentSearch,
  StripeRefund,
  creditOutput,
  payerEmailOf,
  payerIdOf,
  refundMovement,
  refundReasonOf,
  toMinor,
} from './map';

type Handlers = { [T in 'payments.refund' | 'payments.issueCredit']: ToolHandler<T> };

/** Money moves only under the caller's idempotency key, so a retried call can never pay twice. */
function requireKey(key: string | undefined): string {
  if (!key) throw new ToolError('bad_request', 'Stripe money movements need an idempotency key.');
  return key;
}

/** A value inside single quotes in Stripe's search query language. */
const quoted = (value: string) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;

/** The one succeeded PaymentIntent of an order, checked to cover a refund of `minor` in `currency`. */
async function paidIntent(
  http: HttpClient,
  orderIdKey: string,
  { orderId, currency, minor }: { orderId: string; currency: string; minor: number },
  signal: AbortSignal,
) {
  // The checkout put the order id in the PaymentIntent's metadata; search is the way to find it.
  const found = await http.request({
    method: 'GET',
    path: '/v1/payment_intents/search',
    query: { query: `metadata[${quoted(orderIdKey)}]:${quoted(orderId)}`, 'expand[]': 'data.customer' },
    schema: PaymentIntentSearch,
    signal,
  });
  const paid = found.data.filter((intent) => intent.status === 'succeeded');
  const [intent] = paid;
  if (!intent) throw new ToolError('not_found', `No Stripe payment for order ${orderId}.`, 'orderId');
  if (paid.length > 1)
    throw new ToolError(
      'conflict',
      `Order ${orderId} has ${paid.length} Stripe payments; refund the right one in Stripe directly.`,
      'orderId',
    );
  if (intent.currency !== currency.toLowerCase())
    throw new ToolError(
      'bad_request',
      `Order ${orderId} was paid in ${intent.currency.toUpperCase()}, not ${currency}.`,
      'currency',
    );
  if (minor > intent.amount_received)
    throw new ToolError('bad_request', `The refund is more than was paid for order ${orderId}.`, 'amount');
  return intent;
}

function refundHandler(
  http: HttpClient,
  customers: CustomerDirectory,
  orderIdKey: string,
): Handlers['payments.refund'] {
  return async ({ orderId, amount, currency, reason }, { idempotencyKey, signal }) => {
    const key = requireKey(idempotencyKey);
    const minor = toMinor(amount, currency);
    const intent = await paidIntent(http, orderIdKey, { orderId, currency, minor }, signal);
    // Refuse what cannot be tied to a customer: the ownership checks work on customer ids.
    const email = payerEmailOf(intent);
    if (email === null)
      throw new ToolError(
        'forbidden',
        `The Stripe payment for order ${orderId} names no customer email; refund it in Stripe directly.`,
      );
    const customerId = await payerIdOf(intent, email, customers);
    const stripeReason = refundReasonOf(reason);
    const refund = await http.request({
      method: 'POST',
      path: '/v1/refunds',
      form: {
        payment_intent: intent.id,
        amount: minor,
        ...(stripeReason ? { reason: stripeReason } : {}),
        [`metadata[${orderIdKey}]`]: orderId,
        'metadata[reason]': reason,
      },
      idempotencyKey: key,
      schema: StripeRefund,
      signal,
    });
    if (refund.status === 'failed' || refund.status === 'canceled')
      throw new ToolError(
        'conflict',
        `Stripe did not refund order ${orderId} (${refund.failure_reason ?? refund.status}).`,
      );
    return { refund: refundMovement(refund, { customerId, orderId, reason }) };
  };
}

function creditHandler(
  http: HttpClient,
  customers: CustomerDirectory,
  orderIdKey: string,
): Handlers['payments.issueCredit'] {
  return async (input, { idempotencyKey, signal }) => {
    const key = requireKey(idempotencyKey);
    const email = await customers.emailForId(input.customerId);
    if (email === null)
      throw new ToolError('not_found', `No customer with id ${input.customerId}.`, 'customerId');
    const currency = input.currency.toLowerCase();
    const candidates = await stripeCustomersByEmail(http, email, signal);
    // A customer's balance has one currency, set by its first use.
    const target = candidates.find((c) => !c.currency || c.currency === currency);
    if (!target)
      throw candidates.length === 0
        ? new ToolError('not_found', `Stripe has no customer with the email of ${input.customerId}.`)
        : new ToolError(
            'bad_request',
            `The customer's Stripe balance is in ${candidates[0]!.currency!.toUpperCase()}, not ${input.currency}.`,
            'currency',
          );
    const transaction = await http.request({
      method: 'POST',
      path: `/v1/customers/${encodeURIComponent(target.id)}/balance_transactions`,
      form: {
        amount: -toMinor(input.amount, input.currency),
        currency,
        description: input.reason,
        ...(input.orderId === undefined ? {} : { [`metadata[${orderIdKey}]`]: input.orderId }),
      },
      idempotencyKey: key,
      schema: BalanceTransaction,
      signal,
    });
    return creditOutput(transaction, {
      customerId: input.customerId,
      orderId: input.orderId ?? null,
      reason: input.reason,
    });
  };
}

export function stripeHandlers(http: HttpClient, customers: CustomerDirectory, orderIdKey: string): Handlers {
  return {
    'payments.refund': refundHandler(http, customers, orderIdKey),
    'payments.issueCredit': creditHandler(http, customers, orderIdKey),
  };
}
