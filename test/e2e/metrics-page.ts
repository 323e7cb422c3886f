import { expect, type Locator, type Page } from '@playwright/test';

/** A chart of the metrics view, found by its caption. */
export const chart = (page: Page, title: string): Locator =>
  page.getByRole('figure', { name: title, exact: true });

/** Opens a chart's data table and reads it: the header row, then one row of cell texts per item. */
export async function dataTable(figure: Locator): Promise<string[][]> {
  const table = figure.getByRole('table');
  if (!(await table.isVisible())) await figure.getByText('Data table', { exact: true }).click();
  await expect(table).toBeVisible();
  return table
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

/** A table with its body rows sorted by their first cell, for charts whose order is presentation only. */
export const sortedBody = ([header, ...rows]: string[][]): string[][] => [
  header!,
  ...rows.sort((a, b) => a[0]!.localeCompare(b[0]!)),
];
