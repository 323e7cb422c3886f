import type { QuoteDiscount, RenewalQuote } from '../../shared/cheatsheet';
import type { RenewalDiscount, RenewalsPolicy } from '../../shared/policy';
import { fromCents, toCents } from '../../shared/money';
import type { RenewalSubscription } from './renewal-signals';

/** Whether every condition of a discount rule holds for this renewal. */
function applies(rule: RenewalDiscount, subscription: RenewalSubscription, churnRisk: number): boolean {
  const { seatsAtLeast, seatsBelow, churnRiskAtLeast, planIn } = rule.when;
  return (
    (seatsAtLeast === undefined || subscription.seats >= seatsAtLeast) &&
    (seatsBelow === undefined || subscription.seats < seatsBelow) &&
    (churnRiskAtLeast === undefined || churnRisk >= churnRiskAtLeast) &&
    (planIn === undefined || planIn.includes(subscription.plan))
  );
}

/** The part of the renewals policy that prices a quote. */
export type DiscountRules = Pick<RenewalsPolicy, 'maxTotalDiscountPercent' | 'discounts'>;

/**
 * A one-year renewal at the current plan, seats and price per seat. The policy's discount rules apply
 * top to bottom, each a percent of the subtotal; once their sum reaches the policy's cap, later rules
 * shrink to fit (or drop out). Amounts are rounded to the cent; no policy means no discount.
 */
export function quoteRenewal(
  subscription: RenewalSubscription,
  churnRisk: number,
  rules: DiscountRules | undefined,
): RenewalQuote {
  const subtotalCents = subscription.seats * toCents(subscription.pricePerSeat);
  const discounts: QuoteDiscount[] = [];
  let percentLeft = rules?.maxTotalDiscountPercent ?? 0;
  for (const rule of rules?.discounts ?? []) {
    if (!applies(rule, subscription, churnRisk)) continue;
    const percent = Math.min(rule.percent, percentLeft);
    if (percent <= 0) continue;
    percentLeft -= percent;
    discounts.push({
      ruleId: rule.id,
      percent,
      amount: fromCents(Math.round((subtotalCents * percent) / 100)),
    });
  }
  const discountCents = discounts.reduce((sum, d) => sum + toCents(d.amount), 0);
  return {
    plan: subscription.plan,
    seats: subscription.seats,
    pricePerSeat: subscription.pricePerSeat,
    subtotal: fromCents(subtotalCents),
    discounts,
    total: fromCents(subtotalCents - discountCents),
  };
}
