import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { asConnector } from '../../../electron/connectors/as-connector';
import { ConnectorError } from '../../../electron/connectors/http/connector-error';
import { SystemHealth } from '../../../electron/connectors/http/system-health';
import type { OpenSystem } from '../../../electron/connectors/system';
import { one, say, scenarioApp } from '../agent/agent-fixture';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A shop whose every call fails the way an outage does: timeouts, 503s, a host that is gone. */
function downShop(kind: 'timed_out' | 'unavailable' | 'unreachable', health: SystemHealth) {
  let calls = 0;
  const fail = async (): Promise<never> => {
    calls += 1;
    health.failed('shopify', 'no answer');
    throw new ConnectorError('shopify', kind, `shopify is not answering (${kind}).`);
  };
  const open: OpenSystem = {
    test: fail,
    handlers: { 'orders.get': fail, 'orders.list': fail },
    records: { ownerEmailOf: fail },
  };
  const connector = asConnector('shopify', open, {
    directory: { idForEmail: async () => null, emailForId: async () => null },
    health,
    fallback: () => undefined,
  });
  return { connector, calls: () => calls };
}

describe('a connected system that stops answering', () => {
  it.each(['timed_out', 'unavailable', 'unreachable'] as const)(
    'is escalated as system_unavailable, and the customer is told a colleague will follow up (%s)',
    async (kind) => {
      const health = new SystemHealth();
      const shop = downShop(kind, health);
      app = scenarioApp({ connectors: { 'orders.list': shop.connector } });
      const { email } = one<{ email: string }>(
        app,
        `SELECT c.email FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
         WHERE o.status = 'shipped' ORDER BY c.id LIMIT 1`,
      );
      const report = await say(app, email, 'Hi, has my order shipped yet? When will it arrive?');
      expect(report.outcome).toBe('escalated');
      expect(report.escalation?.reasons).toEqual(['system_unavailable']);
      expect(report.reply).toMatch(/colleague will follow up/);
      expect(report.escalation?.briefing.suggestedNextStep).toMatch(/shopify/);
      expect(health.available('shopify')).toBe(false);
      // Once marked unavailable, calls fail at once instead of waiting on the system each time.
      expect(shop.calls()).toBeLessThanOrEqual(3);
    },
  );
});
