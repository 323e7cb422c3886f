import { z } from 'zod';
import type { ToolOutput } from '../../../shared/tools';
import type { CreditRecord } from '../../tools/connector';
import { ToolError } from '../../tools/tool-error';
import type { CustomerDirectory } from '../system';

type MoneyMovement = ToolOutput<'payments.refund'>['refund'];

// Vendor replies, the fields the connector uses only.

export const StripeAccount = z.object({
  id: z.string(),
  email: z.string().nullish(),
  business_profile: z.object({ name: z.string().nullish() }).nullish(),
  settings: z.object({ dashboard: z.object({ display_name: z.string().nullish() }).nullish() }).nullish(),
});
export type StripeAccount = z.infer<typeof StripeAccount>;

const StripeCustomer = z.object({
  id: z.string(),
  email: z.string().nullish(),
  currency: z.string().nullish(),
});

export const CustomerList = z.object({ data: z.array(StripeCustomer), has_more: z.boolean() });

const PaymentIntent = z.object({
  id: z.string(),
  amount_received: z.number().int(),
  currency: z.string(),
  status: z.string(),
  receipt_email: z.string().nullish(),
  // Expanded with `expand[]=data.customer`; a deleted customer keeps only its id.
  customer: z.union([z.string(), StripeCustomer.extend({ deleted: z.boolean().optional() })]).nullish(),
});
export type PaymentIntent = z.infer<typeof PaymentIntent>;

export const PaymentIntentSearch = z.object({ data: z.array(PaymentIntent), has_more: z.boolean() });

export const StripeRefund = z.object({
  id: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  created: z.number().int(),
  status: z.string().nullish(),
  failure_reason: z.string().nullish(),
});
export type StripeRefund = z.infer<typeof StripeRefund>;

export const BalanceTransaction = z.object({
  id: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  created: z.number().int(),
  ending_balance: z.number().int(),
  metadata: z.record(z.string(), z.string()).default({}),
  type: z.string(),
});
export type BalanceTransaction = z.infer<typeof BalanceTransaction>;

export const BalanceTransactionList = z.object({ data: z.array(BalanceTransaction), has_more: z.boolean() });

// Amounts: Stripe counts in the currency's minor unit (https://docs.stripe.com/currencies).

const zeroDecimal = new Set([
  ...['BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA'],
  ...['PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF'],
]);
const threeDecimal = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

const exponentOf = (currency: string): number => {
  const code = currency.toUpperCase();
  return zeroDecimal.has(code) ? 0 : threeDecimal.has(code) ? 3 : 2;
};

/** An amount in Stripe's minor units; a fraction of a currency without minor units is refused. */
export function toMinor(amount: number, currency: string): number {
  const exponent = exponentOf(currency);
  if (exponent === 0 && !Number.isInteger(amount))
    throw new ToolError('bad_request', `${currency} has no minor unit; give a whole amount.`, 'amount');
  return Math.round(amount * 10 ** exponent);
}

export const fromMinor = (minor: number, currency: string): number => minor / 10 ** exponentOf(currency);

// Refund reasons: Stripe's enum, set only when the rep's reason says so plainly. `fraudulent` also
// blocks the card in Radar, so it is never guessed from prose.

export function refundReasonOf(
  reason: string,
): 'duplicate' | 'fraudulent' | 'requested_by_customer' | undefined {
  const text = reason.trim().toLowerCase();
  if (text === 'fraud' || text === 'fraudulent') return 'fraudulent';
  if (/\bduplicate\b|charged twice|double[- ]charged/.test(text)) return 'duplicate';
  if (/requested by (the )?customer|customer request/.test(text)) return 'requested_by_customer';
  return undefined;
}

// Ownership: Stripe knows a payer by email; the CRM id stands for them where the email is known there.

export function payerEmailOf(intent: PaymentIntent): string | null {
  const customer = typeof intent.customer === 'object' ? intent.customer : null;
  return customer?.email ?? intent.receipt_email ?? null;
}

const stripeCustomerIdOf = (intent: PaymentIntent): string | null =>
  typeof intent.customer === 'string' ? intent.customer : (intent.customer?.id ?? null);

/** The CRM id of the payer, else Stripe's own id prefixed so it never equals a CRM id. */
export async function payerIdOf(
  intent: PaymentIntent,
  email: string,
  customers: CustomerDirectory,
): Promise<string> {
  return (await customers.idForEmail(email)) ?? `stripe:${stripeCustomerIdOf(intent) ?? intent.id}`;
}

const isoOf = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

export function accountLabel(account: StripeAccount): string {
  const name = account.business_profile?.name ?? account.settings?.dashboard?.display_name ?? account.email;
  return name ? `${name} (${account.id})` : account.id;
}

export function refundMovement(
  refund: StripeRefund,
  context: { customerId: string; orderId: string; reason: string },
): MoneyMovement {
  return {
    id: refund.id,
    customerId: context.customerId,
    orderId: context.orderId,
    amount: fromMinor(refund.amount, refund.currency),
    currency: refund.currency.toUpperCase(),
    reason: context.reason,
    createdAt: isoOf(refund.created),
  };
}

/** A store credit is a negative balance transaction; the balance is the credit left (positive). */
export function creditOutput(
  transaction: BalanceTransaction,
  context: { customerId: string; orderId: string | null; reason: string },
): ToolOutput<'payments.issueCredit'> {
  const currency = transaction.currency.toUpperCase();
  return {
    credit: {
      id: transaction.id,
      customerId: context.customerId,
      orderId: context.orderId,
      amount: fromMinor(-transaction.amount, currency),
      currency,
      reason: context.reason,
      createdAt: isoOf(transaction.created),
    },
    balance: { amount: fromMinor(-transaction.ending_balance, currency), currency },
  };
}

/**
 * Goodwill credits: manual negative adjustments (what `payments.issueCredit` and the Dashboard's
 * "Adjust balance" create). Credit notes, invoice overpayments and the like are not goodwill.
 */
export function creditRecordOf(transaction: BalanceTransaction, orderIdKey: string): CreditRecord | null {
  if (transaction.type !== 'adjustment' || transaction.amount >= 0) return null;
  return {
    at: isoOf(transaction.created),
    orderId: transaction.metadata[orderIdKey] ?? null,
    amount: fromMinor(-transaction.amount, transaction.currency),
    currency: transaction.currency.toUpperCase(),
  };
}
