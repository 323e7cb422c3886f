import { z } from 'zod';
import { Plan } from './cheatsheet';
import { PrivacyPolicy } from './privacy';
import { OrderStatus, RiskClass, Tier, isToolName } from './tools';

const ToolRef = z
  .string()
  .refine(isToolName, { message: 'not a tool name (see the tool list, e.g. payments.refund)' });

/** Rule ids are short, readable slugs: the app shows which rule decided (or discounted) what. */
const RuleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');

/** Reports every second use of a rule id at the path of the duplicate. */
const uniqueRuleIds = (rules: readonly { id: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate rule id ${rule.id}` });
    seen.add(rule.id);
  });
};

export const PolicyEffect = z.enum(['auto', 'approve', 'deny']);
export type PolicyEffect = z.infer<typeof PolicyEffect>;

export const ToolRule = z
  .object({
    id: RuleId,
    tool: z.union([ToolRef, z.array(ToolRef).min(1)]).optional(),
    risk: RiskClass.optional(),
    effect: PolicyEffect,
    when: z
      .object({
        amountAtMost: z.number().nonnegative().optional(),
        amountAbove: z.number().nonnegative().optional(),
        tierIn: z.array(Tier).min(1).optional(),
        orderStatusIn: z.array(OrderStatus).min(1).optional(),
        shipmentLate: z.boolean().optional(),
        /** Credits already issued for the order of the call, counted from the payment records. */
        priorCreditsOnOrderAtMost: z.number().int().min(0).optional(),
        /** Credits already issued to the customer within the last `withinDays` days. */
        priorCreditsAtMost: z
          .object({ count: z.number().int().min(0), withinDays: z.number().int().min(1).max(365) })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ToolRule = z.infer<typeof ToolRule>;

/** A renewal discount: a percent of the list subtotal, applied when every condition holds. */
export const RenewalDiscount = z
  .object({
    id: RuleId,
    percent: z.number().gt(0).max(100),
    when: z
      .object({
        seatsAtLeast: z.number().int().min(1).optional(),
        seatsBelow: z.number().int().min(1).optional(),
        churnRiskAtLeast: z.number().min(0).max(100).optional(),
        planIn: z.array(Plan).min(1).optional(),
      })
      .strict()
      .refine((w) => !(w.seatsAtLeast && w.seatsBelow && w.seatsBelow <= w.seatsAtLeast), {
        message: 'seatsBelow must be more than seatsAtLeast',
      })
      .default({}),
  })
  .strict();
export type RenewalDiscount = z.infer<typeof RenewalDiscount>;

/** A rival vendor: the name the cheat sheet reports, whichever of its names a touchpoint uses. */
export const Competitor = z
  .object({
    name: z.string().trim().min(1, 'name the vendor'),
    aliases: z.array(z.string().trim().min(1, 'an alias cannot be empty')).default([]),
    /** For a name that is also an everyday word (Front, Gladly): matched only as written. */
    matchCase: z.boolean().default(false),
  })
  .strict();
export type Competitor = z.infer<typeof Competitor>;

/** Each name or alias stands for one vendor, whatever its case; a repeat is reported where it is. */
const oneVendorPerName = (vendors: readonly Competitor[], ctx: z.RefinementCtx) => {
  const owners = new Map<string, string>();
  vendors.forEach((vendor, index) => {
    const names: [string, (string | number)[]][] = [
      [vendor.name, [index, 'name']],
      ...vendor.aliases.map((alias, at): [string, (string | number)[]] => [alias, [index, 'aliases', at]]),
    ];
    for (const [name, path] of names) {
      const key = name.toLowerCase().replace(/\s+/g, ' ');
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, vendor.name);
      else ctx.addIssue({ code: 'custom', path, message: `${name} is already listed for ${owner}` });
    }
  });
};

/**
 * The renewal call the desk books: how long it lasts, and when it is when the rep names no time (the
 * local time of day, that many business days from today). A date the rep names without a time gets
 * the same time of day.
 */
export const RenewalCall = z
  .object({
    durationMinutes: z.number().int().min(5).max(480),
    defaultTime: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'use a 24-hour time such as 16:00'),
    businessDaysAhead: z.number().int().min(1).max(30),
  })
  .strict();
export type RenewalCall = z.infer<typeof RenewalCall>;

export const defaultRenewalCall: RenewalCall = {
  durationMinutes: 30,
  defaultTime: '16:00',
  businessDaysAhead: 1,
};

/**
 * The renewal desk: the discounts that price quotes on the cheat sheet, applied in order, and their
 * cap together; the competitors looked for in touchpoints; and the renewal call it books.
 */
export const RenewalsPolicy = z
  .object({
    maxTotalDiscountPercent: z.number().min(0).max(100),
    discounts: z.array(RenewalDiscount).default([]).superRefine(uniqueRuleIds),
    competitors: z.array(Competitor).default([]).superRefine(oneVendorPerName),
    call: RenewalCall.default(defaultRenewalCall),
  })
  .strict();
export type RenewalsPolicy = z.infer<typeof RenewalsPolicy>;

/**
 * Whose records callers other than customers may reach. A customer conversation always reaches only the
 * customer its channel (or a one-time code) verified; that is not a setting.
 */
export const Scopes = z
  .object({
    /** A rep's approval acts on the conversation's customer only, or on any record the rep edits in. */
    approvals: z.enum(['conversation', 'any']),
    /** A delegated task reaches only its account's customer, or any record. */
    delegatedTasks: z.enum(['account', 'any']),
  })
  .strict();
export type Scopes = z.infer<typeof Scopes>;

export const defaultScopes: Scopes = { approvals: 'conversation', delegatedTasks: 'account' };

/**
 * When the agent asks the customer before an irreversible change. Explicit: the customer asked for the
 * change in so many words and its target (order, items, address) comes from what they wrote matched
 * against their records. Inferred: anything else.
 */
export const Confirmation = z
  .object({
    tools: z.array(ToolRef).min(1),
    explicit: z.enum(['proceed', 'ask']),
    inferred: z.enum(['ask', 'proceed']),
  })
  .strict();
export type Confirmation = z.infer<typeof Confirmation>;

export const defaultConfirmation: Confirmation = {
  tools: ['orders.cancel', 'orders.return', 'orders.exchange', 'orders.updateAddress', 'payments.refund'],
  explicit: 'proceed',
  inferred: 'ask',
};

export const Policy = z
  .object({
    version: z.literal(1),
    thresholds: z
      .object({
        act: z.number().min(0).max(1),
        clarify: z.number().min(0).max(1),
        escalate: z.number().min(0).max(1),
      })
      .strict()
      .refine((t) => t.escalate <= t.clarify && t.clarify <= t.act, {
        message: 'thresholds must satisfy escalate ≤ clarify ≤ act',
      }),
    stepBudget: z.number().int().min(1).max(100),
    tools: z.array(ToolRule).min(1).superRefine(uniqueRuleIds),
    escalation: z
      .object({
        explicitRequest: z.boolean(),
        legalWords: z.array(z.string().trim().min(2)).default([]),
        sentimentBelow: z.number().min(-1).max(1),
        previousAgentComplaint: z.boolean(),
        repeatContact: z
          .object({ withinDays: z.number().int().min(1).max(365) })
          .strict()
          .nullable()
          .default(null),
        lowConfidence: z.boolean(),
        toolFailures: z.number().int().min(1).max(10),
      })
      .strict(),
    confirmation: Confirmation.default(defaultConfirmation),
    scopes: Scopes.default(defaultScopes),
    /** Optional: without it, renewal quotes carry no discount and no competitor is listed. */
    renewals: RenewalsPolicy.optional(),
    /** Optional: without it, every kind of personal data is redacted before a remote model sees it. */
    privacy: PrivacyPolicy.optional(),
  })
  .strict();
export type Policy = z.infer<typeof Policy>;

/** A problem in a policy document, placed where the team lead can find it. */
export const PolicyProblem = z.object({
  line: z.number().int(),
  column: z.number().int(),
  path: z.string(),
  reason: z.string(),
});
export type PolicyProblem = z.infer<typeof PolicyProblem>;
