import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../find-chromium';
import { createApp, type App } from '../../app';
import { memorySettingsBackend } from '../../services/settings';
import { startWebHost } from '../web-server';
import { percentile, round } from './sample';
import { benchRendererBuild } from './renderer-build';
import type { Benchmark } from './types';

const queueSize = 5_000;
const queueLoads = 3;
const approvals = 5;
/** The same browser flags as the end-to-end tests. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const statuses = ['needs_approval', 'escalated', 'with_rep', 'agent_handling', 'resolved'] as const;
const intents = ['delivery_delay', 'order_status', 'refund_request', 'cancel_order', 'how_to'] as const;

/** A queue of `queueSize` conversations in every status, written through the conversation service. */
function fillQueue(app: App): void {
  app.db.transaction(() => {
    for (let i = 0; i < queueSize; i++) {
      const posted = app.conversations.postCustomerMessage({
        customer: `queue-${i}@example.com`,
        text: `Question number ${i} about my order`,
      });
      if (!posted.ok) throw new Error(posted.error.message);
      // Statuses and insights are the agent's to set; here they only give the queue a realistic mix.
      app.db
        .prepare('UPDATE conversations SET status = ?, intent = ?, sentiment = ? WHERE id = ?')
        .run(
          statuses[i % statuses.length],
          intents[i % intents.length],
          ((i % 9) - 4) / 5,
          posted.value.conversation.id,
        );
    }
  })();
}

/** Silver and bronze customers whose one shipped order is delayed: their late-delivery credit needs approval. */
function customersWithDelayedShipment(app: App, count: number): string[] {
  return app.db
    .prepare(
      `SELECT c.email FROM sb_customers c
       WHERE c.tier IN ('silver', 'bronze')
         AND (SELECT COUNT(*) FROM sb_customers twin WHERE twin.email = c.email COLLATE NOCASE) = 1
         AND (SELECT COUNT(*) FROM sb_orders o WHERE o.customer_id = c.id AND o.status = 'shipped') = 1
         AND EXISTS (SELECT 1 FROM sb_orders o JOIN sb_shipments s ON s.order_id = o.id
                     WHERE o.customer_id = c.id AND o.status = 'shipped' AND s.status = 'delayed')
       ORDER BY c.id LIMIT ?`,
    )
    .pluck()
    .all(count) as string[];
}

/** Milliseconds from navigation start until the queue says it holds every item and shows its first row. */
async function queueRenderMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    (size) => {
      const count = document.querySelector(`[aria-label="${size} conversations"]`);
      const row = document.querySelector('[aria-label="Conversations"] .queue-item');
      return count && row && row.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    queueSize,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Milliseconds from clicking Approve until the executed result is painted in the timeline. */
async function approveToResultMs(page: Page, customer: string): Promise<number> {
  const startNew = page.getByRole('button', { name: 'New conversation' });
  if (await startNew.isVisible()) await startNew.click();
  await page.getByLabel('Customer email or id').fill(customer);
  await page.getByLabel('Message as the customer').fill("My order hasn't arrived yet");
  await page.getByRole('button', { name: 'Send as customer' }).click();
  await page.getByRole('button', { name: 'Approve', exact: true }).waitFor({ timeout: 30_000 });
  // No named functions inside: the page receives this code as text, without tsx's helpers.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const approve = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Approve')!;
        const timeline = document.querySelector('[aria-label="Agent timeline"]')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!timeline.textContent?.includes('credit of 15 USD issued')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        approve.click();
      }),
  );
}

/**
 * The workspace in Chromium over web mode: time from page load to a rendered queue of 5,000
 * conversations, and from an Approve click to the executed result in the timeline (with that queue).
 */
export const workspaceUi: Benchmark = {
  name: 'workspace',
  unavailable: () =>
    findChromium()
      ? null
      : 'no Chromium or Chrome on this machine (install one, run `npx playwright install chromium`, or set CHROMIUM_PATH)',
  async run() {
    const staticDir = await benchRendererBuild();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-bench-ui-'));
    const app = createApp({ dataDir, settings: memorySettingsBackend(), transport: 'web' });
    const customers = customersWithDelayedShipment(app, approvals);
    if (customers.length < approvals)
      throw new Error('the seed has too few customers with a delayed shipment');
    fillQueue(app);
    const host = await startWebHost({ app, staticDir });
    const browser = await chromium.launch({
      executablePath: findChromium()!.path,
      args: chromiumArgs,
    });
    try {
      const loads: number[] = [];
      for (let i = 0; i < queueLoads; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        loads.push(await queueRenderMs(page, host.url));
        await page.close();
      }
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await queueRenderMs(page, host.url);
      const latencies: number[] = [];
      for (const customer of customers) latencies.push(await approveToResultMs(page, customer));
      return {
        'workspace.queue5000.firstLoad': { value: round(loads[0]!, 1), unit: 'ms' },
        'workspace.queue5000.p50': { value: round(percentile(loads, 50), 1), unit: 'ms' },
        'workspace.approveToResult.p50': { value: round(percentile(latencies, 50), 1), unit: 'ms' },
        'workspace.approveToResult.max': { value: round(Math.max(...latencies), 1), unit: 'ms' },
      };
    } finally {
      await browser.close();
      await host.close();
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(staticDir, { recursive: true, force: true });
    }
  },
};
