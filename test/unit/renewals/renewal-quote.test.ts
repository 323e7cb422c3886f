import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { quoteRenewal, type DiscountRules } from '../../../electron/renewals/renewal-quote';
import type { Subscription } from '../../../electron/sandbox/format';

const subscription = (change: Partial<Subscription> = {}): Subscription => ({
  accountId: 'acc_1',
  plan: 'team',
  seats: 40,
  seatsUsed: 30,
  pricePerSeat: 300,
  renewalDate: '2025-07-01',
  ...change,
});

const rules: DiscountRules = {
  maxTotalDiscountPercent: 20,
  discounts: [
    { id: 'volume-50', percent: 5, when: { seatsAtLeast: 50, seatsBelow: 200 } },
    { id: 'volume-200', percent: 10, when: { seatsAtLeast: 200 } },
    { id: 'retention', percent: 15, when: { churnRiskAtLeast: 60 } },
  ],
};

describe('the renewal quote', () => {
  it('prices a year of the current plan and seats: seats × price per seat', () => {
    expect(quoteRenewal(subscription(), 10, rules)).toEqual({
      plan: 'team',
      seats: 40,
      pricePerSeat: 300,
      subtotal: 12_000,
      discounts: [],
      total: 12_000,
    });
  });

  it('gives no discount when the policy has no renewals section', () => {
    const quote = quoteRenewal(subscription({ seats: 500 }), 95, undefined);
    expect([quote.discounts, quote.total]).toEqual([[], 150_000]);
  });

  it('applies a volume discount from its seat count, listing rule, percent and amount', () => {
    const quote = quoteRenewal(subscription({ seats: 60 }), 10, rules);
    expect(quote.discounts).toEqual([{ ruleId: 'volume-50', percent: 5, amount: 900 }]);
    expect(quote.total).toBe(17_100);
  });

  it('stops a seat range short of its upper bound', () => {
    const quote = quoteRenewal(subscription({ seats: 200 }), 10, rules);
    expect(quote.discounts.map((d) => d.ruleId)).toEqual(['volume-200']);
  });

  it('offers the retention discount only from its churn risk up', () => {
    expect(quoteRenewal(subscription(), 59, rules).discounts).toEqual([]);
    expect(quoteRenewal(subscription(), 60, rules).discounts).toEqual([
      { ruleId: 'retention', percent: 15, amount: 1800 },
    ]);
  });

  it('shrinks the later discount so the total stays within the cap', () => {
    const quote = quoteRenewal(subscription({ seats: 250 }), 75, rules);
    expect(quote.subtotal).toBe(75_000);
    expect(quote.discounts).toEqual([
      { ruleId: 'volume-200', percent: 10, amount: 7500 },
      { ruleId: 'retention', percent: 10, amount: 7500 },
    ]);
    expect(quote.total).toBe(60_000);
  });

  it('drops a discount that finds the cap already reached', () => {
    const capped: DiscountRules = { ...rules, maxTotalDiscountPercent: 10 };
    const quote = quoteRenewal(subscription({ seats: 250 }), 75, capped);
    expect(quote.discounts.map((d) => d.ruleId)).toEqual(['volume-200']);
  });

  it('limits a rule to the plans it names', () => {
    const byPlan: DiscountRules = {
      maxTotalDiscountPercent: 50,
      discounts: [{ id: 'enterprise-loyalty', percent: 3, when: { planIn: ['enterprise'] } }],
    };
    expect(quoteRenewal(subscription(), 0, byPlan).discounts).toEqual([]);
    expect(quoteRenewal(subscription({ plan: 'enterprise' }), 0, byPlan).discounts).toHaveLength(1);
  });

  it('rounds each discount to the cent and keeps the total exact', () => {
    const odd: DiscountRules = {
      maxTotalDiscountPercent: 50,
      discounts: [{ id: 'odd', percent: 2.5, when: {} }],
    };
    const quote = quoteRenewal(subscription({ seats: 7, pricePerSeat: 99.99 }), 0, odd);
    expect([quote.subtotal, quote.discounts[0]?.amount, quote.total]).toEqual([699.93, 17.5, 682.43]);
  });

  it('follows the shipped policy: an at-risk account of 60 seats gets 5% + 15% and no more', () => {
    const quote = quoteRenewal(subscription({ seats: 60 }), 80, defaultPolicy().renewals);
    expect(quote.discounts.map((d) => [d.ruleId, d.percent])).toEqual([
      ['volume-50-seats', 5],
      ['at-risk-retention-offer', 15],
    ]);
    expect(quote.total).toBe(14_400);
  });
});
