import { z } from 'zod';
import { toCents } from '../../shared/money';
import { plans } from '../../shared/cheatsheet';
import { features } from '../../shared/saas-catalog';
import * as toolSchemas from '../../shared/tools';

// The fields of the sandbox's records (see format.ts): text, ids, dates, money and the closed lists of values.

export const expecting = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `expected ${what}`),
});

/** Non-empty text of at most `max` characters, trimmed. */
export const text = (max: number) =>
  z
    .string(expecting('text'))
    .trim()
    .min(1, { error: 'expected non-empty text' })
    .max(max, { error: `expected at most ${max} characters` });

export const Id = text(100);
export const EmailAddress = z.email(expecting('an email address such as ana@example.com'));
export const Currency = z
  .string(expecting('a three-letter currency code such as USD'))
  .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as USD' });
export const DateTime = z.iso
  .datetime({ offset: true, ...expecting('an ISO 8601 date-time such as 2025-06-10T14:30:00Z') })
  .transform((value) => new Date(value).toISOString());
export const DateOnly = z.iso.date(expecting('a date such as 2025-06-13'));

const hasCents = (amount: number): boolean => Math.abs(amount * 100 - toCents(amount)) < 1e-6;

/** An amount of money in currency units, positive or negative, with at most two decimals. */
export const SignedMoney = z
  .number(expecting('an amount such as 19.99'))
  .min(-1_000_000_000, { error: 'expected an amount above -1,000,000,000' })
  .max(1_000_000_000, { error: 'expected an amount under 1,000,000,000' })
  .refine(hasCents, { error: 'expected an amount with at most 2 decimals' });
/** An amount of money in currency units, zero or more, with at most two decimals. */
export const Money = SignedMoney.refine((amount) => amount >= 0, {
  error: 'expected an amount of zero or more',
});
export const PositiveMoney = Money.refine((amount) => amount > 0, { error: 'expected an amount above zero' });
export const PositiveInt = z
  .int(expecting('a positive integer'))
  .positive({ error: 'expected a positive integer' });
export const Count = z
  .int(expecting('a whole number of zero or more'))
  .min(0, { error: 'expected a whole number of zero or more' });

/** A JSON array of `item`. */
export const list = <T extends z.ZodType>(item: T) => z.array(item, expecting('a list'));

const oneOf = <const T extends readonly string[]>(values: T) =>
  z.enum(values, expecting(`one of ${values.join(', ')}`));

export const Tier = oneOf(toolSchemas.Tier.options);
export const OrderStatus = oneOf(toolSchemas.OrderStatus.options);
export const ShipmentStatus = oneOf(toolSchemas.ShipmentStatus.options);
export const TicketStatus = oneOf(toolSchemas.TicketStatus.options);
export const TicketPriority = oneOf(toolSchemas.TicketPriority.options);
export const InteractionChannel = oneOf(toolSchemas.InteractionChannel.options);
export const PaymentMethodType = oneOf(['credit_card', 'debit_card', 'paypal', 'gift_card', 'bank_transfer']);
export const ReturnKind = oneOf(['return', 'exchange']);
export const ReturnStatus = oneOf(['requested', 'received', 'completed', 'rejected']);
export const Plan = oneOf(plans);
export const Feature = oneOf(features);
export const TouchpointChannel = oneOf(['call', 'email', 'meeting', 'note']);

export type Tier = z.output<typeof Tier>;
export type OrderStatus = z.output<typeof OrderStatus>;
export type ShipmentStatus = z.output<typeof ShipmentStatus>;
export type TicketStatus = z.output<typeof TicketStatus>;
export type TicketPriority = z.output<typeof TicketPriority>;
export type TouchpointChannel = z.output<typeof TouchpointChannel>;
