import path from 'node:path';
import Database from 'better-sqlite3';
import { seriousViolations } from './accessibility';
import { chart, dataTable } from './metrics-page';
import {
  anyCustomer,
  customersWithDelayedShipment,
  customersWithOneDeliveredOrder,
} from './sandbox-customers';
import { expect, test } from './web-app';
import { openApp, saveScreenshot, workspace, writeAsCustomer, writeAsNewCustomer } from './workspace-page';

/** The tools the agent ran that nobody decided on (reads, auto-run writes), from the web host's database. */
function undecidedTools(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, 'assist.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT DISTINCT tool FROM actions
         WHERE tool NOT IN (SELECT tool FROM actions WHERE decided_by IS NOT NULL) ORDER BY tool`,
      )
      .all() as { tool: string }[];
    return rows.map((row) => row.tool);
  } finally {
    db.close();
  }
}

test('the metrics view charts the outcomes of real conversations', async ({ page, webApp }) => {
  const [late] = customersWithDelayedShipment(webApp.dataDir);
  const [toEdit, toReject] = customersWithOneDeliveredOrder(webApp.dataDir, 2);
  const ui = workspace(page);
  await openApp(page, webApp.url);

  await writeAsNewCustomer(page, late!, "My order hasn't arrived yet");
  await ui.approvalCard('payments.issueCredit').getByRole('button', { name: 'Approve' }).click();
  await expect(ui.approvalCard('payments.issueCredit')).toBeHidden();

  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, toEdit!.email, 'I want to return my order and get a refund');
  const refund = ui.approvalCard('payments.refund');
  await refund.getByLabel('amount', { exact: true }).fill(String(Math.floor(toEdit!.total / 2)));
  await refund.getByRole('button', { name: 'Approve' }).click();
  await expect(ui.timeline).toContainText('rep approved payments.refund (edited)');

  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, toReject!.email, 'I want to return my order and get a refund');
  await refund.getByRole('button', { name: 'Reject' }).click();
  await refund.getByRole('textbox', { name: 'Reason', exact: true }).fill('Already refunded by phone');
  await refund.getByRole('button', { name: 'Reject action' }).click();
  await expect(ui.timeline).toContainText('rep rejected payments.refund');

  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, anyCustomer(webApp.dataDir), 'I want to talk to a human');
  await expect(ui.briefing).toBeVisible();

  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, anyCustomer(webApp.dataDir), 'Where is my order?');
  await expect(ui.agentMessages.last()).toBeVisible();
  await writeAsCustomer(page, "Thanks, that's all I needed");
  await expect(ui.conversation.locator('.badge')).toHaveText('Resolved', { timeout: 20_000 });

  await page.getByRole('button', { name: 'Metrics' }).click();
  await expect(page.getByLabel('Conversations', { exact: true })).toHaveText('5');
  await expect(page.getByLabel('Escalation rate', { exact: true })).toHaveText('20%');
  await expect(page.getByLabel('Automation rate', { exact: true })).toHaveText('20%');
  await expect(page.getByLabel('CSAT', { exact: true })).toHaveText('No answers yet');

  // Approvals: one row per tool a rep decided on, full names, approved / edited / rejected counts.
  const approvals = chart(page, 'Approvals per tool');
  await expect(approvals.getByRole('img')).toBeVisible();
  for (const tool of ['payments.issueCredit', 'payments.refund'])
    await expect(approvals.locator('svg text').filter({ hasText: new RegExp(`^${tool}$`) })).toHaveCount(1);
  await expect(approvals.locator('.plot')).not.toContainText('…');
  const reads = undecidedTools(webApp.dataDir);
  expect(reads.length).toBeGreaterThan(0);
  for (const tool of reads) await expect(approvals).not.toContainText(tool);
  expect(await dataTable(approvals)).toEqual([
    ['Tool', 'Approved as proposed', 'Edited, then approved', 'Rejected'],
    ['payments.refund', '0', '1', '1'],
    ['payments.issueCredit', '1', '0', '0'],
  ]);

  // Daily rates: dates on the x axis, the one day with conversations labelled with its value.
  const automation = chart(page, 'Automation rate by day');
  await expect(automation.locator('.plot')).toContainText('Day (UTC)');
  await expect(
    automation.locator('svg text').filter({ hasText: /^[A-Z][a-z]{2} \d{1,2}: 20%$/ }),
  ).toHaveCount(1);
  const [header, ...days] = await dataTable(automation);
  expect(header).toEqual(['Day', 'Automation rate', 'Conversations']);
  expect(days).toEqual([[expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/), '20%', '5']]);
  expect((await dataTable(chart(page, 'Escalation rate by day')))[1]?.slice(1)).toEqual(['20%', '5']);
  expect(await dataTable(chart(page, 'Escalations by reason'))).toEqual([
    ['Reason', 'Escalated conversations'],
    [expect.any(String), '1'],
  ]);

  // Time to resolution: percentiles with units, and a histogram of the resolved conversations.
  const resolution = chart(page, 'Time to resolution');
  await expect(resolution.locator('.chart-figures')).toContainText(/Median \(p50\)\s*\d+(\.\d)? (s|min|h)/);
  await expect(resolution.locator('.chart-figures')).toContainText(
    /90th percentile \(p90\)\s*\d+(\.\d)? (s|min|h)/,
  );
  const [bucketHeader, ...buckets] = await dataTable(resolution);
  expect(bucketHeader).toEqual(['Time to resolution', 'Resolved conversations']);
  expect(buckets[0]).toEqual(['under 1 min', expect.stringMatching(/^\d+$/)]);
  for (const [bucket] of buckets) expect(bucket).toMatch(/ (min|h)\b/);
  const resolved = buckets.reduce((sum, [, count]) => sum + Number(count), 0);
  await expect(resolution.locator('.chart-figures')).toContainText(`Resolved${resolved}`);
  expect(resolved).toBeGreaterThanOrEqual(1);

  // CSAT: nobody answered, so the chart says why and what brings answers.
  const csat = chart(page, 'CSAT by day');
  await expect(csat).toContainText('No CSAT answers yet: the agent asks');
  await expect(csat.getByRole('img')).toHaveCount(0);

  await page
    .locator('details[open] summary')
    .evaluateAll((summaries) =>
      summaries.forEach((summary) => summary.parentElement?.removeAttribute('open')),
    );
  await saveScreenshot(page, 'metrics.png');
  expect(await seriousViolations(page)).toEqual([]);
});
