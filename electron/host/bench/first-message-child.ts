import { performance } from 'node:perf_hooks';
import { createApp } from '../../app';
import { memorySettingsBackend } from '../../services/settings';

/**
 * Run by the first-message benchmark in a fresh process: builds an app on ':memory:', then times the
 * first customer message it handles (intent model included) and prints one JSON line.
 */
async function main(): Promise<void> {
  const app = createApp({ dataDir: ':memory:', settings: memorySettingsBackend(), transport: 'direct' });
  const ready = performance.now();
  const customer = app.db
    .prepare(
      `SELECT c.email FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id ORDER BY c.id LIMIT 1`,
    )
    .pluck()
    .get() as string;
  const start = performance.now();
  const posted = app.conversations.postCustomerMessage({
    customer,
    text: "My order hasn't arrived and I need it by Friday",
  });
  if (!posted.ok) throw new Error(posted.error.message);
  await app.agent.handleCustomerMessage(posted.value.conversation.id, posted.value.message);
  const end = performance.now();
  await app.close();
  process.stdout.write(
    `${JSON.stringify({ appReadyMs: ready, firstMessageMs: end - start, sinceStartMs: end })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
