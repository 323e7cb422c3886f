import { describe, expect, it } from 'vitest';
import { seededRandom, shuffleInPlace } from '../../../electron/agent/nlu/seeded-random';

describe('seeded randomness', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('stays within [0, 1)', () => {
    const random = seededRandom(9);
    const draws = Array.from({ length: 1000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles into a permutation of the same items', () => {
    const shuffled = shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(1));
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
