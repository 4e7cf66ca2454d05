/** The compare view: keyboard change navigation, "Changes only", inline mode, and the README screenshot. */
import { readmeScreenshot } from './helpers/readme-screenshot';
import { changeCounter, libraryEntry, rows, rowsWithOp } from './helpers/compare-page';
import { expect, test } from './fixtures';

test('n, p, F7 and Shift+F7 step through the changes, focusing each row', async ({ app }) => {
  const { page } = app;
  await libraryEntry(page, /Moscow/).click();
  await expect(changeCounter(page)).toHaveText(/^\d+ changes$/);
  const total = Number((await changeCounter(page).textContent())?.split(' ')[0]);
  expect(total).toBeGreaterThan(2);

  const focusedRow = page.locator('[role="listitem"]:focus');
  await page.keyboard.press('n');
  await expect(changeCounter(page)).toHaveText(`change 1 of ${total}`);
  await expect(focusedRow).toHaveAccessibleName(/^Paragraph \d+: (?!kept)/);
  const first = await focusedRow.getAttribute('data-key');

  await page.keyboard.press('F7');
  await expect(changeCounter(page)).toHaveText(`change 2 of ${total}`);
  // Focus follows the counter a frame later; wait for it to leave the first row before reading.
  await expect(focusedRow).not.toHaveAttribute('data-key', first ?? '');
  const second = await focusedRow.getAttribute('data-key');
  expect(second).not.toBe(first);

  await page.keyboard.press('n');
  await expect(changeCounter(page)).toHaveText(`change 3 of ${total}`);
  await page.keyboard.press('p');
  await expect(changeCounter(page)).toHaveText(`change 2 of ${total}`);
  await expect(focusedRow).toHaveAttribute('data-key', second ?? '');
  await page.keyboard.press('Shift+F7');
  await expect(changeCounter(page)).toHaveText(`change 1 of ${total}`);
  await expect(focusedRow).toHaveAttribute('data-key', first ?? '');

  // The keys are letters in the filter box, not commands.
  await page.getByLabel('Filter statements by title, city or year').press('n');
  await expect(changeCounter(page)).toHaveText(`change 1 of ${total}`);

  // The toolbar buttons do the same.
  await page.getByRole('button', { name: /Next change/ }).click();
  await expect(changeCounter(page)).toHaveText(`change 2 of ${total}`);
});

test('"Changes only" hides kept paragraphs and the inline mode shows one column', async ({ app }) => {
  const { page } = app;
  await libraryEntry(page, /Brussels/).click();
  await expect(rowsWithOp(page, 'unchanged').or(rowsWithOp(page, 'changed')).first()).toBeVisible();
  const before = await rows(page).count();
  await page.getByLabel('Changes only').check();
  await expect(rowsWithOp(page, 'unchanged')).toHaveCount(0);
  expect(await rows(page).count()).toBeLessThanOrEqual(before);

  await page.getByRole('button', { name: 'Inline' }).click();
  await expect(page.getByRole('button', { name: 'Inline' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.cell-reference')).toHaveCount(0);
  const changed = rowsWithOp(page, 'changed').first();
  await expect(changed.locator('.cell-inline')).toBeVisible();
  await expect(changed.locator('ins, del').first()).toBeVisible();
});

test('any statement can be made the reference; 2019 then moves to the right', async ({ app }) => {
  const { page } = app;
  await libraryEntry(page, /Gaborone/).click();
  await page.locator('.card-other').getByRole('button', { name: 'Use as reference' }).click();
  await expect(page.locator('.card-reference')).toContainText('Gaborone');
  await expect(page.locator('.card-other')).toContainText('New Delhi');
  await expect(page).toHaveTitle(
    /^Plenary Diff — Sample — Closing statement at the Gaborone Plenary.* ↔ Kimberley Process CSC Closing Speech New Delhi/,
  );
  await expect(libraryEntry(page, /Gaborone.*Reference/)).toHaveCount(1);
  // What 2019 dropped against Gaborone, Gaborone now adds against 2019.
  await expect(changeCounter(page)).toHaveText(/^\d+ changes$/);
  await page.getByLabel('Changes only').check();
  await expect(rowsWithOp(page, 'added').first()).toBeVisible();
});

test('the compare view as the README shows it', async ({ app }, testInfo) => {
  const { page } = app;
  await libraryEntry(page, /Moscow/).click();
  await expect(rowsWithOp(page, 'merged').or(rowsWithOp(page, 'changed')).first()).toBeVisible();
  await page.getByRole('button', { name: /Next change/ }).click();
  await page.mouse.move(0, 0);
  const shot = await page.screenshot();
  await testInfo.attach('compare view', { body: shot, contentType: 'image/png' });
  // One picture for the README, from browser mode only.
  await readmeScreenshot(page, testInfo, 'compare');
});
