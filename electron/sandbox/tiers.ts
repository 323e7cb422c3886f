import type { Tier } from './format';

/**
 * The loyalty tier a lifetime spend earns: platinum from $10,000, gold from $5,000, silver from
 * $1,000, bronze below. The generator and the τ²-bench import both use it (documented in the format).
 */
export function tierForLifetimeValue(amount: number): Tier {
  if (amount >= 10_000) return 'platinum';
  if (amount >= 5_000) return 'gold';
  if (amount >= 1_000) return 'silver';
  return 'bronze';
}
