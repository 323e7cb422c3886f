import { describe, expect, it } from 'vitest';
import { orderByProduct } from '../../../electron/agent/reasoners/offline/order-by-product';

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
    expect(orderByProduct(orders, ['the running shoe is too small'])).toBe('#W1000002');
    expect(orderByProduct(orders, ['my helmet does not fit', "I'm Dana Lopez, zip 12345"])).toBe('#W1000002');
  });

  it('is nobody when no product is named or two orders match as well', () => {
    expect(orderByProduct(orders, ['I want to return something'])).toBeNull();
    expect(orderByProduct(orders, ['the desk lamp flickers'])).toBeNull();
    expect(orderByProduct([], ['the desk lamp flickers'])).toBeNull();
  });
});
