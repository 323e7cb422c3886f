import { z } from 'zod';

/** The plans of the SaaS product, cheapest first. */
export const plans = ['starter', 'team', 'business', 'enterprise'] as const;
export const Plan = z.enum(plans);
export type Plan = z.infer<typeof Plan>;

/** What drives churn risk; each factor's weight is fixed in the scoring code and documented there. */
export const RiskFactorName = z.enum([
  'usageTrend',
  'seatUtilisation',
  'tickets',
  'sentiment',
  'competitorMentions',
  'daysToRenewal',
]);
export type RiskFactorName = z.infer<typeof RiskFactorName>;

export const RiskFactor = z.object({
  name: RiskFactorName,
  /** How strongly this factor points at churn, from 0 (not at all) to 1. */
  value: z.number().min(0).max(1),
  /** Its share of the score; the weights add up to 1. */
  weight: z.number().min(0).max(1),
  /** value × weight × 100: the points it adds to the score. */
  contribution: z.number().min(0).max(100),
});
export type RiskFactor = z.infer<typeof RiskFactor>;

export const ChurnRisk = z.object({
  /** 0-100: the rounded sum of the contributions. */
  score: z.number().int().min(0).max(100),
  /** Largest contribution first. */
  factors: z.array(RiskFactor),
});
export type ChurnRisk = z.infer<typeof ChurnRisk>;

/** A feature the plan pays for that (almost) nobody uses. */
export const UsageGap = z.object({
  feature: z.string(),
  /** Average weekly active users over the last four weeks. */
  activeUsers: z.number().min(0),
  /** The last week anyone used it (YYYY-MM-DD), or null if no one ever has. */
  lastUsed: z.string().nullable(),
});
export type UsageGap = z.infer<typeof UsageGap>;

export const TouchpointSummary = z.object({
  at: z.string(),
  channel: z.string(),
  summary: z.string(),
});
export type TouchpointSummary = z.infer<typeof TouchpointSummary>;

/** A touchpoint that names a rival product. */
export const CompetitorMention = TouchpointSummary.extend({
  /** The vendor's name as the policy lists it, or the name as written for a possible competitor. */
  competitor: z.string(),
  /** True when the vendor is not on the policy's list but a phrase such as "switching to" names it. */
  possible: z.boolean(),
});
export type CompetitorMention = z.infer<typeof CompetitorMention>;

/** One discount rule of the policy as applied to a quote. */
export const QuoteDiscount = z.object({
  ruleId: z.string(),
  /** Percent of the subtotal, after the policy's cap on the total discount. */
  percent: z.number().min(0).max(100),
  amount: z.number().min(0),
});
export type QuoteDiscount = z.infer<typeof QuoteDiscount>;

/** A one-year renewal at the current plan, seats and price per seat, in the customer's currency. */
export const RenewalQuote = z.object({
  plan: Plan,
  seats: z.number().int().positive(),
  pricePerSeat: z.number().min(0),
  subtotal: z.number().min(0),
  discounts: z.array(QuoteDiscount),
  total: z.number().min(0),
});
export type RenewalQuote = z.infer<typeof RenewalQuote>;

/** What a rep reads before a call with an account. */
export const CheatSheet = z.object({
  accountId: z.string(),
  churnRisk: ChurnRisk,
  usageGaps: z.array(UsageGap),
  lastTouchpoint: TouchpointSummary.nullable(),
  /** Newest first. */
  competitorMentions: z.array(CompetitorMention),
  quote: RenewalQuote,
  talkingPoints: z.array(z.string()),
});
export type CheatSheet = z.infer<typeof CheatSheet>;

/** An account as the renewal desk lists it. */
export const AccountSummary = z.object({
  id: z.string(),
  name: z.string(),
  customerId: z.string(),
  plan: Plan,
  seats: z.number().int(),
  seatsUsed: z.number().int(),
  renewalDate: z.string(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;
