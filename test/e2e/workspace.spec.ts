import { seriousViolations } from './accessibility';
import { customersWithDelayedShipment, anyCustomer } from './sandbox-customers';
import { expect, test } from './web-app';
import { openApp, saveScreenshot, workspace, writeAsNewCustomer } from './workspace-page';

test('the workspace shows its Queue, Conversation and Details regions, live from the main side', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  for (const name of ['Queue', 'Conversation', 'Details']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('definition').filter({ hasText: webApp.dataDir })).toBeVisible();
  await page.getByRole('button', { name: 'Workspace' }).click();
  await expect(page.getByRole('region', { name: 'Queue' })).toBeVisible();
});

test('a message typed as the customer appears in the queue and transcript, and survives a reload', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  await writeAsNewCustomer(page, 'ana@example.com', 'My parcel has not arrived yet');

  const ui = workspace(page);
  await expect(ui.queue.getByRole('button', { name: /ana@example\.com/ })).toBeVisible();
  await expect(ui.timeline).toContainText('Perceive');

  await page.reload();
  await ui.queue.getByRole('button', { name: /ana@example\.com/ }).click();
  await expect(ui.transcript).toContainText('My parcel has not arrived yet');
});

test('a second window sees a new conversation pushed live, without reloading', async ({
  page,
  context,
  webApp,
}) => {
  const other = await context.newPage();
  await openApp(other, webApp.url);

  await openApp(page, webApp.url);
  await writeAsNewCustomer(page, 'li@example.com', 'Can I change my delivery address?');

  await expect(
    other.getByRole('region', { name: 'Queue' }).getByRole('button', { name: /li@example\.com/ }),
  ).toBeVisible();
});

test('the queue shows intent and sentiment, and filters by status, intent and text', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  await writeAsNewCustomer(page, anyCustomer(webApp.dataDir), 'I want to speak to a human');
  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, 'kim@example.com', 'How do I reset my password?');

  const { queue } = workspace(page);
  const human = queue.getByRole('button', { name: /Human request/ });
  await expect(human).toContainText('Escalated');
  await expect(queue.getByRole('button', { name: /Account access/ })).toBeVisible();
  // What needs a human comes first.
  await expect(queue.getByRole('listitem').first()).toContainText('Escalated');
  await expect(workspace(page).agentMessages.first()).toBeVisible();
  await saveScreenshot(page, 'workspace.png');

  await queue.getByLabel('Filter by status').selectOption({ label: 'Escalated' });
  await expect(queue.getByRole('listitem')).toHaveCount(1);
  await queue.getByLabel('Filter by status').selectOption({ label: 'All statuses' });
  await queue.getByLabel('Filter by intent').selectOption({ label: 'Account access' });
  await expect(queue.getByRole('listitem')).toHaveCount(1);
  await expect(queue.getByRole('listitem')).toContainText('kim@example.com');
  await queue.getByLabel('Filter by intent').selectOption({ label: 'All intents' });
  await queue.getByLabel('Search conversations').fill('kim@');
  await expect(queue.getByRole('listitem')).toHaveCount(1);
});

test('the dark theme applies at once and is remembered', async ({ page, webApp }) => {
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
});

test('axe finds no serious accessibility violations in the approval card, briefing, settings and audit log', async ({
  page,
  webApp,
}) => {
  const [late] = customersWithDelayedShipment(webApp.dataDir);
  await openApp(page, webApp.url);
  const ui = workspace(page);
  await writeAsNewCustomer(page, late!, "My order hasn't arrived yet");
  await expect(ui.approvalCard('payments.issueCredit')).toBeVisible();
  await ui.approvalCard('payments.issueCredit').getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByRole('textbox', { name: 'Reason', exact: true })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, anyCustomer(webApp.dataDir), 'I want to speak to a human');
  await expect(ui.briefing).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Take over' }).click();
  await expect(page.getByRole('textbox', { name: 'Message to customer' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('table', { name: 'Tool mapping' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Audit log' }).click();
  await expect(page.getByRole('table', { name: 'Tool calls' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
