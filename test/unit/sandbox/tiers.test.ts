import { describe, expect, it } from 'vitest';
import { tierForLifetimeValue } from '../../../electron/sandbox/tiers';

describe('loyalty tiers from lifetime value', () => {
  it.each([
    [0, 'bronze'],
    [999.99, 'bronze'],
    [1000, 'silver'],
    [4999.99, 'silver'],
    [5000, 'gold'],
    [10000, 'platinum'],
  ])('%d earns %s', (amount, tier) => {
    expect(tierForLifetimeValue(amount)).toBe(tier);
  });
});
