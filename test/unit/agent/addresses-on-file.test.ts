import { describe, expect, it } from 'vitest';
import {
  addressOnFile,
  orderByCity,
  refersToAddressOnFile,
} from '../../../electron/agent/request/addresses-on-file';
import { initialState, type AgentState } from '../../../electron/agent/state';

const address = (line1: string, city: string, zip: string) => ({ line1, city, zip, country: 'US' });
const order = (id: string, status: string, shipsTo: Record<string, string>) => ({
  id,
  status,
  placedAt: '2026-11-01T10:00:00Z',
  promisedBy: null,
  items: [],
  address: shipsTo,
});
const orders = [
  order('#W1', 'pending', address('909 Spruce Street', 'Los Angeles', '91148')),
  order('#W2', 'delivered', address('476 Maple Drive', 'New York', '10093')),
  order('#W3', 'pending', address('12 Pine Road', 'Seattle', '98101')),
];
const state = (said: string[], focus: string | null = null): AgentState => ({
  ...initialState('c1', 'yusuf@example.com'),
  said,
  candidateOrders: orders,
  order: focus
    ? { id: focus, status: 'pending', total: 10, currency: 'USD', promisedBy: null, items: [] }
    : null,
});

describe('addresses on file', () => {
  it('notices an address named by whose it is', () => {
    expect(refersToAddressOnFile(state(['send it to my NYC address']))).toBe(true);
    expect(refersToAddressOnFile(state(['ship it to our office address please']))).toBe(true);
    expect(refersToAddressOnFile(state(['where is my order?']))).toBe(false);
  });

  it('picks the order shipping to the city named first, nicknames included', () => {
    expect(orderByCity(orders, state(['change my LA order to my NYC address']))).toBe('#W1');
    expect(orderByCity(orders, state(['the Seattle one please']))).toBe('#W3');
    expect(orderByCity(orders, state(['the one going to la casa']))).toBeNull();
  });

  it('finds the one address on file in the city named, other than where the order goes', () => {
    expect(addressOnFile(state(['change my LA order to my NYC address'], '#W1'))).toEqual(orders[1]!.address);
    expect(addressOnFile(state(['ship it to my Los Angeles address'], '#W1'))).toBeNull();
    expect(addressOnFile(state(['ship it to my Boston address'], '#W1'))).toBeNull();
  });
});
