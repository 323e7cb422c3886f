import { describe, expect, it } from 'vitest';
import { itemsNamed, orderByProduct } from '../../../electron/agent/request/product-mentions';

const order = (id: string, items: string[]) => ({
  id,
  status: 'delivered',
  placedAt: '2026-11-01T10:00:00Z',
  promisedBy: null,
  items,
});
const orders = [
  order('#W1000001', ['Water Bottle', 'Desk Lamp']),
  order('#W1000002', ['Bicycle Helmet', 'Running Shoes']),
  order('#W1000003', ['Desk Lamp', 'Office Chair']),
  order('#W1000004', ['Wool House Slipper (Berry, L)']),
  order('#W1000005', ['Wristwatch', 'Jigsaw Puzzle']),
];

describe('the order that holds the products the customer named', () => {
  it('is the one with the most named products', () => {
    expect(orderByProduct(orders, ['I want to exchange the water bottle and the desk lamp'])).toBe(
      '#W1000001',
    );
    expect(orderByProduct(orders, ['the office chair came broken'])).toBe('#W1000003');
  });

  it('reads plurals, the last word of a name without its options, and earlier messages', () => {
    expect(orderByProduct(orders, ['the slippers are too tight'])).toBe('#W1000004');
    expect(orderByProduct(orders, ['the order with two watches'])).toBe('#W1000005');
    expect(orderByProduct(orders, ['the running shoe is too small'])).toBe('#W1000002');
    expect(orderByProduct(orders, ['my helmet does not fit', "I'm Dana Lopez, zip 12345"])).toBe('#W1000002');
  });

  it('reads the other words customers use for the same kind of product', () => {
    expect(orderByProduct(orders, ['my trainers are too small'])).toBe('#W1000002');
    expect(
      orderByProduct([order('#W1000006', ['Merino Throw (Grey)']), orders[0]!], ['wheres the blanket?']),
    ).toBe('#W1000006');
  });

  it('is nobody when no product is named or two orders match as well', () => {
    expect(orderByProduct(orders, ['I want to return something'])).toBeNull();
    expect(orderByProduct(orders, ['the desk lamp flickers'])).toBeNull();
    expect(orderByProduct([], ['the desk lamp flickers'])).toBeNull();
  });
});

describe('the items of an order the customer means', () => {
  const item = (sku: string, name: string) => ({ sku, name, qty: 1, price: 10 });
  const items = [
    item('1', 'Garden Hose'),
    item('2', 'Hiking Backpack'),
    item('3', 'Hiking Boots'),
    item('4', 'Tablet'),
  ];
  const skus = (found: { sku: string }[] | null) => found?.map((i) => i.sku) ?? null;

  it('are every item but those after "except"', () => {
    expect(skus(itemsNamed(items, ['I want to return everything except the tablet']))).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(skus(itemsNamed(items, ['return all of it but the boots and the hose. Thanks']))).toEqual([
      '2',
      '4',
    ]);
  });

  it('are those named in the clause about the action, when the message asks for several', () => {
    const said = [
      'I want to return the hose and the backpack, and exchange the hiking boots for a waterproof pair',
    ];
    expect(skus(itemsNamed(items, said, /exchange/i))).toEqual(['3']);
    expect(skus(itemsNamed(items, said, /return/i))).toEqual(['1', '2']);
  });

  it('are those named anywhere, else the whole order (null)', () => {
    expect(
      skus(itemsNamed(items, ['the tablet screen is cracked', 'I want to send it back'], /send\s+back/i)),
    ).toEqual(['4']);
    expect(itemsNamed(items, ['I want to return my order'])).toBeNull();
  });
});
