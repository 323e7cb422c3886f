import path from 'node:path';
import Database from 'better-sqlite3';
import { seriousViolations } from './accessibility';
import { expect, test } from './web-app';
import { openApp } from './workspace-page';

/**
 * The account whose seat-utilisation risk is highest (fewest of its paid seats in use), soonest
 * renewal first among equals: read from the web host's seeded database.
 */
function leastUsedAccount(dataDir: string): string {
  const db = new Database(path.join(dataDir, 'assist.db'), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT a.name FROM sb_accounts a JOIN sb_subscriptions s ON s.account_id = a.id
         WHERE (SELECT COUNT(*) FROM sb_accounts twin WHERE twin.name = a.name) = 1
         ORDER BY CAST(s.seats_used AS REAL) / s.seats, s.renewal_date, a.id LIMIT 1`,
      )
      .get() as { name: string } | undefined;
    if (!row) throw new Error('the seed has no accounts');
    return row.name;
  } finally {
    db.close();
  }
}

test('the renewal desk shows an account’s churn risk and quote, and delegates the quote and the call', async ({
  page,
  webApp,
}) => {
  const name = leastUsedAccount(webApp.dataDir);
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Renewals' }).click();
  await page.getByLabel('Search accounts').fill(name);
  await page
    .getByRole('list', { name: 'Accounts' })
    .getByRole('button', { name: new RegExp(name) })
    .click();

  const sheet = page.getByRole('region', { name: 'Cheat sheet' });
  await expect(sheet.getByLabel(/^Churn risk \d+ of 100/)).toBeVisible();
  const factors = sheet.getByRole('table', { name: 'Churn risk factors' });
  await expect(factors.getByRole('row')).toHaveCount(7);
  await expect(factors.getByRole('row', { name: /Seat utilisation/ })).toBeVisible();
  const total = (await sheet
    .getByRole('table', { name: 'Renewal quote' })
    .getByRole('row', { name: /Total/ })
    .locator('td')
    .textContent())!;
  expect(await seriousViolations(page)).toEqual([]);

  await sheet.getByRole('button', { name: 'Generate renewal quote' }).click();
  const quoteTask = sheet.getByRole('listitem', { name: 'Generate renewal quote' });
  await expect(quoteTask.locator('.delegation-reply')).toBeVisible({ timeout: 20_000 });
  await expect(quoteTask.locator('.delegation-reply')).toContainText(`total $${total}`);

  await sheet.getByRole('button', { name: 'Schedule renewal call' }).click();
  const callTask = sheet.getByRole('listitem', { name: 'Schedule renewal call' });
  await expect(callTask.locator('.delegation-reply, .pending-approval').first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(callTask).toContainText(/Scheduled the renewal call with .+ \(/);
});

test('a call booked for the next minutes brings up its cheat sheet', async ({ page, webApp }) => {
  const name = leastUsedAccount(webApp.dataDir);
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Renewals' }).click();
  await page.getByLabel('Search accounts').fill(name);
  await page
    .getByRole('list', { name: 'Accounts' })
    .getByRole('button', { name: new RegExp(name) })
    .click();
  const soon = new Date(Date.now() + 10 * 60_000);
  const at = `${String(soon.getHours()).padStart(2, '0')}:${String(soon.getMinutes()).padStart(2, '0')}`;
  const day = soon.getDate() === new Date().getDate() ? 'today' : 'tomorrow';
  await page.getByLabel('Delegate a task').fill(`schedule the renewal call ${day} at ${at}`);
  await page.getByLabel('Delegate a task').press('Enter');
  const dialog = page.getByRole('dialog', { name: new RegExp(`^Call with ${name} at`) });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('table', { name: 'Churn risk factors' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
