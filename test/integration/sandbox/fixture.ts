import { replaceSandbox } from '../../../electron/sandbox/data/sandbox-store';
import type { Address, Order, SandboxData } from '../../../electron/sandbox/format';
import { createSandbox, type Sandbox } from '../../../electron/sandbox/sandbox';
import { openDatabase, type Database } from '../../../electron/store/database';

/** The fixed "now" of repository tests: a Wednesday afternoon. */
export const now = new Date('2025-06-11T15:00:00.000Z');

const home: Address = {
  line1: '12 Alder Street',
  city: 'Portland',
  state: 'OR',
  zip: '97201',
  country: 'US',
};

function order(id: string, customerId: string, status: Order['status'], items: Order['items']): Order {
  const subtotal = items.reduce((sum, item) => sum + Math.round(item.price * 100) * item.qty, 0) / 100;
  return {
    id,
    customerId,
    status,
    placedAt: '2025-06-02T10:00:00.000Z',
    promisedBy: '2025-06-13',
    currency: 'USD',
    items,
    totals: { subtotal, shipping: 0, tax: 0, discount: 0, total: subtotal },
    shippingAddress: home,
    paymentMethod: 'pm_0001_card',
    cancelledAt: status === 'cancelled' ? '2025-06-02T12:00:00.000Z' : null,
    cancelReason: status === 'cancelled' ? 'ordered by mistake' : null,
  };
}

