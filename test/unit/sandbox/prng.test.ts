import { describe, expect, it } from 'vitest';
import { Prng } from '../../../electron/sandbox/prng';

const draw = (seed: number, n: number) => {
  const rng = new Prng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('the seeded PRNG', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
  });

  it('gives different sequences for different seeds', () => {
    expect(draw(42, 20)).not.toEqual(draw(43, 20));
  });

  it('stays within [0, 1)', () => {
    expect(draw(7, 10_000).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws integers within both bounds, reaching each of them', () => {
    const rng = new Prng(1);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct elements', () => {
    const picked = new Prng(5).sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(picked).size).toBe(5);
  });

  it('favours heavier weights', () => {
    const rng = new Prng(9);
    const heavy = Array.from({ length: 1000 }, () => rng.weighted({ heavy: 9, light: 1 })).filter(
      (k) => k === 'heavy',
    );
    expect(heavy.length).toBeGreaterThan(800);
  });
});
