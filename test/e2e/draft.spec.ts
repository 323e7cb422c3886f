import { startChatCompletionsStub } from './chat-completions-stub';
import { expect, test } from './web-app';
import { openApp, workspace, writeAsNewCustomer } from './workspace-page';

test('a reply streamed by a model shows as "Agent is typing…" until it is sent', async ({ page, webApp }) => {
  const stub = await startChatCompletionsStub('Hello! I can help ', 'with that right away.');
  try {
    await openApp(page, webApp.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Reasoner', exact: true }).selectOption('compatible');
    await page.getByRole('textbox', { name: 'Base URL', exact: true }).fill(stub.baseUrl);
    await page.getByRole('button', { name: 'Save reasoner' }).click();
    await expect(page.getByRole('status', { name: 'Reasoner settings status' })).toHaveText('Saved.');
    await page.getByRole('button', { name: 'Workspace' }).click();

    await writeAsNewCustomer(page, 'sol@example.com', 'Hello there');
    const ui = workspace(page);
    const typing = ui.transcript.locator('.typing');
    await expect(typing).toContainText('Agent is typing…');
    await expect(typing).toContainText('Hello! I can help');
    await expect(ui.agentMessages).toHaveCount(0);

    stub.finish();
    await expect(ui.agentMessages).toHaveCount(1);
    await expect(ui.agentMessages).toContainText('Hello! I can help with that right away.');
    await expect(typing).toBeHidden();
  } finally {
    await stub.close();
  }
});
