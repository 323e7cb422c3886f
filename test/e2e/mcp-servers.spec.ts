import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startChatCompletionsServer } from '../fixtures/chat-completions-server';
import { seriousViolations } from './accessibility';
import { expect, test } from './web-app';
import { openApp, saveScreenshot, workspace, writeAsNewCustomer } from './workspace-page';

const testServer = path.resolve('test/fixtures/mcp/stdio-test-server.ts');
const command = `"${process.execPath}" --import tsx "${testServer}" normal`;

/** Settings → MCP servers: adds the stdio test server as `warranty`, with optional environment lines. */
async function addTestServer(page: Page, environment = '') {
  const section = page.getByRole('region', { name: 'MCP servers' });
  await section.getByRole('textbox', { name: 'Server name' }).fill('warranty');
  await section.getByRole('textbox', { name: 'Command' }).fill(command);
  if (environment) await section.getByRole('textbox', { name: /Environment variables/ }).fill(environment);
  await section.getByRole('button', { name: 'Add server' }).click();
  await expect(section.getByRole('status', { name: 'warranty status' })).toHaveText('Connected: 2 tools', {
    timeout: 15_000,
  });
  return section;
}

test('a rep adds a stdio MCP server in Settings, allows its read tool, and sees it among the tools the agent can use', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'MCP servers' });
  await expect(section.getByText('None yet: add a server')).toBeVisible();

  await addTestServer(page);

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

test("an MCP tool's write waits in the queue, and runs once when the rep approves it", async ({
  page,
  webApp,
}) => {
  const log = path.join(webApp.dataDir, 'rma-writes.log');
  const model = await startChatCompletionsServer([
    { call: 'mcp__warranty__rma_open', arguments: { serial: 'SN-12345', reason: 'motor died' } },
    { call: 'reply_to_customer', arguments: { text: 'A colleague will confirm the return authorisation.' } },
    { call: 'reply_to_customer', arguments: { text: 'Your return authorisation is open.' } },
  ]);
  try {
    await openApp(page, webApp.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Reasoner', exact: true }).selectOption('compatible');
    await page.getByRole('textbox', { name: 'Base URL', exact: true }).fill(model.baseUrl);
    await page.getByRole('button', { name: 'Save reasoner' }).click();
    await expect(page.getByRole('status', { name: 'Reasoner settings status' })).toHaveText('Saved.');
    const section = await addTestServer(page, `MCP_TEST_LOG=${log}`);
    // The value went to the keychain: the page shows the name only.
    await expect(section).not.toContainText(log);
    await section.getByRole('checkbox', { name: 'Allow rma_open' }).click();
    await expect(section.getByRole('list', { name: 'Tools the agent can use' })).toContainText(
      'mcp.warranty.rma_open (write, needs approval)',
    );

    await page.getByRole('button', { name: 'Workspace' }).click();
    await writeAsNewCustomer(
      page,
      'ana@example.com',
      'My blender SN-12345 died, please open a return authorisation.',
    );
    const ui = workspace(page);
    const card = ui.approvalCard('mcp.warranty.rma_open');
    await expect(card).toBeVisible({ timeout: 15_000 });
    expect(fs.existsSync(log)).toBe(false);
    await card.getByRole('button', { name: 'Approve' }).click();
    await expect(ui.timeline).toContainText('rep approved mcp.warranty.rma_open');
    await expect(card).toBeHidden();
    await expect
      .poll(() => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []))
      .toEqual([JSON.stringify({ serial: 'SN-12345', reason: 'motor died' })]);
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await model.close();
  }
});
