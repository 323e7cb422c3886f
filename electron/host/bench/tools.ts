import { generateSandbox } from '../../sandbox/seed/generate-sandbox';
import { replaceSandbox } from '../../sandbox/data/sandbox-store';
import { benchQueries, buildBenchKb } from '../../sandbox/kb/bench-corpus';
import { KbRepo } from '../../sandbox/repos/kb-repo';
import { OrdersRepo } from '../../sandbox/repos/orders-repo';
import { openDatabase } from '../../store/database';
import { createToolBridge } from '../../tools/tool-bridge';
import { percentile, round, sampleMs } from './sample';
import type { Benchmark, Metrics } from './types';

/** What the tool bridge adds (validation, routing, output check, audit) on top of the repository call. */
export const toolCallOverhead: Benchmark = {
  name: 'tools',
  async run() {
    const db = openDatabase(':memory:');
    replaceSandbox(db, generateSandbox({ size: 200 }));
    const orders = db.prepare('SELECT id, customer_id AS owner FROM sb_orders LIMIT 200').all() as {
      id: string;
      owner: string;
    }[];
    const orderIds = orders.map((o) => o.id);
    const repo = new OrdersRepo(db);
    const { executor } = createToolBridge(db);
    let i = 0;
    const direct = await sampleMs(() => repo.get(orderIds[i++ % orderIds.length]!), 2000);
    const bridged = await sampleMs(
      () =>
        executor.execute({
          tool: 'orders.get',
          args: { orderId: orderIds[i++ % orderIds.length] },
          actor: 'agent',
          principal: { kind: 'rep' },
          decision: { effect: 'allow', rule: 'bench' },
        }),
      2000,
    );
    // The same read in a customer conversation: the executor first asks who owns the order.
    const scoped = await sampleMs(() => {
      const order = orders[i++ % orders.length]!;
      return executor.execute({
        tool: 'orders.get',
        args: { orderId: order.id },
        actor: 'agent',
        principal: { kind: 'customer', customerId: order.owner },
        decision: { effect: 'allow', rule: 'bench' },
      });
    }, 2000);
    db.close();
    return {
      'tools.ordersGet.direct.p50': { value: round(percentile(direct, 50) * 1000, 1), unit: 'µs' },
      'tools.ordersGet.bridged.p50': { value: round(percentile(bridged, 50) * 1000, 1), unit: 'µs' },
      'tools.ordersGet.customerScoped.p50': { value: round(percentile(scoped, 50) * 1000, 1), unit: 'µs' },
      'tools.callOverhead.p50': {
        value: round((percentile(bridged, 50) - percentile(direct, 50)) * 1000, 1),
        unit: 'µs',
      },
    };
  },
};

/** Knowledge-base search (FTS5, BM25) at 1,000 and 100,000 articles. */
export const kbSearch: Benchmark = {
  name: 'kb',
  async run() {
    const metrics: Metrics = {};
    for (const [label, size] of [
      ['1k', 1_000],
      ['100k', 100_000],
    ] as const) {
      const db = openDatabase(':memory:');
      buildBenchKb(db, size);
      const kb = new KbRepo(db);
      let next = 0;
      const samples = await sampleMs(() => kb.search(benchQueries[next++ % benchQueries.length]!, 5), 1600);
      db.close();
      metrics[`kb.search.${label}.p50`] = { value: round(percentile(samples, 50)), unit: 'ms' };
      metrics[`kb.search.${label}.p95`] = { value: round(percentile(samples, 95)), unit: 'ms' };
    }
    return metrics;
  },
};
