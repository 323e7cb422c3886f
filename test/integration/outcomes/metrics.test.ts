import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsReport } from '../../../shared/metrics';
import { buildHistory, type History } from './outcomes-history';

let history: History;
const day = '2026-11-27';

/** The metrics report through the contract, as the metrics view asks for it. */
async function metrics(params: { from?: string; to?: string }): Promise<MetricsReport> {
  const result = await history.app.dispatch('metrics.get', params);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as MetricsReport;
}

beforeAll(async () => {
  history = await buildHistory();
  const { app } = history;
  await app.dispatch('outcomes.recordCsat', { conversationId: history.automated, score: 5, by: 'customer' });
  await app.dispatch('outcomes.recordCsat', { conversationId: history.escalated, score: 2, by: 'customer' });
  await app.dispatch('outcomes.recordCsat', { conversationId: history.editedApproval, score: 4, by: 'rep' });
  await app.dispatch('outcomes.recordCsat', { conversationId: history.earlier, score: 3, by: 'customer' });
});
afterAll(async () => history.app.close());

describe('the metrics report of one day', () => {
  it('counts the conversations created that day', async () => {
    expect((await metrics({ from: day, to: day })).conversations).toBe(4);
  });

  it('counts as automated only the conversation resolved with no escalation, rep message or rep decision', async () => {
    expect((await metrics({ from: day, to: day })).automationRate).toBe(1 / 4);
  });

  it('counts escalated conversations and their reasons', async () => {
    const report = await metrics({ from: day, to: day });
    expect(report.escalationRate).toBe(1 / 4);
    expect(report.escalationsByReason).toEqual([{ reason: 'explicit_request', count: 1, rate: 1 / 4 }]);
  });

  it('counts per tool what was proposed, approved, edited and rejected, with rates over the decisions', async () => {
    const report = await metrics({ from: day, to: day });
    expect(report.perTool.find((t) => t.tool === 'payments.issueCredit')).toEqual({
      tool: 'payments.issueCredit',
      proposed: 1,
      approved: 1,
      edited: 1,
      rejected: 0,
      approvalRate: 1,
      editRate: 1,
      rejectionRate: 0,
    });
    expect(report.perTool.find((t) => t.tool === 'payments.refund')).toEqual({
      tool: 'payments.refund',
      proposed: 1,
      approved: 0,
      edited: 0,
      rejected: 1,
      approvalRate: 0,
      editRate: null,
      rejectionRate: 1,
    });
  });

  it('counts every proposal of every tool, with null rates for tools nobody decided on', async () => {
    const proposed = new Map<string, number>();
    for (const report of history.reports.filter((r) => r.conversationId !== history.earlier))
      for (const action of report.actions) proposed.set(action.tool, (proposed.get(action.tool) ?? 0) + 1);
    const perTool = (await metrics({ from: day, to: day })).perTool;
    expect(Object.fromEntries(perTool.map((t) => [t.tool, t.proposed]))).toEqual(
      Object.fromEntries(proposed),
    );
    const undecided = perTool.filter((t) => !t.tool.startsWith('payments.'));
    expect(undecided.length).toBeGreaterThan(0);
    for (const tool of undecided)
      expect(tool).toMatchObject({
        approved: 0,
        edited: 0,
        rejected: 0,
        approvalRate: null,
        editRate: null,
        rejectionRate: null,
      });
  });

  it('lists tools from the most proposed down', async () => {
    const proposed = (await metrics({ from: day, to: day })).perTool.map((t) => t.proposed);
    expect(proposed).toEqual([...proposed].sort((a, b) => b - a));
  });

  it('averages the CSAT answers of the day', async () => {
    expect((await metrics({ from: day, to: day })).csat).toEqual({ average: 11 / 3, responses: 3 });
  });

  it('gives the median and 90th percentile of the minutes to resolution of resolved conversations', async () => {
    // Resolved in 6 and 20 minutes; the percentiles interpolate between them.
    expect((await metrics({ from: day, to: day })).timeToResolutionMinutes).toEqual({
      p50: 13,
      p90: 6 + 0.9 * 14,
    });
  });

  it('breaks the day down', async () => {
    expect((await metrics({ from: day, to: day })).byDay).toEqual([
      { day, conversations: 4, automated: 1, escalated: 1, csatAverage: 11 / 3, medianResolutionMinutes: 13 },
    ]);
  });

  it('breaks the conversations down by intent, most frequent first', async () => {
    expect((await metrics({ from: day, to: day })).byIntent).toEqual([
      { intent: 'cancel_order', conversations: 1, automationRate: 1, escalationRate: 0 },
      { intent: 'delivery_delay', conversations: 1, automationRate: 0, escalationRate: 0 },
      { intent: 'human_request', conversations: 1, automationRate: 0, escalationRate: 1 },
      { intent: 'return_item', conversations: 1, automationRate: 0, escalationRate: 0 },
    ]);
  });
});

describe('the range of the report', () => {
  it('covers the 30 days ending today by default, one byDay entry per day', async () => {
    const report = await metrics({});
    expect([report.from, report.to, report.conversations]).toEqual(['2026-10-29', day, 5]);
    expect(report.byDay).toHaveLength(30);
    expect(report.byDay.find((d) => d.day === '2026-11-20')).toEqual({
      day: '2026-11-20',
      conversations: 1,
      automated: 1,
      escalated: 0,
      csatAverage: 3,
      medianResolutionMinutes: 0,
    });
  });

  it('includes both ends of the range and nothing outside it', async () => {
    const report = await metrics({ from: '2026-11-20', to: '2026-11-20' });
    expect(report.conversations).toBe(1);
    expect(report.csat).toEqual({ average: 3, responses: 1 });
    expect(report.byIntent).toEqual([
      { intent: 'cancel_order', conversations: 1, automationRate: 1, escalationRate: 0 },
    ]);
  });

  it('gives null rates and empty lists for a range without conversations', async () => {
    const report = await metrics({ from: '2026-11-21', to: '2026-11-26' });
    expect(report).toMatchObject({
      conversations: 0,
      automationRate: null,
      escalationRate: null,
      escalationsByReason: [],
      perTool: [],
      csat: { average: null, responses: 0 },
      timeToResolutionMinutes: { p50: null, p90: null },
      byIntent: [],
    });
    expect(report.byDay.map((d) => d.conversations)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('refuses a range that ends before it starts, naming from', async () => {
    const result = await history.app.dispatch('metrics.get', { from: '2026-11-27', to: '2026-11-20' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'from' } });
  });

  it('refuses a range longer than a year and a day', async () => {
    const result = await history.app.dispatch('metrics.get', { from: '2024-01-01', to: day });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'from' } });
  });

  it('refuses a date that is not YYYY-MM-DD, naming the parameter', async () => {
    const result = await history.app.dispatch('metrics.get', { from: '27/11/2026' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'params.from' } });
  });
});
