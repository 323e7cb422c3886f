import { seriousViolations } from './accessibility';
import { expect, test } from './web-app';
import { openApp } from './workspace-page';

test('Settings → MCP server: turned on, a new token is shown once, and the server answers with it', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'MCP server' });
  const status = section.getByRole('status', { name: 'MCP server status' });
  const serve = section.getByRole('checkbox', { name: 'Serve the tools to MCP clients', exact: true });
  await expect(status).toHaveText('Off');
  await expect(serve).not.toBeChecked();
  await expect(section.getByText('listens on 127.0.0.1 only')).toBeVisible();

  await serve.check();
  await expect(status).toHaveText('On: create a token to start serving');
  await expect(section.getByText('No token yet')).toBeVisible();

  await section.getByRole('button', { name: 'New token' }).click();
  await expect(status).toHaveText('Serving');
  const address = section.locator('code', { hasText: '/mcp' });
  await expect(address).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
  const tokenField = section.getByRole('textbox', { name: 'New token' });
  await expect(tokenField).toHaveAttribute('readonly', '');
  const token = await tokenField.inputValue();
  expect(token.length).toBeGreaterThanOrEqual(32);
  await expect(section.getByText('it will not be shown again')).toBeVisible();
  await expect(section.getByText('A token is set')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // An MCP client on this machine gets in with the token, and not without it.
  const url = (await address.textContent())!;
  const list = (authorization?: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
        ...(authorization ? { Authorization: authorization } : {}),
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
  const answered = await list(`Bearer ${token}`);
  expect(answered.status).toBe(200);
  expect(JSON.stringify(await answered.json())).toContain('orders_get');
  expect((await list()).status).toBe(401);

  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(status).toHaveText('Serving');
  await expect(serve).toBeChecked();
  await expect(section.getByText('A token is set')).toBeVisible();
  await expect(section.getByRole('textbox', { name: 'New token' })).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  expect(webApp.output()).not.toContain(token);

  await serve.uncheck();
  await expect(status).toHaveText('Off');
  await expect(address).toHaveCount(0);
});
