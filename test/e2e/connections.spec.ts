import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startFakeZendesk, type FakeZendesk } from '../fixtures/fake-zendesk';
import { seriousViolations } from './accessibility';
import { expect, test as webTest } from './web-app';
import { openApp } from './workspace-page';

const email = 'agent@acme.test';
const token = 'fake-zendesk-token';

const test = webTest.extend<{ zendesk: FakeZendesk }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  zendesk: async ({}, use) => {
    const fake = await startFakeZendesk({ email, apiToken: token });
    await use(fake);
    await fake.close();
  },
});

/** Settings → Connections, named the way the UI names it. */
const connections = (page: Page) => {
  const section = page.getByRole('region', { name: 'Connections' });
  return {
    section,
    zendeskRow: section.getByRole('row', { name: /^Zendesk/ }),
    baseUrl: section.getByRole('textbox', { name: 'Base URL', exact: true }),
    email: section.getByRole('textbox', { name: 'Agent email', exact: true }),
    // A password input has no textbox role.
    apiToken: section.getByLabel('API token', { exact: true }),
    testResult: section.getByRole('status', { name: 'Connection test' }),
    saved: section.getByRole('status', { name: 'Connection status' }),
    ticketsServedBy: section.getByRole('combobox', { name: 'Tickets served by' }),
    interval: section.getByRole('spinbutton', { name: 'Sync interval (seconds)' }),
  };
};

async function openConnections(page: Page, url: string) {
  await openApp(page, url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(connections(page).zendeskRow).toBeVisible();
}

/** The section's picture for the README, copied into docs/screenshots only when UPDATE_SCREENSHOTS=1. */
async function saveSectionScreenshot(section: Locator, name: string): Promise<void> {
  const file = test.info().outputPath(name);
  // Tall enough for the whole section: the settings view scrolls under the top bar.
  await section.page().setViewportSize({ width: 1400, height: 2000 });
  await section.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOTS === '1')
    fs.copyFileSync(file, path.join(process.cwd(), 'docs', 'screenshots', name));
}

test('Zendesk is connected, tested, mapped and synced from Settings, and its token is never shown', async ({
  page,
  webApp,
  zendesk,
}) => {
  const ui = connections(page);
  await openConnections(page, webApp.url);
  await expect(ui.zendeskRow).toContainText('Not configured');
  await expect(ui.ticketsServedBy).toHaveValue('sandbox');

  await ui.section.getByRole('button', { name: 'Add connection' }).click();
  await ui.section.getByRole('combobox', { name: 'System' }).selectOption({ label: 'Zendesk' });
  await ui.baseUrl.fill('not a url');
  await ui.email.fill(email);
  await ui.apiToken.fill(token);
  await ui.section.getByRole('button', { name: 'Save connection' }).click();
  // A refused save says why next to the field and keeps what was typed.
  await expect(ui.section.getByRole('alert')).toContainText('baseUrl');
  await expect(ui.baseUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.email).toHaveValue(email);
  await expect(ui.apiToken).toHaveValue(token);

  await ui.baseUrl.fill(zendesk.url);
  await ui.section.getByRole('button', { name: 'Save connection' }).click();
  await expect(ui.saved).toHaveText('Zendesk saved.');
  await expect(ui.apiToken).toHaveValue('');
  await expect(ui.apiToken).toHaveAttribute('placeholder', 'saved');
  await expect(ui.zendeskRow).toContainText('Configured');

  await ui.section.getByRole('button', { name: 'Test connection' }).click();
  await expect(ui.testResult).toHaveText(/^Connected to App Agent <agent@acme\.test> at 127\.0\.0\.1:\d+$/);

  await ui.apiToken.fill('a-wrong-token');
  await ui.section.getByRole('button', { name: 'Test connection' }).click();
  await expect(ui.testResult).toContainText('Token rejected');
  await expect(ui.testResult).toContainText('rejected the credentials');

  await ui.apiToken.fill(token);
  await ui.section.getByRole('button', { name: 'Test connection' }).click();
  await expect(ui.testResult).toHaveText(/^Connected to /);

  await expect(ui.section.getByRole('combobox', { name: 'Orders served by' }).locator('option')).toHaveText([
    'Sandbox',
  ]);
  await ui.ticketsServedBy.selectOption({ label: 'Zendesk' });
  await expect(ui.ticketsServedBy).toHaveValue('zendesk');

  await ui.interval.fill('5');
  await expect(ui.section.getByText('Enter a whole number of seconds from 15 to 3600.')).toBeVisible();
  await expect(ui.section.getByRole('button', { name: 'Save interval' })).toBeDisabled();
  await ui.interval.fill('120');
  await ui.section.getByRole('button', { name: 'Save interval' }).click();
  await expect(ui.section.getByRole('status', { name: 'Sync interval status' })).toHaveText('Saved.');

  await saveSectionScreenshot(ui.section, 'connections.png');
  expect(await seriousViolations(page)).toEqual([]);

  zendesk.addTicket({
    subject: 'Where is my order?',
    requester: { name: 'Bo Tester', email: 'bo.tester@example.com' },
    body: 'Hi, where is my order? It has not arrived yet.',
  });
  await ui.zendeskRow.getByRole('button', { name: 'Sync now' }).click();
  await expect(ui.zendeskRow.getByRole('status', { name: 'Zendesk sync' })).toContainText(
    /^Fetched 1 ticket, posted \d+ repl(y|ies) and \d+ notes?\.$/,
    { timeout: 30_000 },
  );

  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(ui.ticketsServedBy).toHaveValue('zendesk');
  await expect(ui.zendeskRow).toContainText('Configured');
  await expect(ui.interval).toHaveValue('120');
  await ui.section.getByRole('button', { name: 'Edit Zendesk' }).click();
  await expect(ui.baseUrl).toHaveValue(zendesk.url);
  await expect(ui.email).toHaveValue(email);
  await expect(ui.apiToken).toHaveValue('');
  await expect(ui.apiToken).toHaveAttribute('placeholder', 'saved');
  expect(await page.content()).not.toContain(token);
});

