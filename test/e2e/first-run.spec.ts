import { seriousViolations } from './accessibility';
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
