import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { one, say, scenarioApp } from './agent-fixture';

let app: App;
afterEach(async () => app.close());

/** A gold or platinum customer with exactly one shipped order, which the carrier reports delayed. */
const lateShipmentCustomer = () =>
  one<{ email: string; orderId: string }>(
    app,
    `SELECT c.email, o.id AS orderId FROM sb_customers c
     JOIN sb_orders o ON o.customer_id = c.id JOIN sb_shipments s ON s.order_id = o.id
     WHERE c.tier IN ('gold', 'platinum') AND o.status = 'shipped' AND s.status = 'delayed'
       AND (SELECT COUNT(*) FROM sb_orders o2 JOIN sb_shipments s2 ON s2.order_id = o2.id
            WHERE o2.customer_id = c.id AND o2.status = 'shipped'
              AND (s2.status IN ('delayed', 'exception') OR s2.eta > o2.promised_by)) = 1
       AND (SELECT COUNT(*) FROM sb_orders o3 WHERE o3.customer_id = c.id AND o3.status = 'shipped') <= 5
     ORDER BY c.id LIMIT 1`,
  );

describe('a team lead changes the goodwill credit limit', () => {
  it('and the offline playbook offers, and issues, the new amount', async () => {
    app = scenarioApp();
    const edited = defaultPolicyText.replace(
      /(id: late-shipment-goodwill-credit[\s\S]*?amountAtMost: )15\b/,
      '$120',
    );
    expect(edited).not.toBe(defaultPolicyText);
    expect(app.policy.save(edited).ok).toBe(true);
    const { email, orderId } = lateShipmentCustomer();
    const report = await say(app, email, "My order hasn't arrived and I need it by Friday");
    const credit = report.actions.find((a) => a.tool === 'payments.issueCredit');
    expect(credit).toMatchObject({ status: 'executed', args: { amount: 20, orderId } });
    expect(report.reply).toContain('$20.00 credit');
    const row = app.db.prepare('SELECT amount_cents FROM sb_credits WHERE order_id = ?').get(orderId) as
      { amount_cents: number } | undefined;
    expect(row?.amount_cents).toBe(2000);
  });
});
