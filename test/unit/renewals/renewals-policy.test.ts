import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { parsePolicy } from '../../../electron/policy/load-policy';

const renewalsAt = defaultPolicyText.indexOf('\nrenewals:');
const withoutRenewals = defaultPolicyText.slice(0, renewalsAt + 1);
const withRenewals = (section: string) => `${withoutRenewals}${section}`;

describe('the renewals section of the policy', () => {
  it('ships with volume and retention discounts capped at 20% together', () => {
    expect(defaultPolicy().renewals).toMatchObject({
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

  it('lists no competitor when the section leaves them out', () => {
    const parsed = parsePolicy(withRenewals('renewals:\n  maxTotalDiscountPercent: 20\n'));
    expect(parsed.ok && parsed.policy.renewals?.competitors).toEqual([]);
  });

  it('reads competitors with their aliases, and matchCase off unless set', () => {
    const parsed = parsePolicy(
      withRenewals(
        [
          'renewals:',
          '  maxTotalDiscountPercent: 20',
          '  competitors:',
          '    - name: Acme Helpdesk',
          '      aliases: [Acme, AcmeChat]',
          '    - name: Front',
          '      matchCase: true',
          '',
        ].join('\n'),
      ),
    );
    expect(parsed.ok && parsed.policy.renewals?.competitors).toEqual([
      { name: 'Acme Helpdesk', aliases: ['Acme', 'AcmeChat'], matchCase: false },
      { name: 'Front', aliases: [], matchCase: true },
    ]);
  });

  const competitorsSection = (...lines: string[]) =>
    withRenewals(['renewals:', '  maxTotalDiscountPercent: 20', '  competitors:', ...lines, ''].join('\n'));
  const lineOf = (text: string, line: string) => text.split('\n').lastIndexOf(line) + 1;

  it('refuses a vendor listed twice, in any case, at the line of the second', () => {
    const text = competitorsSection('    - name: Zendesk', '    - name: Intercom', '    - name: zendesk');
    expect(parsePolicy(text)).toEqual({
      ok: false,
      problems: [
        {
          line: lineOf(text, '    - name: zendesk'),
          column: expect.any(Number),
          path: 'renewals.competitors.2.name',
          reason: 'zendesk is already listed for Zendesk',
        },
      ],
    });
  });

  it('refuses an alias that already names another vendor', () => {
    const text = competitorsSection(
      '    - name: Freshworks',
      '      aliases: [Freshdesk]',
      '    - name: Freshdesk Classic',
      '      aliases:',
      '        - Freshdesk',
    );
    expect(parsePolicy(text)).toMatchObject({
      ok: false,
      problems: [
        {
          line: lineOf(text, '        - Freshdesk'),
          path: 'renewals.competitors.1.aliases.0',
          reason: 'Freshdesk is already listed for Freshworks',
        },
      ],
    });
  });

  it('refuses an empty name or alias, and a vendor without a name, each at its line', () => {
    const text = competitorsSection(
      '    - name: "  "',
      '    - name: Gorgias',
      '      aliases: [""]',
      '    - aliases: [Kustomer]',
    );
    const parsed = parsePolicy(text);
    expect(parsed).toMatchObject({
      ok: false,
      problems: [
        {
          line: lineOf(text, '    - name: "  "'),
          path: 'renewals.competitors.0.name',
          reason: 'name the vendor',
        },
        {
          line: lineOf(text, '      aliases: [""]'),
          path: 'renewals.competitors.1.aliases.0',
          reason: 'an alias cannot be empty',
        },
        { line: lineOf(text, '    - aliases: [Kustomer]'), path: 'renewals.competitors.2.name' },
      ],
    });
  });

  it('refuses a list of names where a list of vendors belongs', () => {
    const text = competitorsSection('    - Zendesk');
    expect(parsePolicy(text)).toMatchObject({
      ok: false,
      problems: [{ line: lineOf(text, '    - Zendesk'), path: 'renewals.competitors.0' }],
    });
  });
});
