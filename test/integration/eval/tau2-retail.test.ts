import { describe, expect, it } from 'vitest';
import {
  answerTo,
  identityOf,
  openingMessage,
  orderIdsIn,
} from '../../../electron/eval/suites/tau2-scripted-customer';
import { expectedCalls, recalled, runTau2Retail } from '../../../electron/eval/suites/tau2-retail';

describe('the tau2-retail replay', () => {
  it('reads who the scripted customer is from the known info', () => {
    expect(identityOf('You are Dana Lopez in zip code 12345.')).toEqual({
      email: null,
      name: 'Dana Lopez',
      zip: '12345',
    });
    expect(identityOf('You are ab_cd_1234 in zipcode 54321.')).toEqual({
      email: null,
      name: 'ab_cd_1234',
      zip: '54321',
    });
    expect(identityOf('Your email is dana@example.com.')).toMatchObject({ email: 'dana@example.com' });
    expect(identityOf('You name is Lee Park and your zip code is 20500.')).toEqual({
      email: null,
      name: 'Lee Park',
      zip: '20500',
    });
    expect(identityOf('You are user ab_cd_1234 living in Austin TX 73301.')).toMatchObject({
      name: 'ab_cd_1234',
      zip: '73301',
    });
    expect(identityOf('You are a cheerful woman called Ana Ruiz, living in 60601.')).toMatchObject({
      name: 'Ana Ruiz',
      zip: '60601',
    });
  });

  it('opens in the first person and answers identity and order questions from what it knows', () => {
    expect(openingMessage('You want to cancel order #W1234567 because you no longer need it. Extra.')).toBe(
      'I want to cancel order #W1234567 because I no longer need it. Extra.',
    );
    expect(orderIdsIn('orders #W1234567 and #W7654321')).toEqual(['#W1234567', '#W7654321']);
    const who = { email: null, name: 'Dana Lopez', zip: '12345' };
    expect(answerTo('Could you tell me the email address you used?', who, [])).toBe(
      "I'm Dana Lopez, zip code 12345.",
    );
    expect(answerTo('Which one is this about?', who, ['#W1234567'])).toBe("It's order #W1234567.");
    expect(answerTo('What colour?', who, [])).toBeNull();
  });

  it('maps expected tau2 tools to ours and counts which were made on the same order', () => {
    const task = {
      id: 't',
      user_scenario: { instructions: { reason_for_call: '' } },
      evaluation_criteria: {
        actions: [
          { name: 'get_order_details', arguments: { order_id: '#W1' } },
          { name: 'cancel_pending_order', arguments: { order_id: '#W1', reason: 'no longer needed' } },
          { name: 'calculate', arguments: {} },
          { name: 'transfer_to_human_agents', arguments: {} },
        ],
      },
    };
    const expected = expectedCalls(task);
    expect(expected).toEqual({
      calls: [
        { tool: 'orders.get', orderId: '#W1', change: null },
        { tool: 'orders.cancel', orderId: '#W1', change: null },
      ],
      unmapped: ['calculate'],
      escalate: true,
    });
    const made = [
      { id: 'a', tool: 'orders.get', args: { orderId: '#W1' } },
      { id: 'b', tool: 'orders.cancel', args: { orderId: '#W2' } },
    ];
    expect(recalled(expected.calls, made as never)).toEqual([true, false]);
  });

  it('counts a change only with the expected items or address', () => {
    const task = {
      id: 't',
      user_scenario: { instructions: { reason_for_call: '' } },
      evaluation_criteria: {
        actions: [
          {
            name: 'exchange_delivered_order_items',
            arguments: { order_id: '#W1', item_ids: ['11', '22'], new_item_ids: ['12', '23'] },
          },
          { name: 'return_delivered_order_items', arguments: { order_id: '#W2', item_ids: ['31', '31'] } },
          {
            name: 'modify_pending_order_address',
            arguments: { order_id: '#W3', address1: '1 Elm St', zip: '10001' },
          },
        ],
      },
    };
    const { calls } = expectedCalls(task);
    const exchange = (newSkus: string[]) => ({
      tool: 'orders.exchange',
      args: {
        orderId: '#W1',
        items: [
          { sku: '22', newSku: newSkus[1], qty: 1 },
          { sku: '11', newSku: newSkus[0], qty: 1 },
        ],
      },
    });
    const made = [
      exchange(['12', '23']),
      { tool: 'orders.return', args: { orderId: '#W2', items: [{ sku: '31', qty: 2 }] } },
      {
        tool: 'orders.updateAddress',
        args: { orderId: '#W3', address: { line1: '1 elm st ', zip: '10001' } },
      },
    ];
    expect(recalled(calls, made as never)).toEqual([true, true, true]);
    const wrong = [
      exchange(['12', '99']),
      { tool: 'orders.return', args: { orderId: '#W2', items: [{ sku: '31', qty: 1 }] } },
      {
        tool: 'orders.updateAddress',
        args: { orderId: '#W3', address: { line1: '2 Oak Ave', zip: '10001' } },
      },
    ];
    expect(recalled(calls, wrong as never)).toEqual([false, false, false]);
  });

  it('runs the test split of the benchmark and labels it as a scripted replay', async () => {
    const result = await runTau2Retail();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.json.note).toBe('scripted customer, not comparable to pass^k');
    expect(result.value.json.metrics).toMatchObject({ tasks: 40, actionRecall: expect.any(Number) });
  }, 120_000);
});
