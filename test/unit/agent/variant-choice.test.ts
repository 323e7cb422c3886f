import { describe, expect, it } from 'vitest';
import { chooseVariant, type VariantFacts } from '../../../electron/agent/reasoners/offline/variant-choice';

const variant = (sku: string, options: Record<string, string>, available = true): VariantFacts => ({
  sku,
  options,
  price: 50,
  available,
});

// A helmet in three sizes, two colours and three ventilation levels ("medium" is both a size word and a
// ventilation level).
const helmets = ['S', 'M', 'L'].flatMap((size) =>
  ['red', 'blue'].flatMap((color) =>
    ['low', 'medium', 'high'].map((ventilation) =>
      variant(`H-${size}-${color}-${ventilation}`, { size, color, ventilation }),
    ),
  ),
);
const bottles = [
  variant('B-500-glass', { capacity: '500ml', material: 'glass' }),
  variant('B-750-glass', { capacity: '750ml', material: 'glass' }),
  variant('B-1000-glass', { capacity: '1000ml', material: 'glass' }),
  variant('B-1000-steel', { capacity: '1000ml', material: 'stainless steel' }),
];
const boots = [
  variant('BT-9-no', { size: '9', waterproof: 'no' }),
  variant('BT-9-yes', { size: '9', waterproof: 'yes' }),
  variant('BT-10-yes', { size: '10', waterproof: 'yes' }),
];

describe('choosing the variant to exchange for', () => {
  it('takes the values the customer named and keeps the rest', () => {
    expect(
      chooseVariant(helmets, 'H-S-red-low', ['The size is too small, I want medium with high ventilation']),
    ).toEqual({
      kind: 'chosen',
      sku: 'H-M-red-high',
    });
    expect(chooseVariant(helmets, 'H-S-red-low', ['can I have the blue one instead'])).toEqual({
      kind: 'chosen',
      sku: 'H-S-blue-low',
    });
  });

  it('reads comparatives, superlatives and yes/no options by their name', () => {
    expect(chooseVariant(bottles, 'B-500-glass', ['I need a bigger bottle'])).toEqual({
      kind: 'chosen',
      sku: 'B-750-glass',
    });
    expect(chooseVariant(bottles, 'B-500-glass', ['the maximum capacity please'])).toEqual({
      kind: 'chosen',
      sku: 'B-1000-glass',
    });
    expect(chooseVariant(helmets, 'H-M-red-low', ['it is too small'])).toEqual({
      kind: 'chosen',
      sku: 'H-L-red-low',
    });
    expect(chooseVariant(boots, 'BT-9-no', ['the same boots but waterproof'])).toEqual({
      kind: 'chosen',
      sku: 'BT-9-yes',
    });
  });

  it('reads a letter size only in capitals', () => {
    expect(chooseVariant(helmets, 'H-S-red-low', ['M please'])).toEqual({
      kind: 'chosen',
      sku: 'H-M-red-low',
    });
    expect(chooseVariant(helmets, 'H-S-red-low', ["I'm after the blue one"])).toEqual({
      kind: 'chosen',
      sku: 'H-S-blue-low',
    });
  });

  it('reads a refusal of a yes/no option', () => {
    expect(chooseVariant(boots, 'BT-10-yes', ['size 9 without waterproof please'])).toEqual({
      kind: 'chosen',
      sku: 'BT-9-no',
    });
  });

  it('gives the same variant for "the same item", when it is available', () => {
    expect(chooseVariant(boots, 'BT-9-no', ['it arrived broken, I want the exact same item'])).toEqual({
      kind: 'chosen',
      sku: 'BT-9-no',
    });
    expect(chooseVariant([variant('X', { color: 'red' }, false)], 'X', ['same one again please']).kind).toBe(
      'none',
    );
  });

  it('lists the variants that fit equally, so the customer can pick', () => {
    const choice = chooseVariant(
      [
        ...helmets.filter((h) => h.sku !== 'H-S-blue-low'),
        variant('H-S-blue-low', { size: 'S', color: 'blue', ventilation: 'low' }, false),
      ],
      'H-S-red-low',
      ['I want it in blue'],
    );
    expect(choice.kind).toBe('several');
    // Each keeps one of the two options they did not mention; none keeps both.
    expect(choice.kind === 'several' && choice.skus.sort()).toEqual([
      'H-L-blue-low',
      'H-M-blue-low',
      'H-S-blue-high',
      'H-S-blue-medium',
    ]);
  });

  it('hands over when nothing is named or nothing available fits', () => {
    expect(chooseVariant(helmets, 'H-S-red-low', ['I want to exchange my helmet'])).toEqual({
      kind: 'none',
      reason: 'no option was named',
    });
    expect(chooseVariant(bottles, 'B-1000-glass', ['a bigger one please'])).toEqual({
      kind: 'none',
      reason: 'no option was named',
    });
    expect(chooseVariant(bottles, 'B-500-glass', ['the 500ml one in stainless steel'])).toEqual({
      kind: 'none',
      reason: 'no available variant has capacity 500ml, material stainless steel',
    });
  });
});
