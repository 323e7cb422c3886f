import { expect, test } from './web-app';
import { openApp, saveScreenshot } from './workspace-page';

test('the reasoner can be switched to an OpenAI-compatible server, and the choice survives a reload', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page
    .getByRole('combobox', { name: 'Reasoner', exact: true })
    .selectOption({ label: 'OpenAI-compatible URL' });
  await expect(page.getByText('needs its base URL')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save reasoner' })).toBeDisabled();

  await page.getByRole('textbox', { name: 'Base URL', exact: true }).fill('http://127.0.0.1:11434/v1');
  await page.getByRole('textbox', { name: 'Model', exact: true }).fill('llama3.1:8b');
  await page.getByRole('spinbutton', { name: 'Timeout (seconds)' }).fill('45');
  await page.getByRole('button', { name: 'Save reasoner' }).click();
  await expect(page.getByRole('status', { name: 'Reasoner settings status' })).toHaveText('Saved.');

  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('combobox', { name: 'Reasoner', exact: true })).toHaveValue('compatible');
  await expect(page.getByRole('textbox', { name: 'Base URL', exact: true })).toHaveValue(
    'http://127.0.0.1:11434/v1',
  );
  await expect(page.getByRole('textbox', { name: 'Model', exact: true })).toHaveValue('llama3.1:8b');
  await saveScreenshot(page, 'settings.png');
  await expect(page.getByRole('spinbutton', { name: 'Timeout (seconds)' })).toHaveValue('45');
});

test('an API key can be stored and removed, and is never shown', async ({ page, webApp }) => {
  const key = 'sk-test-0123456789abcdef';
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const status = page.getByRole('status', { name: 'API key status' });
  await expect(status).toHaveText('No key stored');

  const input = page.getByRole('textbox', { name: 'API key', exact: true });
  await expect(input).toHaveAttribute('type', 'password');
  await input.fill(key);
  await page.getByRole('button', { name: 'Save key' }).click();
  await expect(status).toHaveText('A key is stored');
  await expect(input).toHaveValue('');

  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(status).toHaveText('A key is stored');
  await expect(page.getByRole('textbox', { name: 'API key', exact: true })).toHaveValue('');
  expect(await page.content()).not.toContain(key);

  await page.getByRole('button', { name: 'Remove key' }).click();
  await expect(status).toHaveText('No key stored');
});
