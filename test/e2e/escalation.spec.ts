import { customersWithDelayedShipment } from './sandbox-customers';
import { expect, test } from './web-app';
import { openApp, saveScreenshot, workspace, writeAsCustomer, writeAsNewCustomer } from './workspace-page';

test('an escalation shows its briefing; a rep takes over, writes to the customer, and the agent stays silent until handed back', async ({
  page,
  webApp,
}) => {
  const [email] = customersWithDelayedShipment(webApp.dataDir);
  await openApp(page, webApp.url);
  const ui = workspace(page);
  await writeAsNewCustomer(page, email!, "My order hasn't arrived yet");
  await expect(ui.agentMessages.filter({ hasText: 'asked a colleague to approve a credit' })).toHaveCount(1);
  await writeAsCustomer(page, 'This is taking forever, I want to speak to a human');

  await expect(ui.briefing).toBeVisible();
  await expect(ui.briefing).toContainText('Customer asked for a person');
  await expect(ui.briefing).toContainText(email!);
  await expect(ui.briefing.getByRole('list', { name: 'Actions taken' })).toContainText('shipping.track');
  await expect(ui.briefing.getByRole('list', { name: 'Pending actions' })).toContainText(
    'payments.issueCredit',
  );
  await expect(ui.briefing).toContainText('Review the 1 pending action(s)');
  await expect(ui.queue.getByRole('button', { name: new RegExp(email!) })).toContainText('Escalated');
  await expect(ui.agentMessages.filter({ hasText: "I'm bringing in a colleague" })).toHaveCount(1);
  await saveScreenshot(page, 'briefing.png');

  await page.getByRole('button', { name: 'Take over' }).click();
  const reply = page.getByRole('textbox', { name: 'Message to customer' });
  await expect(reply).toHaveValue(/taking over from our virtual assistant/);
  await reply.fill('Hi, this is Sam from the support team. I can see the delay and will sort it out now.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(ui.transcript.locator('.from-rep')).toContainText('Hi, this is Sam from the support team.');
  await expect(reply).toHaveValue('');

  const perceived = ui.timeline.getByRole('listitem').filter({ hasText: /^Perceive/ });
  const [agentSaid, agentRead] = [await ui.agentMessages.count(), await perceived.count()];
  await writeAsCustomer(page, 'Thanks Sam, when will it arrive?');
  await expect(perceived).toHaveCount(agentRead + 1);
  // Runs on one conversation are serialized, so once this approval has run the agent has finished
  // with the customer's message too: it read it (one more perceive step) and said nothing, and the
  // approval while a rep has the conversation makes it say nothing either.
  await ui.approvalCard('payments.issueCredit').getByRole('button', { name: 'Approve' }).click();
  await expect(ui.timeline).toContainText('credit of 15 USD issued');
  await expect(ui.agentMessages).toHaveCount(agentSaid);

  await page.getByRole('button', { name: 'Hand back to agent' }).click();
  await expect(page.getByRole('button', { name: 'Take over' })).toBeVisible();
  await expect(ui.queue.getByRole('button', { name: new RegExp(email!) })).toContainText('Agent handling');
  await expect(ui.briefing).toBeHidden();
  await expect(reply).toBeHidden();
});
