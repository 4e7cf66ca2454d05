/** The overview heat map: click-through to the linked compare row, keyboard use, the statement chooser. */
import { readmeScreenshot } from './helpers/readme-screenshot';
import type { Page } from '@playwright/test';
import { randomParagraphs } from '../testing/generators/generate-text';
import { createRandom } from '../testing/generators/prng';
import { dropFiles } from './helpers/drop';
import { expect, test } from './fixtures';

function openOverview(page: Page) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
}

function grid(page: Page) {
  return page.getByRole('grid', { name: /^How the paragraphs of .* live on/ });
}

test('a cell opens the compare view for its statement, focused on the row of its reference paragraph', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await openOverview(page);
  const heat = grid(page);
  // The reference ¶ column, then the four samples by year (worked out in the background: the first wait is long).
  await expect(heat.getByRole('columnheader')).toHaveCount(5, { timeout: 30_000 });
  await expect(heat.getByRole('columnheader').nth(1)).toContainText('2017');
  await expect(heat.getByRole('columnheader').nth(4)).toContainText('2022');
  await expect(heat.getByRole('columnheader').nth(3)).toContainText(/\d+% retained/);
  await expect(heat.getByRole('columnheader').nth(3)).toContainText(/\+ \d+ new/);

  // A reworded paragraph in Moscow: its label says where, what and how similar; the cell shows the symbol too.
  const cell = heat.getByRole('gridcell', { name: /^¶\d+ in 2021 Moscow: reworded, \d+% similar$/ }).first();
  const label = (await cell.getAttribute('aria-label')) ?? '';
  const number = /^¶(\d+)/.exec(label)?.[1];
  await expect(cell).toContainText('~');

  // Hovering shows the linked text: the Moscow paragraph it became.
  await cell.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(`¶${number} → 2021 Moscow: reworded`);
  const linked = (await tip.locator('.overview-tip-text .para-number').first().textContent()) ?? '';
  expect(linked).toMatch(/^¶\d+$/);
  await readmeScreenshot(page, testInfo, 'overview');

  await cell.click();
  await expect(page.locator('.card-other')).toContainText('Moscow');
  const focused = page.locator('[role="listitem"]:focus');
  await expect(focused).toHaveAttribute('data-op', 'changed');
  await expect(focused.locator('.cell-reference .para-number')).toHaveText([`¶${number}`]);
  await expect(focused.locator('.cell-other .para-number')).toContainText([linked]);
  await expect(focused).toBeInViewport();
});

test('the arrow keys move between cells and Enter opens one; the chooser narrows the columns', async ({
  app,
}) => {
  const { page } = app;
  await openOverview(page);
  const heat = grid(page);
  const first = heat.getByRole('gridcell').first();
  await expect(first).toHaveAttribute('tabindex', '0', { timeout: 30_000 });
  await first.focus();
  const focused = heat.locator('[role="gridcell"]:focus');
  await expect(focused).toHaveAccessibleName(/^¶1 in 2017 Brisbane: /);
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAccessibleName(/^¶1 in 2018 Brussels: /);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName(/^¶3 in 2018 Brussels: /);
  await page.keyboard.press('End');
  await expect(focused).toHaveAccessibleName(/^¶3 in 2022 Gaborone: /);
  await page.keyboard.press('Home');
  await expect(focused).toHaveAccessibleName(/^¶3 in 2017 Brisbane: /);
  // Only one cell is a Tab stop: the grid is one place in the tab order.
  await expect(heat.locator('[role="gridcell"][tabindex="0"]')).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('.card-other')).toContainText('Brussels');
  await expect(page.locator('[role="listitem"]:focus .cell-reference .para-number')).toHaveText(['¶3']);

  // Back in the overview, the chooser leaves Brisbane out.
  await openOverview(page);
  await page.getByText(/^Statements: 4 of 4/).click();
  await page.getByRole('checkbox', { name: /Brisbane/ }).uncheck();
  await expect(page.getByText(/^Statements: 3 of 4/)).toBeVisible();
  await expect(heat.getByRole('columnheader')).toHaveCount(4);
  await expect(heat.getByRole('gridcell', { name: /Brisbane/ })).toHaveCount(0);
});

test('a 100,000-word reference gives a virtualised grid that the keyboard still reaches to its end', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const text = [
    'Closing Statement, Longville: 1 May 2040',
    ...randomParagraphs(createRandom(2041), 100_000),
  ].join('\n\n');
  await dropFiles(page, [{ name: 'longville-2040.txt', bytes: new TextEncoder().encode(text) }]);
  await expect(page.getByRole('region', { name: 'Imports' }).locator('[data-status="done"]')).toHaveCount(1, {
    timeout: 120_000,
  });
  await openOverview(page);
  const reference = page.getByLabel('Reference', { exact: true });
  const longville = await reference.locator('option', { hasText: 'Longville' }).getAttribute('value');
  await reference.selectOption(longville ?? '');
  const heat = grid(page);
  await expect(heat).toHaveAttribute('aria-rowcount', /^\d{4,}$/, { timeout: 60_000 });
  const rowCount = Number(await heat.getAttribute('aria-rowcount')) - 1;
  // Only the rows near the view are in the page.
  await expect(heat.getByRole('rowheader').first()).toBeVisible();
  expect(await heat.getByRole('rowheader').count()).toBeLessThan(80);

  await heat.getByRole('gridcell').first().focus();
  await page.keyboard.press('Control+End');
  const focused = heat.locator('[role="gridcell"]:focus');
  await expect(focused).toHaveAccessibleName(new RegExp(`^¶${rowCount} in 2022 Gaborone: `));
  await expect(focused).toBeInViewport();
  await page.keyboard.press('PageUp');
  await expect(focused).toHaveAccessibleName(new RegExp(`^¶${rowCount - 10} in 2022 Gaborone: `));
});
