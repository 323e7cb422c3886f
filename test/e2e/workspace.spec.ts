import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './web-app';

test('the workspace shows its three regions with live data from the main side', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await expect(page.getByRole('status')).toHaveText('Connected');
  for (const name of ['Queue', 'Conversation', 'Details']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  const about = page.getByRole('definition').filter({ hasText: webApp.dataDir });
  await expect(about).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('workspace.png'), fullPage: true });
});

test('a message typed as the customer appears in the queue and transcript, and survives a reload', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await page.getByLabel('Customer email or id').fill('ana@example.com');
  await page.getByLabel('Message as the customer').fill('My parcel has not arrived yet');
  await page.getByRole('button', { name: 'Send as customer' }).click();

  const queue = page.getByRole('region', { name: 'Queue' });
  await expect(queue.getByRole('button', { name: /ana@example\.com/ })).toBeVisible();
  await expect(page.getByRole('log', { name: 'Transcript' })).toContainText('My parcel has not arrived yet');
  await page.screenshot({ path: test.info().outputPath('workspace-conversation.png') });

  await page.reload();
  await queue.getByRole('button', { name: /ana@example\.com/ }).click();
  await expect(page.getByRole('log', { name: 'Transcript' })).toContainText('My parcel has not arrived yet');
});

test('a second window sees a new conversation pushed live, without reloading', async ({
  page,
  context,
  webApp,
}) => {
  const other = await context.newPage();
  await other.goto(webApp.url);
  await expect(other.getByRole('status')).toHaveText('Connected');

  await page.goto(webApp.url);
  await page.getByLabel('Customer email or id').fill('li@example.com');
  await page.getByLabel('Message as the customer').fill('Can I change my delivery address?');
  await page.getByRole('button', { name: 'Send as customer' }).click();

  await expect(
    other.getByRole('region', { name: 'Queue' }).getByRole('button', { name: /li@example\.com/ }),
  ).toBeVisible();
});

test('the dark theme applies at once and is remembered', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: test.info().outputPath('workspace-dark.png') });
});

test('axe finds no serious accessibility violations in either theme', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await expect(page.getByRole('status')).toHaveText('Connected');
  for (const theme of ['light', 'dark']) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
