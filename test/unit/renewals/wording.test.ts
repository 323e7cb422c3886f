import { describe, expect, it } from 'vitest';
import { money, plural, shortDate } from '../../../electron/renewals/wording';

describe('the wording of talking points', () => {
  it('writes days the way reps say them, in UTC', () => {
    expect([shortDate('2025-11-03'), shortDate('2025-06-30T23:30:00.000Z')]).toEqual(['3 Nov', '30 Jun']);
  });

  it('writes money with its currency, dropping cents only when there are none', () => {
    expect([money(18_360, 'USD'), money(99.5, 'EUR')]).toEqual(['$18,360', '€99.50']);
  });

  it('counts in the singular and the plural', () => {
    expect([plural(1, 'day'), plural(3, 'day')]).toEqual(['1 day', '3 days']);
  });
});