test('removing a connection asks first, and its tool groups return to the sandbox', async ({
  page,
  webApp,
  zendesk,
}) => {
  const ui = connections(page);
  await openConnections(page, webApp.url);
  await ui.section.getByRole('button', { name: 'Set up Zendesk' }).click();
  await ui.baseUrl.fill(zendesk.url);
  await ui.email.fill(email);
  await ui.apiToken.fill(token);
  await ui.section.getByRole('button', { name: 'Save connection' }).click();
  await expect(ui.saved).toHaveText('Zendesk saved.');
  await ui.ticketsServedBy.selectOption('zendesk');
  await expect(ui.ticketsServedBy).toHaveValue('zendesk');

  await ui.section.getByRole('button', { name: 'Remove connection' }).click();
  const confirm = ui.section.getByRole('group', { name: 'Confirm removal' });
  await expect(confirm.getByRole('button', { name: 'Remove Zendesk' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(ui.section.getByRole('button', { name: 'Remove connection' })).toBeFocused();
  await expect(ui.zendeskRow).toContainText('Configured');

  await ui.section.getByRole('button', { name: 'Remove connection' }).click();
  await confirm.getByRole('button', { name: 'Remove Zendesk' }).click();
  await expect(ui.saved).toContainText('Zendesk removed');
  await expect(ui.zendeskRow).toContainText('Not configured');
  await expect(ui.ticketsServedBy).toHaveValue('sandbox');
  await expect(ui.apiToken).not.toHaveAttribute('placeholder', 'saved');
});

test('a system whose token keeps being rejected is marked unavailable with its last error', async ({
  page,
  webApp,
  zendesk,
}) => {
  const ui = connections(page);
  await openConnections(page, webApp.url);
  await ui.section.getByRole('button', { name: 'Set up Zendesk' }).click();
  await ui.baseUrl.fill(zendesk.url);
  await ui.email.fill(email);
  await ui.apiToken.fill('a-wrong-token');
  for (let attempt = 1; attempt <= 3; attempt++) {
    await ui.section.getByRole('button', { name: 'Test connection' }).click();
    await expect(ui.testResult).toContainText('Token rejected');
    await expect(ui.section.getByRole('button', { name: 'Test connection' })).toBeEnabled();
  }
  await expect(ui.zendeskRow).toContainText('Unavailable');
  await expect(ui.zendeskRow).toContainText('rejected the credentials');
  expect(await page.content()).not.toContain('a-wrong-token');
  expect(await seriousViolations(page)).toEqual([]);

  // The queue says so too, so a rep knows why the agent hands requests to the team.
  await page.getByRole('button', { name: 'Workspace' }).click();
  const queue = page.getByRole('region', { name: 'Queue' });
  await expect(queue.getByRole('alert')).toContainText('Zendesk is not answering');
  expect(await seriousViolations(page)).toEqual([]);
});
