import { seriousViolations } from './accessibility';
import { anyCustomer, customersWithDelayedShipment } from './sandbox-customers';
import { expect, test } from './web-app';
import { openApp, saveScreenshot, workspace, writeAsCustomer, writeAsNewCustomer } from './workspace-page';

test('the metrics view charts the outcomes of real conversations', async ({ page, webApp }) => {
  const [late] = customersWithDelayedShipment(webApp.dataDir);
  const ui = workspace(page);
  await openApp(page, webApp.url);

  await writeAsNewCustomer(page, late!, "My order hasn't arrived yet");
  await ui.approvalCard('payments.issueCredit').getByRole('button', { name: 'Approve' }).click();
  await expect(ui.approvalCard('payments.issueCredit')).toBeHidden();

  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, anyCustomer(webApp.dataDir), 'I want to talk to a human');
  await expect(ui.briefing).toBeVisible();

  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, anyCustomer(webApp.dataDir), 'Where is my order?');
  await expect(ui.agentMessages.last()).toBeVisible();
  await writeAsCustomer(page, "Thanks, that's all I needed");
  await expect(ui.conversation.locator('.badge')).toHaveText('Resolved', { timeout: 20_000 });

  await page.getByRole('button', { name: 'Metrics' }).click();
  await expect(page.getByLabel('Conversations', { exact: true })).toHaveText('3');
  await expect(page.getByLabel('Escalation rate', { exact: true })).toHaveText('33%');
  await expect(page.getByLabel('Automation rate', { exact: true })).toHaveText('33%');
  await expect(page.getByRole('img', { name: /^Escalation rate by day/ })).toBeVisible();
  expect(await page.getByRole('img').count()).toBeGreaterThanOrEqual(6);
  await saveScreenshot(page, 'metrics.png');
  expect(await seriousViolations(page)).toEqual([]);
});
