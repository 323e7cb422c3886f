import { seriousViolations } from './accessibility';
import { activity, expectedTables } from './metrics-from-db';
import { chart, dataTable, sortedBody } from './metrics-page';
import { expect, test } from './web-app';
import { openApp, saveScreenshot, workspace } from './workspace-page';

// A fresh data folder with the first-run working day on, as `npm run web` starts by default.
test.use({ sampleTickets: true });

test('on a fresh data folder the queue fills with a working day: resolved, waiting for approval and escalated with a briefing', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  const ui = workspace(page);
  const rows = ui.queue.getByRole('list', { name: 'Conversations' }).getByRole('button');
  for (const status of ['Resolved', 'Needs approval', 'Escalated'])
    await expect(rows.filter({ hasText: status }).first(), status).toBeVisible({ timeout: 15_000 });

  await rows.filter({ hasText: 'Escalated' }).first().click();
  await expect(ui.briefing).toBeVisible();
  await expect(ui.briefing).toContainText(/asked for a person|contacted us about this before/);
  await saveScreenshot(page, 'first-run.png');

  await page.getByRole('button', { name: 'New conversation' }).click();
  // The customer side offers sandbox customers to play; one click fills the field.
  const demo = page.getByRole('list', { name: 'Try a sandbox customer:' }).getByRole('button');
  await expect(demo).not.toHaveCount(0);
  await expect(demo.filter({ hasText: 'late' }).first()).toBeVisible();
  await expect(demo.filter({ hasText: 'damaged' }).first()).toBeVisible();
  await expect(demo.filter({ hasText: 'VIP' }).first()).toBeVisible();
  await demo.filter({ hasText: 'damaged' }).first().click();
  await expect(page.getByLabel('Customer email or id')).toHaveValue(/@/);
  await expect(page.getByLabel('Message as the customer')).toHaveValue(/arrived damaged/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('on a fresh data folder Metrics shows a month of sample history, which Settings clears in one click', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  // The sample history never floods the queue: it holds the working day's tickets only.
  const rows = workspace(page).queue.getByRole('list', { name: 'Conversations' }).getByRole('button');
  await expect(rows.first()).toBeVisible({ timeout: 15_000 });
  expect(await rows.count()).toBeLessThanOrEqual(12);

  await page.getByRole('button', { name: 'Metrics' }).click();
  const note = page.getByText(/^Includes \d+ sample conversations — clear them in Settings\.$/);
  await expect(note).toBeVisible({ timeout: 15_000 });
  const sample = Number(/\d+/.exec((await note.textContent()) ?? '')![0]);
  expect(sample).toBeGreaterThanOrEqual(60);
  const conversations = page.getByLabel('Conversations', { exact: true });
  expect(Number(await conversations.textContent())).toBeGreaterThanOrEqual(sample);
  await expect(page.getByLabel('CSAT', { exact: true })).toContainText(/from \d+ answers/);
  const approvals = page.getByRole('figure', { name: 'Approvals per tool', exact: true });
  await expect(approvals.getByRole('img')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Sample data' });
  await section.getByRole('button', { name: 'Clear sample data', exact: true }).click();
  await expect(section.getByText(/Delete every sample conversation/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await section.getByRole('button', { name: 'Delete them' }).click();
  await expect(section.getByRole('status')).toHaveText(`Removed ${sample} sample conversations.`);

  await page.getByRole('button', { name: 'Metrics' }).click();
  await expect(conversations).toBeVisible();
  await expect(page.getByText(/sample conversations? — clear them in Settings/)).toHaveCount(0);
  await expect.poll(async () => Number(await conversations.textContent())).toBeLessThanOrEqual(12);
  expect(await seriousViolations(page)).toEqual([]);
});

test("over the sample history every metrics chart's data table matches the database, and no tool name is cut", async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  // Let the working day settle, so the page and the database describe the same records.
  let last = '';
  await expect
    .poll(
      () => {
        const now = activity(webApp.dataDir);
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [1_500], timeout: 30_000 },
    )
    .toBe(true);

  await page.getByRole('button', { name: 'Metrics' }).click();
  await expect(page.getByText(/sample conversations — clear them in Settings\.$/)).toBeVisible({
    timeout: 15_000,
  });
  const resolution = await dataTable(chart(page, 'Time to resolution'));
  const expected = expectedTables(
    webApp.dataDir,
    resolution.slice(1).map(([bucket]) => bucket!),
  );
  // A month of history: many days, several reasons, decisions on more than one tool, CSAT answers.
  expect(expected.automation.length).toBeGreaterThan(20);
  expect(expected.reasons.length).toBeGreaterThan(3);
  expect(expected.decidedTools.length).toBeGreaterThan(1);
  expect(expected.csat.length).toBeGreaterThan(10);

  expect(await dataTable(chart(page, 'Automation rate by day'))).toEqual(expected.automation);
  expect(await dataTable(chart(page, 'Escalation rate by day'))).toEqual(expected.escalation);
  expect(await dataTable(chart(page, 'CSAT by day'))).toEqual(expected.csat);
  expect(sortedBody(await dataTable(chart(page, 'Escalations by reason')))).toEqual(expected.reasons);
  const approvals = chart(page, 'Approvals per tool');
  expect(sortedBody(await dataTable(approvals))).toEqual(expected.approvals);

  // The histogram's buckets follow each other from 0 with no gap, and hold every resolved conversation.
  expect(resolution.slice(1)).toEqual(expected.resolution.map((b) => [b.bucket, String(b.count)]));
  expect(expected.resolution[0]?.fromMinutes).toBe(0);
  expect(expected.resolution.at(-1)?.toMinutes).toBeNull();
  for (const [i, bucket] of expected.resolution.slice(1).entries())
    expect(bucket.fromMinutes).toBe(expected.resolution[i]!.toMinutes);

  // Every decided tool is written out in full on the chart's axis.
  const labels = await approvals.locator('svg text').allTextContents();
  for (const tool of expected.decidedTools) expect(labels).toContain(tool);
  expect(labels.join(' ')).not.toContain('…');
  expect(await seriousViolations(page)).toEqual([]);
});