/** A small sandbox with one record of every kind a repository test needs, written out in full. */
export function sandboxFixture(): SandboxData {
  const tee = (sku: string, size: string, available = true) => ({
    sku,
    options: { color: 'Black', size },
    price: 23.99,
    available,
  });
  return {
    customers: [
      {
        id: 'cus_0001',
        name: 'Ana Silva',
        email: 'ana.silva@example.com',
        phone: '+1 503-555-0101',
        tier: 'gold',
        lifetimeValue: 6200,
        currency: 'USD',
        address: home,
        paymentMethods: [{ id: 'pm_0001_card', type: 'credit_card', brand: 'Visa', lastFour: '4242' }],
        createdAt: '2022-03-01T10:00:00.000Z',
      },
      {
        id: 'cus_0002',
        name: 'Omar Haddad',
        email: 'omar.haddad@example.org',
        phone: null,
        tier: 'bronze',
        lifetimeValue: 120.5,
        currency: 'USD',
        address: {
          line1: '4 Lake Road',
          line2: 'Apt 3B',
          city: 'Chicago',
          state: 'IL',
          zip: '60601',
          country: 'US',
        },
        paymentMethods: [{ id: 'pm_0002_gift', type: 'gift_card', balance: 25 }],
        createdAt: '2024-01-15T10:00:00.000Z',
      },
    ],
    notes: [
      {
        id: 'note_00001',
        customerId: 'cus_0001',
        author: 'Jordan Reyes',
        text: 'Prefers email.',
        at: '2025-05-01T09:00:00.000Z',
      },
    ],
    interactions: [
      {
        id: 'int_000001',
        customerId: 'cus_0001',
        channel: 'phone',
        at: '2025-05-20T09:00:00.000Z',
        topic: 'Order status',
        summary: 'Asked about an older order.',
        outcome: 'resolved',
        csat: 5,
      },
      {
        id: 'int_000002',
        customerId: 'cus_0001',
        channel: 'chat',
        at: '2025-06-05T09:00:00.000Z',
        topic: 'Delivery delay',
        summary: 'Order #W1000002 is late.',
        outcome: 'follow-up scheduled',
        csat: null,
      },
    ],
    products: [
      {
        id: 'prd_tee',
        name: 'Everyday Cotton Tee',
        description: 'A relaxed T-shirt.',
        currency: 'USD',
        variants: [tee('ECT-BLAC-M', 'M'), tee('ECT-BLAC-L', 'L'), tee('ECT-BLAC-S', 'S', false)],
      },
      {
        id: 'prd_mug',
        name: 'Ceramic Mug',
        description: '',
        currency: 'USD',
        variants: [{ sku: 'MUG-1', options: {}, price: 12, available: true }],
      },
    ],
    orders: [
      order('#W1000001', 'cus_0001', 'delivered', [
        { sku: 'ECT-BLAC-M', name: 'Everyday Cotton Tee (Black, M)', qty: 2, price: 23.99 },
        { sku: 'MUG-1', name: 'Ceramic Mug', qty: 1, price: 12 },
      ]),
      order('#W1000002', 'cus_0001', 'shipped', [{ sku: 'MUG-1', name: 'Ceramic Mug', qty: 1, price: 12 }]),
      order('#W1000003', 'cus_0001', 'pending', [{ sku: 'MUG-1', name: 'Ceramic Mug', qty: 3, price: 12 }]),
      order('#W1000004', 'cus_0002', 'processing', [
        { sku: 'MUG-1', name: 'Ceramic Mug', qty: 1, price: 12 },
      ]),
      order('#W1000005', 'cus_0002', 'cancelled', [{ sku: 'MUG-1', name: 'Ceramic Mug', qty: 1, price: 12 }]),
    ],
    returns: [],
    shipments: [
      {
        id: 'shp_000001',
        orderId: '#W1000001',
        carrier: 'Parcelpoint',
        trackingNumber: 'PP1234567890',
        status: 'delivered',
        eta: '2025-06-06',
        events: [
          {
            at: '2025-06-06T14:00:00.000Z',
            location: 'Portland, OR',
            description: 'Delivered: left at the front door.',
          },
        ],
      },
      {
        id: 'shp_000002',
        orderId: '#W1000002',
        carrier: 'SwiftLane',
        trackingNumber: 'SL000011112222',
        status: 'delayed',
        eta: '2025-06-16',
        events: [
          { at: '2025-06-03T08:00:00.000Z', location: 'Reno, NV', description: 'Picked up by SwiftLane.' },
          {
            at: '2025-06-05T08:00:00.000Z',
            location: 'Denver, CO',
            description: 'Delayed: severe weather along the route.',
          },
        ],
      },
    ],
    credits: [],
    refunds: [],
    tickets: [],
    kbArticles: [
      {
        id: 'kb_0001',
        title: 'Refund timing for credit card payments',
        body: 'Refunds to a credit card take 5 to 7 business days to appear after we issue them.',
        tags: ['refunds', 'credit-card'],
        updatedAt: '2025-01-10T00:00:00.000Z',
      },
      {
        id: 'kb_0002',
        title: 'Why is my order delayed? Severe weather',
        body: 'Storms and snow can close roads. Carriers hold parcels at the nearest hub until routes reopen.',
        tags: ['shipping', 'delay'],
        updatedAt: '2025-02-10T00:00:00.000Z',
      },
      {
        id: 'kb_0003',
        title: 'Returning shoes and boots',
        body: 'Shoes can be returned within 60 days of delivery, unworn outdoors and in the original box.',
        tags: ['returns', 'footwear'],
        updatedAt: '2025-03-10T00:00:00.000Z',
      },
    ],
    outbox: [],
    calendar: [
      {
        id: 'cal_00001',
        customerId: 'cus_0001',
        startsAt: '2025-06-12T15:00:00.000Z',
        durationMinutes: 30,
        title: 'Follow-up on order #W1000002',
        notes: '',
      },
    ],
    accounts: [],
    subscriptions: [],
    usage: [],
    touchpoints: [],
  };
}

/** A migrated in-memory database holding the fixture, and the repositories over it at the fixed time. */
export function openFixture(): { db: Database; sandbox: Sandbox } {
  const db = openDatabase(':memory:');
  replaceSandbox(db, sandboxFixture());
  return { db, sandbox: createSandbox(db, () => now) };
}
