import { expect, test } from './web-app';
import { openApp, saveScreenshot } from './workspace-page';

test('the policy is shown rendered, and a bad edit is refused with its problem marked at the line', async ({
  page,
  webApp,
}) => {
  await openApp(page, webApp.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const rules = page.getByRole('table', { name: /Tool rules/ });
  await expect(rules.getByRole('row', { name: /other-credits-need-approval/ })).toContainText(
    'Needs approval',
  );
  await expect(page.getByLabel('Thresholds')).toContainText('60% confidence');
  await expect(rules.getByRole('row', { name: /late-shipment-goodwill-credit/ })).toContainText(
    'at most 0 earlier credits on the order',
  );
  await expect(page.getByLabel('Whose records')).toContainText('only the conversation’s customer');

  const editor = page.getByRole('textbox', { name: 'Policy document' });
  const text = await editor.inputValue();
  const at = text.indexOf('effect: auto');
  const line = text.slice(0, at).split('\n').length;
  await editor.fill(text.replace('effect: auto', 'effect: sometimes'));
  await page.getByRole('button', { name: 'Save policy' }).click();

  const problems = page.getByRole('list', { name: 'Policy problems' });
  await expect(problems).toContainText(`Line ${line}: tools.0.effect — `);
  await expect(page.locator(`.editor-line[data-line="${line}"]`)).toHaveAttribute('data-problem', 'true');
  await expect(editor).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, 'policy-problem.png');
  // Nothing was saved: the policy in force still reads automatically.
  await expect(rules.getByRole('row', { name: /reads-are-automatic/ })).toContainText('Automatic');

  await problems.getByRole('button').first().click();
  await expect(editor).toBeFocused();

  await editor.fill(text.replace('stepBudget: 12', 'stepBudget: 8'));
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByRole('status', { name: 'Policy status' })).toContainText('Policy saved');
  await expect(page.getByLabel('Thresholds')).toContainText('8 decisions');
  await expect(problems).toBeHidden();
});
