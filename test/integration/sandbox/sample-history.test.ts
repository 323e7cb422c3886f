import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App, type AppConfig } from '../../../electron/app';
import type { MetricsReport } from '../../../shared/metrics';
import { memorySettingsBackend } from '../../../electron/services/settings';

const now = new Date('2026-11-27T15:00:00Z');
const opened: App[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

const start = (config: Partial<AppConfig> = {}) => {
  const app = createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'direct',
    seed: { size: 150 },
    now: () => now,
    pollInbound: true,
    sampleTickets: true,
    ...config,
  });
  opened.push(app);
  return app;
};

const count = (app: App, sql: string): number => app.db.prepare(sql).pluck().get() as number;
const tables = ['conversations', 'messages', 'actions', 'escalations', 'agent_steps', 'csat'] as const;
const counts = (app: App, where = '') =>
  Object.fromEntries(
    tables.map((table) => [
      table,
      count(
        app,
        table === 'conversations'
          ? `SELECT COUNT(*) FROM conversations ${where ? `WHERE id ${where}` : ''}`
          : `SELECT COUNT(*) FROM ${table} ${where ? `WHERE conversation_id ${where}` : ''}`,
      ),
    ]),
  );
const live = 'NOT IN (SELECT id FROM conversations WHERE sample = 1)';

async function metrics(app: App): Promise<MetricsReport> {
  const result = await app.dispatch('metrics.get', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as MetricsReport;
}

describe('the sample history on first run', () => {
  it('is written on a fresh folder with the first-run working day, counts in metrics and stays out of the queue', async () => {
    const app = start();
    await app.idle();
    const sample = count(app, 'SELECT COUNT(*) FROM conversations WHERE sample = 1');
    expect(sample).toBeGreaterThanOrEqual(60);
    const report = await metrics(app);
    expect(report.sampleConversations).toBe(sample);
    expect(report.conversations).toBeGreaterThanOrEqual(sample);
    expect(report.perTool.some((tool) => tool.edited > 0)).toBe(true);
    expect(report.perTool.some((tool) => tool.rejected > 0)).toBe(true);
    expect(report.escalationsByReason.length).toBeGreaterThan(0);
    expect(report.csat.responses).toBeGreaterThan(0);
    expect(app.conversations.list({}).every((c) => !c.id.startsWith('sample-'))).toBe(true);
  });

  it('is not written for CLIs and tests that do not ask for the first-run working day', async () => {
    for (const app of [start({ pollInbound: false }), start({ sampleTickets: false })]) {
      await app.idle();
      expect(count(app, 'SELECT COUNT(*) FROM conversations WHERE sample = 1')).toBe(0);
      expect((await metrics(app)).sampleConversations).toBe(0);
    }
  });

  it('clears exactly the sample conversations and all that hangs off them, nothing live, in one call', async () => {
    const app = start();
    await app.idle();
    const liveBefore = counts(app, live);
    expect(liveBefore['conversations']).toBeGreaterThan(0);
    const sample = count(app, 'SELECT COUNT(*) FROM conversations WHERE sample = 1');

    const cleared = await app.dispatch('sandbox.clearSampleData', {});
    expect(cleared).toEqual({ ok: true, value: { removed: sample } });

    expect(count(app, 'SELECT COUNT(*) FROM conversations WHERE sample = 1')).toBe(0);
    expect(counts(app)).toEqual(liveBefore);
    expect(count(app, "SELECT COUNT(*) FROM messages WHERE conversation_id LIKE 'sample-%'")).toBe(0);
    expect((await metrics(app)).sampleConversations).toBe(0);
    expect(await app.dispatch('sandbox.clearSampleData', {})).toEqual({ ok: true, value: { removed: 0 } });
  });
});
