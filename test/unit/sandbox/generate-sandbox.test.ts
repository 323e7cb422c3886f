import { describe, expect, it } from 'vitest';
import { parseSandboxFile } from '../../../electron/sandbox/data/parse-file';
import { generateSandbox } from '../../../electron/sandbox/seed/generate-sandbox';
import { tierForLifetimeValue } from '../../../electron/sandbox/tiers';

const asOf = new Date('2025-06-11T09:30:00Z'); // a Wednesday
const data = generateSandbox({ seed: 11, size: 300, asOf });
const orderById = new Map(data.orders.map((o) => [o.id, o]));
const customerById = new Map(data.customers.map((c) => [c.id, c]));
const statusCount = (status: string) => data.shipments.filter((s) => s.status === status).length;

describe('the sandbox generator', () => {
  it('generates identical data for the same seed, size and day', () => {
    expect(generateSandbox({ seed: 11, size: 300, asOf: new Date('2025-06-11T18:00:00Z') })).toEqual(data);
  });

  it('generates different data for another seed', () => {
    expect(generateSandbox({ seed: 12, size: 300, asOf }).customers).not.toEqual(data.customers);
  });

  it('makes size customers and five times as many orders, with readable ids', () => {
    expect([data.customers.length, data.orders.length]).toEqual([300, 1500]);
    expect([data.customers[0]?.id, data.orders[0]?.id]).toEqual(['cus_0001', '#W1000001']);
  });

  it('writes data that passes the import checks', () => {
    const checked = parseSandboxFile(JSON.parse(JSON.stringify(data)));
    expect(checked.ok ? [] : checked.issues.slice(0, 3)).toEqual([]);
  });

  it('mixes on-time, delayed and exceptional parcels', () => {
    expect(statusCount('in_transit')).toBeGreaterThan(20);
    expect(statusCount('delayed')).toBeGreaterThan(10);
    expect(statusCount('exception')).toBeGreaterThan(0);
    expect(statusCount('delayed')).toBeLessThan(statusCount('in_transit'));
  });

  it('delivers most parcels on time and some late', () => {
    const delivered = data.shipments.filter((s) => s.status === 'delivered');
    const late = delivered.filter((s) => s.eta! > orderById.get(s.orderId)!.promisedBy!);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length / delivered.length).toBeLessThan(0.25);
  });

  it('includes gold and platinum customers whose delayed parcel was promised for the coming Friday', () => {
    const scenario = data.shipments.filter((s) => {
      const order = orderById.get(s.orderId)!;
      const tier = customerById.get(order.customerId)!.tier;
      return (
        s.status === 'delayed' &&
        order.promisedBy === '2025-06-13' &&
        s.eta! > '2025-06-13' &&
        (tier === 'gold' || tier === 'platinum')
      );
    });
    expect(scenario.length).toBeGreaterThanOrEqual(3);
  });

  it('has pending orders to cancel and recently delivered orders to return', () => {
    expect(data.orders.filter((o) => o.status === 'pending').length).toBeGreaterThan(50);
    const recent = data.orders.filter((o) => o.status === 'delivered' && o.placedAt > '2025-05-01');
    expect(recent.length).toBeGreaterThan(20);
  });

  it('shows no carrier event after today', () => {
    expect(data.shipments.every((s) => s.events.every((e) => e.at <= asOf.toISOString()))).toBe(true);
  });

  it('keeps every carrier event in time order', () => {
    expect(
      data.shipments.every((s) => s.events.every((e, i) => i === 0 || s.events[i - 1]!.at <= e.at)),
    ).toBe(true);
  });

  it('gives each customer the tier their lifetime value earns', () => {
    expect(data.customers.every((c) => c.tier === tierForLifetimeValue(c.lifetimeValue))).toBe(true);
    expect(new Set(data.customers.map((c) => c.tier))).toEqual(
      new Set(['bronze', 'silver', 'gold', 'platinum']),
    );
  });

  it('writes 150 or more knowledge-base articles across the support topics', () => {
    expect(data.kbArticles.length).toBeGreaterThanOrEqual(150);
    const topics = new Set(data.kbArticles.map((a) => a.tags[0]));
    expect(topics).toEqual(new Set(['shipping', 'returns', 'refunds', 'billing', 'account', 'products']));
  });

  it('never repeats an article title', () => {
    expect(new Set(data.kbArticles.map((a) => a.title)).size).toBe(data.kbArticles.length);
  });

  it('uses only reserved example domains for email', () => {
    expect(data.customers.every((c) => /@example\.(com|org|net)$/.test(c.email))).toBe(true);
  });
});
