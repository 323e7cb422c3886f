import { afterEach, describe, expect, it } from 'vitest';
import type { RunReport } from '../../../shared/agent';
import type { App } from '../../../electron/app';
import { actionableStatuses } from '../../../electron/agent/request/grounding';
import { one, say, scenarioApp, toolsCalled } from './agent-fixture';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
/** Each case on a fresh sandbox: an earlier case's chat would make the next a repeat contact. */
const fresh = () => {
  app = scenarioApp();
  return app;
};

const irreversible = [
  'orders.cancel',
  'orders.return',
  'orders.exchange',
  'orders.updateAddress',
  'payments.refund',
];
/** Irreversible changes that ran or wait for a rep. */
const changes = (report: RunReport) =>
  report.actions.filter(
    (a) => irreversible.includes(a.tool) && (a.status === 'executed' || a.status === 'pending_approval'),
  );

/** A customer whose only order is in one of the given states. */
const onlyOrderIn = (a: App, statuses: readonly string[]) =>
  one<{ email: string; orderId: string }>(
    a,
    `SELECT c.email, MIN(o.id) AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
     GROUP BY c.id HAVING COUNT(*) = 1 AND MIN(o.status) IN (${statuses.map(() => '?').join(',')})
     ORDER BY c.id LIMIT 1`,
    ...statuses,
  );

/** A customer with exactly `count` orders in the given states (and no other in them). */
const customerWith = (a: App, statuses: readonly string[], count: number) =>
  one<{ email: string; orderIds: string }>(
    a,
    `SELECT c.email, GROUP_CONCAT(o.id) AS orderIds FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
     WHERE o.status IN (${statuses.map(() => '?').join(',')})
       AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)
       AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id)
     GROUP BY c.id HAVING COUNT(*) = ? ORDER BY c.id LIMIT 1`,
    ...statuses,
    count,
  );

describe('no change on a target the customer did not name', () => {
  // Phrasings that ask for a change without saying which order (or which items).
  const untargeted: Record<string, string[]> = {
    'orders.cancel': [
      'cancel my order',
      'please cancel it',
      'I want to cancel',
      'can you cancel the order please',
    ],
    'orders.return': ['I want to return my order', 'please send it back', "I'd like to return this"],
    'payments.refund': ['I want a refund', 'refund me please', 'give me my money back'],
    'orders.exchange': ['I want to exchange it', 'please replace it', 'swap it for another size'],
    'orders.updateAddress': [
      'please ship it to 400 Pine Street, Portland, OR 97204',
      'change the address to 12 Oak Street, Springfield, IL 62704',
    ],
  };
  for (const [tool, phrasings] of Object.entries(untargeted)) {
    for (const text of phrasings) {
      it(`${tool}: "${text}" with two orders it could act on changes nothing`, async () => {
        const a = fresh();
        const { email } = customerWith(a, actionableStatuses[tool]!, 2);
        const report = await say(a, email, text);
        expect(changes(report)).toEqual([]);
        expect(['clarifying', 'replied', 'escalated']).toContain(report.outcome);
      });
    }
  }
});

describe('requests about something that is not an order', () => {
  const phrasings = [
    'cancel my rewards account',
    'please close my loyalty account',
    'unsubscribe me from the newsletter',
    'I want to cancel my membership',
    'take me off your mailing list please',
    'cancel the subscription',
  ];
  for (const text of phrasings) {
    it(`"${text}" touches no order`, async () => {
      const a = fresh();
      const { email } = customerWith(a, ['pending'], 1);
      const report = await say(a, email, text);
      expect(changes(report)).toEqual([]);
      expect(report.reply).toBeTruthy();
    });
  }
});

