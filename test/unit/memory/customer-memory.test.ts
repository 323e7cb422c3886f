import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CustomerMemoryRepo,
  statedPreferences,
  type RememberedIssue,
} from '../../../electron/memory/customer-memory';
import { openDatabase, type Database } from '../../../electron/store/database';

let db: Database;
let memory: CustomerMemoryRepo;
beforeEach(() => {
  db = openDatabase(':memory:');
  memory = new CustomerMemoryRepo(db);
});
afterEach(() => db.close());

const issue = (overrides: Partial<RememberedIssue>): RememberedIssue => ({
  conversationId: 'c1',
  intent: 'delivery_delay',
  orderId: '#W1',
  at: '2026-11-23T10:00:00.000Z',
  outcome: 'resolved',
  actions: ['payments.issueCredit'],
  ...overrides,
});

describe('customer memory', () => {
  it('remembers issues across conversations with a running summary', () => {
    memory.remember('cus_1', issue({}), {}, '2026-11-23T10:00:00.000Z');
    const after = memory.remember(
      'cus_1',
      issue({
        conversationId: 'c2',
        intent: 'refund_request',
        orderId: '#W2',
        at: '2026-11-25T09:00:00.000Z',
        outcome: 'escalated',
        actions: [],
      }),
      {},
      '2026-11-25T09:00:00.000Z',
    );
    expect(after.issues.map((i) => i.conversationId)).toEqual(['c1', 'c2']);
    expect(after.summary).toBe(
      '2 contacts on record. Latest: refund (#W2) on Wednesday, Nov 25, escalated; late delivery (#W1) on Monday, Nov 23, resolved: payments.issueCredit.',
    );
  });

  it('updates the issue of a conversation instead of adding it twice', () => {
    memory.remember('cus_1', issue({ outcome: 'awaiting_approval' }), {}, '2026-11-23T10:00:00.000Z');
    const after = memory.remember('cus_1', issue({ outcome: 'resolved' }), {}, '2026-11-23T10:05:00.000Z');
    expect(after.issues).toHaveLength(1);
    expect(after.issues[0]?.outcome).toBe('resolved');
  });

  it('finds a repeat contact about the same issue within the window, not another order or an old one', () => {
    memory.remember('cus_1', issue({}), {}, '2026-11-23T10:00:00.000Z');
    expect(
      memory.repeatOf('cus_1', 'c9', 'delivery_delay', '#W1', '2026-11-20T00:00:00.000Z')?.conversationId,
    ).toBe('c1');
    expect(
      memory.repeatOf('cus_1', 'c9', 'delivery_delay', null, '2026-11-20T00:00:00.000Z')?.conversationId,
    ).toBe('c1');
    expect(
      memory.repeatOf('cus_1', 'c9', 'delivery_delay', '#W7', '2026-11-20T00:00:00.000Z'),
    ).toBeUndefined();
    expect(
      memory.repeatOf('cus_1', 'c9', 'refund_request', '#W1', '2026-11-20T00:00:00.000Z'),
    ).toBeUndefined();
    expect(
      memory.repeatOf('cus_1', 'c9', 'delivery_delay', '#W1', '2026-11-24T00:00:00.000Z'),
    ).toBeUndefined();
    expect(
      memory.repeatOf('cus_1', 'c1', 'delivery_delay', '#W1', '2026-11-20T00:00:00.000Z'),
    ).toBeUndefined();
  });

  it('keeps the channel a customer asked for', () => {
    expect(statedPreferences('Please email me the details')).toEqual({ channel: 'email' });
    expect(statedPreferences('just call me tomorrow')).toEqual({ channel: 'phone' });
    expect(statedPreferences('where is my order')).toEqual({});
    memory.remember('cus_1', issue({}), { channel: 'email' }, '2026-11-23T10:00:00.000Z');
    expect(
      memory.remember('cus_1', issue({ conversationId: 'c2' }), {}, '2026-11-24T10:00:00.000Z').preferences,
    ).toEqual({ channel: 'email' });
  });
});
