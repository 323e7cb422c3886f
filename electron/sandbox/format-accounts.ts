import { z } from 'zod';
import {
  Count,
  DateOnly,
  DateTime,
  Feature,
  Id,
  Money,
  Plan,
  PositiveInt,
  text,
  TouchpointChannel,
} from './format-fields';

// The renewal desk's records of the sandbox (see format.ts): accounts, what they pay for and how they use it.

/** A business customer of the SaaS product; `customerId` is its contact in the CRM. */
export const Account = z.strictObject({
  id: Id,
  customerId: Id,
  name: text(200),
});

/** What an account pays for: one subscription per account, priced in the customer's currency. */
export const Subscription = z.strictObject({
  accountId: Id,
  plan: Plan,
  seats: PositiveInt,
  seatsUsed: Count,
  /** Per seat per year. */
  pricePerSeat: Money,
  renewalDate: DateOnly,
});

/** Weekly active users of one feature of an account, as counted on `date`. */
export const UsagePoint = z.strictObject({
  accountId: Id,
  feature: Feature,
  date: DateOnly,
  activeUsers: Count,
});

/** A contact with an account: a call, email, meeting or note, in a sentence or two. */
export const Touchpoint = z.strictObject({
  accountId: Id,
  at: DateTime,
  channel: TouchpointChannel,
  summary: text(4000),
});

export type Account = z.output<typeof Account>;
export type Subscription = z.output<typeof Subscription>;
export type UsagePoint = z.output<typeof UsagePoint>;
export type Touchpoint = z.output<typeof Touchpoint>;