describe('one confirmation rule', () => {
  it('goes ahead on an explicit request about the order the customer named, in many phrasings', async () => {
    for (const phrasing of [
      'cancel order ID',
      'Please cancel ID',
      'I want to cancel order ID',
      'can you cancel ID?',
    ]) {
      const a = fresh();
      const { email, orderIds } = customerWith(a, ['pending'], 1);
      const report = await say(a, email, phrasing.replace('ID', orderIds));
      expect(toolsCalled(report)).toContain('orders.cancel:executed');
      expect(report.reply).not.toMatch(/just to confirm/i);
      await a.close();
      app = undefined;
    }
  });

  it('asks once before a return the customer only hinted at, for an order of one item', async () => {
    const a = fresh();
    const { email } = onlyOrderIn(a, ['delivered']);
    const asked = await say(a, email, "not sure this is for me, I'm disappointed with it");
    expect(changes(asked)).toEqual([]);
  });

  it('asks once on an inferred one, and acts on the yes', async () => {
    for (const phrasing of [
      'not sure I still want order ID',
      'thinking about cancelling ID',
      'maybe cancel ID?',
    ]) {
      const a = fresh();
      const { email, orderIds } = customerWith(a, ['pending'], 1);
      const asked = await say(a, email, phrasing.replace('ID', orderIds));
      expect(changes(asked)).toEqual([]);
      expect(asked.outcome).toBe('clarifying');
      expect(asked.reply).toMatch(/just to confirm/i);
      const confirmed = await say(a, email, 'yes please', asked.conversationId);
      expect(toolsCalled(confirmed)).toContain('orders.cancel:executed');
      await a.close();
      app = undefined;
    }
  });

  it('uses an address written in the message instead of asking for it', async () => {
    for (const [text, zip] of [
      ['deliver it to my office instead: 400 Pine St, Portland OR 97204', '97204'],
      ['Please send my order to 12 Oak Street, Springfield, IL 62704', '62704'],
      ['Change the delivery address to 22 Elm Road, Leeds LS1 4AB, UK.', 'LS1 4AB'],
      ['ship it to 10 Queen St W, Toronto M5H 2N2 instead', 'M5H 2N2'],
      ['please send it to 7 Main St, 10115 Berlin, Germany', '10115'],
    ] as const) {
      const a = fresh();
      const { email } = customerWith(a, ['pending', 'processing'], 1);
      const report = await say(a, email, text);
      const change = report.actions.find((x) => x.tool === 'orders.updateAddress');
      expect(change?.status).toBe('executed');
      expect(change?.args).toMatchObject({ address: { zip } });
      await a.close();
      app = undefined;
    }
  });

  it('asks for the missing parts of an address rather than sending one the shop cannot deliver to', async () => {
    for (const text of [
      'change the address to 22 Elm Road',
      'please deliver it to 88 Lake View Drive instead',
      // A postcode-first address says nothing of its country.
      'ship it to 7 Main St, 10115 Berlin',
    ]) {
      const a = fresh();
      const { email } = customerWith(a, ['pending', 'processing'], 1);
      const report = await say(a, email, text);
      expect(
        report.actions.map((x) => x.tool),
        text,
      ).not.toContain('orders.updateAddress');
      expect(report.outcome, text).toBe('clarifying');
      expect(report.reply, text).toMatch(/address/i);
      await a.close();
      app = undefined;
    }
  });

  it('asks which items before a return of an order of several', async () => {
    const a = fresh();
    const { email, orderId } = one<{ email: string; orderId: string }>(
      a,
      `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
       WHERE o.status = 'delivered' AND (SELECT COUNT(*) FROM sb_order_items i WHERE i.order_id = o.id) >= 2
         AND (SELECT COUNT(*) FROM sb_orders x WHERE x.customer_id = c.id AND x.status = 'delivered') = 1
       ORDER BY c.id LIMIT 1`,
    );
    const asked = await say(a, email, 'This needs to go back');
    expect(changes(asked)).toEqual([]);
    expect(asked.outcome).toBe('clarifying');
    expect(asked.reply).toContain(orderId);
    // "It needs to go back" asked for the return; now the items are the customer's words too.
    const all = await say(a, email, 'all of them please', asked.conversationId);
    expect(toolsCalled(all)).toContain('orders.return:executed');
  });
});

describe('answers carry the fact asked for', () => {
  it('says yes or no to "will it arrive before …"', async () => {
    for (const text of [
      'will it arrive before Friday?',
      'Will my order get here by December 20?',
      'will it come tomorrow',
      'hi, is my order going to be here on Monday?',
    ]) {
      const a = fresh();
      const { email } = onlyOrderIn(a, ['pending', 'processing']);
      const report = await say(a, email, text);
      expect(report.reply).toMatch(/^(?:Yes|No)\b/);
      await a.close();
      app = undefined;
    }
  });
});

describe('several requests in one message', () => {
  it('handles each, in one reply', async () => {
    const a = fresh();
    const { email, orderId } = onlyOrderIn(a, ['pending']);
    const report = await say(a, email, `Where is my order? Also please cancel order ${orderId}`);
    expect(toolsCalled(report)).toContain('orders.cancel:executed');
    expect(report.reply).toMatch(/has not been handed to the carrier|on its way|expected/);
    expect(report.reply).toMatch(/cancelled/);
  });
});
