import { describe, expect, it } from 'vitest';
import { fromTau2Retail } from '../../../electron/sandbox/data/tau2-retail';

const asOf = new Date('2025-06-11T00:00:00Z');
const address = {
  address1: '1 Elm Street',
  address2: '',
  city: 'Austin',
  country: 'USA',
  state: 'TX',
  zip: '78701',
};

/** A two-variant, one-user τ²-shaped database with one order in the given status. */
function tau2With(status: string, extra: Record<string, unknown> = {}) {
  return {
    users: {
      kai_tan_1: {
        user_id: 'kai_tan_1',
        name: { first_name: 'Kai', last_name: 'Tan' },
        address,
        email: 'kai.tan@example.com',
        payment_methods: { gift_card_1: { source: 'gift_card', id: 'gift_card_1', balance: 40 } },
        orders: ['#W0000001'],
      },
    },
    products: {
      '100': {
        product_id: '100',
        name: 'Lamp',
        variants: {
          '201': { item_id: '201', options: { finish: 'black' }, available: true, price: 30 },
          '202': { item_id: '202', options: { finish: 'white' }, available: true, price: 35.5 },
        },
      },
    },
    orders: {
      '#W0000001': {
        order_id: '#W0000001',
        user_id: 'kai_tan_1',
        address,
        items: [{ name: 'Lamp', product_id: '100', item_id: '201', price: 30, options: { finish: 'black' } }],
        status,
        fulfillments: [{ tracking_id: ['123456789012'], item_ids: ['201'] }],
        payment_history: [{ transaction_type: 'payment', amount: 30, payment_method_id: 'gift_card_1' }],
        ...extra,
      },
    },
  };
}

describe('mapping τ²-bench retail records', () => {
  it('turns a return-requested order into a delivered order with a return record', () => {
    const mapped = fromTau2Retail(tau2With('return requested', { return_items: ['201'] }), asOf);
    expect(mapped.ok && mapped.value.orders[0]?.status).toBe('delivered');
    expect(mapped.ok && mapped.value.returns).toMatchObject([
      { orderId: '#W0000001', kind: 'return', items: [{ sku: '201', qty: 1, newSku: null }], amount: 30 },
    ]);
  });

  it('turns an exchange-requested order into an exchange with the price difference', () => {
    const mapped = fromTau2Retail(
      tau2With('exchange requested', { exchange_items: ['201'], exchange_new_items: ['202'] }),
      asOf,
    );
    expect(mapped.ok && mapped.value.returns).toMatchObject([
      { kind: 'exchange', items: [{ sku: '201', newSku: '202', qty: 1 }], amount: 5.5 },
    ]);
  });

  it('keeps payment method ids and gift card balances', () => {
    const mapped = fromTau2Retail(tau2With('pending'), asOf);
    expect(mapped.ok && mapped.value.customers[0]).toMatchObject({
      paymentMethods: [{ id: 'gift_card_1', type: 'gift_card', balance: 40 }],
      address: { line1: '1 Elm Street', city: 'Austin', state: 'TX', zip: '78701', country: 'USA' },
    });
    expect(mapped.ok && mapped.value.orders[0]?.paymentMethod).toBe('gift_card_1');
  });

  it('leaves out an empty second address line', () => {
    const mapped = fromTau2Retail(tau2With('pending'), asOf);
    expect(mapped.ok && 'line2' in mapped.value.orders[0]!.shippingAddress).toBe(false);
  });

  it('refuses a file without the τ² lists, naming what is missing', () => {
    expect(fromTau2Retail({ users: {} }, asOf)).toMatchObject({ ok: false, error: { field: 'products' } });
  });
});
