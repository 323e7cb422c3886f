import { customersWithDelayedShipment, customersWithOneDeliveredOrder } from './sandbox-customers';
import { expect, test } from './web-app';
import { openApp, saveScreenshot, workspace, writeAsNewCustomer } from './workspace-page';

test('a late-delivery credit for a silver customer waits for approval; approved, it runs and the agent tells the customer', async ({
  page,
  webApp,
}) => {
  const [email] = customersWithDelayedShipment(webApp.dataDir);
  await openApp(page, webApp.url);
  await writeAsNewCustomer(page, email!, "My order hasn't arrived yet");

  const ui = workspace(page);
  const card = ui.approvalCard('payments.issueCredit');
  await expect(card).toBeVisible();
  await expect(card).toContainText('other-credits-need-approval');
  await expect(card).toContainText('The shipment is late');
  await expect(card.getByLabel('amount', { exact: true })).toHaveValue('15');
  await expect(ui.queue.getByRole('button', { name: new RegExp(email!) })).toContainText('Needs approval');
  await expect(ui.agentMessages.filter({ hasText: 'asked a colleague to approve a credit' })).toHaveCount(1);
  await saveScreenshot(page, 'approval.png');

  await card.getByRole('button', { name: 'Approve' }).click();

  await expect(card).toBeHidden();
  await expect(ui.timeline).toContainText('credit of 15 USD issued');
  await expect(ui.timeline).toContainText('rep approved payments.issueCredit');
  await expect(
    ui.agentMessages.filter({ hasText: "I've added a $15.00 credit to your account" }),
  ).toHaveCount(1);
});

test('a refund amount edited on the card is checked as the rep types and runs as edited', async ({
  page,
  webApp,
}) => {
  const [order] = customersWithOneDeliveredOrder(webApp.dataDir);
  const edited = Math.floor(order!.total / 2);
  await openApp(page, webApp.url);
  await writeAsNewCustomer(page, order!.email, 'I want to return my order and get a refund');

  const ui = workspace(page);
  const card = ui.approvalCard('payments.refund');
  const amount = card.getByLabel('amount', { exact: true });
  await expect(amount).toHaveValue(String(order!.total));
  await expect(card).toContainText('refunds-need-approval');

  await amount.fill('-5');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByText(/too small/i)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Approve' })).toBeDisabled();

  await amount.fill(String(edited));
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
  await card.getByRole('button', { name: 'Approve' }).click();

  await expect(card).toBeHidden();
  await expect(ui.timeline).toContainText('rep approved payments.refund (edited)');
  await expect(ui.timeline).toContainText(`refund of ${edited} USD issued`);
});

test('a rejected refund goes back to the agent with the reason, which it passes on to the customer', async ({
  page,
  webApp,
}) => {
  const [order] = customersWithOneDeliveredOrder(webApp.dataDir);
  const reason = 'The order was already refunded by phone';
  await openApp(page, webApp.url);
  await writeAsNewCustomer(page, order!.email, 'I want to return my order and get a refund');

  const ui = workspace(page);
  const card = ui.approvalCard('payments.refund');
  await expect(ui.agentMessages.filter({ hasText: "waiting for a colleague's approval" })).toHaveCount(1);
  await card.getByRole('button', { name: 'Reject' }).click();
  await card.getByRole('textbox', { name: 'Reason', exact: true }).fill(reason);
  await card.getByRole('button', { name: 'Reject action' }).click();

  await expect(card).toBeHidden();
  await expect(ui.timeline).toContainText(`rep rejected payments.refund: ${reason}`);
  await expect(ui.agentMessages.filter({ hasText: reason })).toHaveCount(1);
});

test('the keyboard approves with a and starts a rejection with r', async ({ page, webApp }) => {
  const [first, second] = customersWithDelayedShipment(webApp.dataDir, 2);
  await openApp(page, webApp.url);
  const ui = workspace(page);

  await writeAsNewCustomer(page, first!, "My order hasn't arrived yet");
  const card = ui.approvalCard('payments.issueCredit');
  await expect(card.getByRole('button', { name: 'Approve' })).toHaveAttribute('aria-keyshortcuts', 'a');
  await page.locator('body').click();
  await page.keyboard.press('a');
  await expect(ui.timeline).toContainText('credit of 15 USD issued');

  await page.getByRole('button', { name: 'New conversation' }).click();
  await writeAsNewCustomer(page, second!, "My order hasn't arrived yet");
  await expect(card).toBeVisible();
  await page.locator('body').click();
  await page.keyboard.press('r');
  await expect(card.getByRole('textbox', { name: 'Reason', exact: true })).toBeFocused();
});
