import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { parsePolicy } from '../../../electron/policy/load-policy';

const renewalsAt = defaultPolicyText.indexOf('\nrenewals:');
const withoutRenewals = defaultPolicyText.slice(0, renewalsAt + 1);
const withRenewals = (section: string) => `${withoutRenewals}${section}`;

describe('the renewals section of the policy', () => {
  it('ships with volume and retention discounts capped at 20% together', () => {
    expect(defaultPolicy().renewals).toEqual({
      maxTotalDiscountPercent: 20,
      discounts: [
        { id: 'volume-50-seats', percent: 5, when: { seatsAtLeast: 50, seatsBelow: 200 } },
        { id: 'volume-200-seats', percent: 10, when: { seatsAtLeast: 200 } },
        { id: 'at-risk-retention-offer', percent: 15, when: { churnRiskAtLeast: 60 } },
      ],
    });
  });

  it('may be left out of a policy document', () => {
    const parsed = parsePolicy(withoutRenewals);
    expect(parsed.ok && parsed.policy.renewals).toBeUndefined();
  });

  it('names the line and path of a discount with a bad percent', () => {
    const text = withRenewals(
      [
        'renewals:',
        '  maxTotalDiscountPercent: 20',
        '  discounts:',
        '    - id: big',
        '      percent: 150',
        '',
      ].join('\n'),
    );
    const parsed = parsePolicy(text);
    const line = text.split('\n').indexOf('      percent: 150') + 1;
    expect(parsed).toMatchObject({ ok: false, problems: [{ line, path: 'renewals.discounts.0.percent' }] });
  });

  it('refuses two discounts with the same id', () => {
    const rule = ['    - id: same', '      percent: 5'];
    const parsed = parsePolicy(
      withRenewals(
        ['renewals:', '  maxTotalDiscountPercent: 20', '  discounts:', ...rule, ...rule, ''].join('\n'),
      ),
    );
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ path: 'renewals.discounts.1.id', reason: 'duplicate rule id same' }],
    });
  });

  it('refuses a seat range that ends before it starts', () => {
    const parsed = parsePolicy(
      withRenewals(
        [
          'renewals:',
          '  maxTotalDiscountPercent: 20',
          '  discounts:',
          '    - id: volume',
          '      percent: 5',
          '      when: { seatsAtLeast: 100, seatsBelow: 50 }',
          '',
        ].join('\n'),
      ),
    );
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ path: 'renewals.discounts.0.when', reason: 'seatsBelow must be more than seatsAtLeast' }],
    });
  });

  it('refuses an unknown plan in a condition', () => {
    const parsed = parsePolicy(
      withRenewals(
        [
          'renewals:',
          '  maxTotalDiscountPercent: 20',
          '  discounts:',
          '    - id: gold',
          '      percent: 5',
          '      when: { planIn: [platinum] }',
          '',
        ].join('\n'),
      ),
    );
    expect(parsed).toMatchObject({ ok: false, problems: [{ path: 'renewals.discounts.0.when.planIn.0' }] });
  });
});
