import path from 'node:path';
import { seriousViolations } from './accessibility';
import { expect, test } from './web-app';
import { openApp, saveScreenshot } from './workspace-page';

const testServer = path.resolve('test/fixtures/mcp/stdio-test-server.ts');

test('a rep adds a stdio MCP server in Settings, allows its read tool, and sees it among the tools the agent can use', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'MCP servers' });
  await expect(section.getByText('None yet: add a server')).toBeVisible();

  await section.getByRole('textbox', { name: 'Server name' }).fill('warranty');
  await section
    .getByRole('textbox', { name: 'Command' })
    .fill(`"${process.execPath}" --import tsx "${testServer}" normal`);
  await section.getByRole('button', { name: 'Add server' }).click();
  await expect(section.getByRole('status', { name: 'warranty status' })).toHaveText('Connected: 2 tools', {
    timeout: 15_000,
  });

  // Nothing is allowed until the rep says so, and a tool writes (needs approval) unless marked read-only.
  const allow = section.getByRole('checkbox', { name: 'Allow warranty_lookup' });
  await expect(allow).not.toBeChecked();
  await expect(section.getByRole('combobox', { name: 'Risk of warranty_lookup' })).toHaveValue('write');
  await section.getByRole('combobox', { name: 'Risk of warranty_lookup' }).selectOption('read');
  await allow.click();
  await expect(allow).toBeChecked();

  const usable = section.getByRole('list', { name: 'Tools the agent can use' });
  await expect(usable.getByRole('listitem')).toHaveText(['mcp.warranty.warranty_lookup (read-only)']);
  await expect(section.getByRole('checkbox', { name: 'Allow rma_open' })).not.toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'mcp-servers.png');

  // The choice is kept: a reload shows the same allowlist.
  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(
    page.getByRole('region', { name: 'MCP servers' }).getByRole('list', { name: 'Tools the agent can use' }),
  ).toContainText('mcp.warranty.warranty_lookup');
});

test('a bad command is reported with the field at fault, and nothing is added', async ({ page, webApp }) => {
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'MCP servers' });
  await section.getByRole('textbox', { name: 'Server name' }).fill('piped');
  await section.getByRole('textbox', { name: 'Command' }).fill('cat orders.json | grep late');
  await section.getByRole('button', { name: 'Add server' }).click();
  await expect(section.getByRole('alert')).toHaveText(/without pipes or redirections/);
  await expect(section.getByRole('textbox', { name: 'Command' })).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByRole('article')).toHaveCount(0);
});
