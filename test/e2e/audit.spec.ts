import fs from 'node:fs';
import { expect, test } from './web-app';
import { openApp, saveScreenshot, workspace, writeAsNewCustomer } from './workspace-page';
import { anyCustomer, customerAndAnothersOrder } from './sandbox-customers';

test('the audit log lists every tool call, searches them, and exports them as JSON lines', async ({
  page,
  webApp,
}) => {
  const email = anyCustomer(webApp.dataDir);
  await openApp(page, webApp.url);
  await writeAsNewCustomer(page, email, 'Where is my order?');
  await expect(workspace(page).timeline).toContainText('crm.getCustomer');

  await page.getByRole('button', { name: 'Audit log' }).click();
  const table = page.getByRole('table', { name: 'Tool calls' });
  // The app's own check of who the chat is signed in as, beside the agent's calls.
  await expect(table.getByRole('row', { name: /crm\.findCustomer/ }).first()).toBeVisible();
  await saveScreenshot(page, 'audit.png');

  await page.getByLabel('Search audit log').fill('crm.getCustomer');
  await expect(table.getByRole('row', { name: /crm\.findCustomer/ })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /crm\.getCustomer/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON lines' }).click();
  const file = await (await download).path();
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(JSON.parse(line)).toMatchObject({ tool: 'crm.getCustomer' });
  await expect(page.getByRole('status', { name: 'Export status' })).toHaveText(
    `Exported ${lines.length} ${lines.length === 1 ? 'entry' : 'entries'}.`,
  );
});

test('a cancel of another customer’s order is answered as not found and shows in the audit log as denied', async ({
  page,
  webApp,
}) => {
  const { email, orderId } = customerAndAnothersOrder(webApp.dataDir);
  await openApp(page, webApp.url);
  await writeAsNewCustomer(page, email, `Please cancel order ${orderId}, I changed my mind`);
  await expect(workspace(page).transcript).toContainText("couldn't find");

  await page.getByRole('button', { name: 'Audit log' }).click();
  const table = page.getByRole('table', { name: 'Tool calls' });
  const denied = table.getByRole('row', {
    name: new RegExp(`denied.*record-ownership.*${orderId.replace('#', '')}`),
  });
  await expect(denied).toBeVisible();
  await expect(denied).toContainText(`for customer:`);
});
