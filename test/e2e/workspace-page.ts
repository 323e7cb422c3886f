import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './web-app';

/** What a rep sees and does in the workspace, named the way the UI names it. */
export const workspace = (page: Page) => ({
  queue: page.getByRole('region', { name: 'Queue' }),
  conversation: page.getByRole('region', { name: 'Conversation' }),
  agent: page.getByRole('region', { name: 'Details' }),
  transcript: page.getByRole('log', { name: 'Transcript' }),
  timeline: page.getByRole('list', { name: 'Agent timeline' }),
  approvalCard: (tool: string) => page.getByRole('article', { name: tool }),
  briefing: page.getByRole('region', { name: 'Escalation briefing' }),
  agentMessages: page.getByRole('log', { name: 'Transcript' }).locator('.from-agent:not(.typing)'),
});

/** Opens the app and waits until it talks to the main side. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
}

/** Starts a conversation as the simulated customer. */
export async function writeAsNewCustomer(page: Page, customer: string, text: string): Promise<void> {
  await page.getByLabel('Customer email or id').fill(customer);
  await writeAsCustomer(page, text);
}

/** Writes into the open conversation as its customer. */
export async function writeAsCustomer(page: Page, text: string): Promise<void> {
  await page.getByLabel('Message as the customer').fill(text);
  await page.getByRole('button', { name: 'Send as customer' }).click();
  await expect(workspace(page).transcript).toContainText(text);
}

/** The screenshots the README shows, refreshed in docs/screenshots when UPDATE_SCREENSHOTS=1. */
const published = new Set(['approval.png', 'briefing.png', 'first-run.png', 'metrics.png', 'workspace.png']);

/**
 * Saves a screenshot with the test's results; the README's own pictures are also copied into
 * docs/screenshots when UPDATE_SCREENSHOTS=1, so they change on purpose only.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const file = test.info().outputPath(name);
  await page.screenshot({ path: file });
  if (published.has(name) && process.env.UPDATE_SCREENSHOTS === '1')
    fs.copyFileSync(file, path.join(process.cwd(), 'docs', 'screenshots', name));
}
