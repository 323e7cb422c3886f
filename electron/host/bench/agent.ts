import { performance } from 'node:perf_hooks';
import { createApp } from '../../app';
import { memorySettingsBackend } from '../../services/settings';
import { percentile, round } from './sample';
import type { Benchmark } from './types';

/**
 * The offline agent on the seed scenario ("My order hasn't arrived and I need it by Friday" from a
 * gold customer with a delayed parcel): end-to-end time per conversation, and per reasoning step.
 */
export const agentLoop: Benchmark = {
  name: 'agent',
  async run() {
    const app = createApp({
      dataDir: ':memory:',
      settings: memorySettingsBackend(),
      transport: 'direct',
      seed: { size: 1000 },
    });
    const customers = app.db
      .prepare(
        `SELECT DISTINCT c.email FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id JOIN sb_shipments s ON s.order_id = o.id
         WHERE c.tier IN ('gold', 'platinum') AND o.status = 'shipped' AND s.status = 'delayed' LIMIT 40`,
      )
      .pluck()
      .all() as string[];
    const perRun: number[] = [];
    const perStep: number[] = [];
    for (const [index, email] of customers.entries()) {
      const text = "My order hasn't arrived and I need it by Friday";
      const start = performance.now();
      const posted = app.conversations.postCustomerMessage({ customer: email, text });
      if (!posted.ok) throw new Error(posted.error.message);
      const report = await app.agent.handleCustomerMessage(
        posted.value.conversation.id,
        posted.value.message,
      );
      const elapsed = performance.now() - start;
      // The first run trains the intent model and warms prepared statements.
      if (index === 0) continue;
      perRun.push(elapsed);
      perStep.push(elapsed / Math.max(1, report.steps.filter((s) => s.kind === 'reason').length));
    }
    await app.close();
    return {
      'agent.seedScenario.p50': { value: round(percentile(perRun, 50)), unit: 'ms' },
      'agent.seedScenario.p95': { value: round(percentile(perRun, 95)), unit: 'ms' },
      'agent.loopStep.p50': { value: round(percentile(perStep, 50)), unit: 'ms' },
    };
  },
};
