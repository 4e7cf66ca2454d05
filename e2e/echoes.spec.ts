/** Echoes in the app: the truth-set statements imported by a drop, echo links between rows, quoted passages
 * marked in both columns, stepping through echoes with e / Shift+E, and echo cells in the overview. */
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dropFiles } from './helpers/drop';
import { libraryEntry } from './helpers/compare-page';
import { readmeScreenshot } from './helpers/readme-screenshot';
import { expect, test } from './fixtures';

const TRUTH = new URL('../testing/echo-truth/', import.meta.url);
const SAMPLES = readdirSync(TRUTH).filter((name) => name.startsWith('sample-') && name.endsWith('.txt'));

/** The 2019 paragraphs the truth set is about, by their opening words (the app numbers them; we do not). */
const REFORM_2019 = 'Unfortunately, the age-old wisdom';
const SCOPE_QUOTE = 'broadening the scope of the KP to capture';

async function importTruthSet(page: Page): Promise<void> {
  await dropFiles(
    page,
    SAMPLES.map((name) => ({ name, bytes: readFileSync(new URL(name, TRUTH)), type: 'text/plain' })),
  );
  const imports = page.getByRole('region', { name: 'Imports' });
  await expect(imports.locator('[data-status="done"]')).toHaveCount(SAMPLES.length, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Close the import report' }).click();
}

/** A row of the compare view holding `inner` (a locator relative to the row). */
const rowWith = (page: Page, inner: string, hasText: string | RegExp) =>
  page.getByTestId('compare-rows').locator('[role="listitem"]', { has: page.locator(inner, { hasText }) });

test('an added paragraph links to the 2019 paragraph it echoes, and the link lands on it', async ({
  app,
}, testInfo) => {
  const { page } = app;
  expect(SAMPLES.length).toBeGreaterThanOrEqual(6);
  await importTruthSet(page);
  await libraryEntry(page, /^Sample — 2023 Plenary – Opening Statement/).click();
  await expect(page.locator('.card-other')).toContainText('2023 Plenary – Opening Statement');
  await page.getByLabel('Changes only').check();

  // The new paragraph on the reform cycle that opens echoes the 2019 paragraph on three years of reform talks.
  // (The 2023 paragraph on widening the scope says §4 again in other words: it aligns with it, as reworded.)
  const reformEcho = /^◌ echoes ¶\d+ — Reform of the KP/;
  const echoing = rowWith(page, '.cell-other .echo-link[data-direction="echoes"]', reformEcho);
  await expect(echoing).toHaveCount(1);
  const link = echoing.locator('.cell-other .echo-link', { hasText: reformEcho });
  const number = /¶(\d+)/.exec((await link.textContent()) ?? '')?.[1];
  await expect(echoing).toHaveAttribute('data-op', 'added');
  await expect(echoing).toHaveAccessibleName(new RegExp(`^Paragraph \\d+: added, echoes ¶${number}`));
  // It is placed right after the dropped 2019 paragraph it echoes, not at the bottom.
  const index = Number(await echoing.getAttribute('data-index'));
  const previous = page.locator(`[role="listitem"][data-index="${index - 1}"]`);
  await expect(previous).toHaveAttribute('data-op', 'removed');
  await expect(previous.locator('.cell-reference .para-number')).toHaveText([`¶${number}`]);
  await expect(previous.locator('.cell-reference')).toContainText(REFORM_2019);
  // The dropped paragraph says where its topic went.
  await expect(previous.locator('.cell-reference .echo-link')).toContainText([
    /topic continues in ¶\d+ of 2023/,
  ]);
  await previous.evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await expect(echoing).toBeInViewport();
  await readmeScreenshot(page, testInfo, 'echoes');

  // Clicking the link moves the focus to the 2019 paragraph.
  await link.focus();
  await page.keyboard.press('Enter');
  const focused = page.locator('[role="listitem"]:focus');
  await expect(focused.locator('.cell-reference .para-number')).toHaveText([`¶${number}`]);
  await expect(focused.locator('.cell-reference')).toContainText(REFORM_2019);

  // And back: the dropped paragraph's link lands on the paragraph that continues its topic.
  await focused.locator('.cell-reference .echo-link').first().click();
  await expect(page.locator('[role="listitem"]:focus')).toHaveAttribute('data-op', 'added');

  // e and Shift+E step through the echoing paragraphs as n and p step through changes.
  const counter = page.getByTestId('echo-counter');
  await expect(counter).toHaveText(/^\d+ echoes$/);
  const total = Number((await counter.textContent())?.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(4);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('e');
  await expect(counter).toHaveText(`echo 1 of ${total}`);
  await expect(page.locator('[role="listitem"]:focus .cell-other .echo-link').first()).toBeVisible();
  await page.keyboard.press('e');
  await expect(counter).toHaveText(`echo 2 of ${total}`);
  await page.keyboard.press('Shift+E');
  await expect(counter).toHaveText(`echo 1 of ${total}`);

  // The shortcuts dialog lists the keys.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('row', { name: /Next echo/ })).toContainText('e or F8');
  await expect(dialog.getByRole('row', { name: /Previous echo/ })).toContainText('Shift+E or Shift+F8');
});

test('a quoted passage is marked in both columns, and the overview shows echo cells', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await importTruthSet(page);
  await libraryEntry(page, /^Sample — Press release/).click();
  await expect(page.locator('.card-other')).toContainText('Press release');

  // The press release quotes the 2019 sentence on the scope: marked on both sides, each naming the other end.
  const row = rowWith(page, '.cell-other .quote-mark', SCOPE_QUOTE);
  await expect(row).toHaveCount(1);
  const quoted = row.locator('.cell-other .quote-mark', { hasText: SCOPE_QUOTE });
  await expect(quoted).toHaveAttribute('title', /^quotes reference ¶\d+$/);
  const number = /¶(\d+)/.exec((await quoted.getAttribute('title')) ?? '')?.[1];
  const source = row.locator('.cell-reference .quote-mark');
  await expect(source).toHaveCount(1);
  await expect(source).toContainText(SCOPE_QUOTE);
  await expect(source).toHaveAttribute('title', /^quoted in ¶\d+ of 2019 /);
  await expect(row.locator('.cell-reference .para-number')).toHaveText([`¶${number}`]);
  await row.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(quoted).toBeInViewport();
  await readmeScreenshot(page, testInfo, 'echoes-quoted');

  // The inline layout marks the same passage, with both ends named, in its one column.
  await page.getByRole('button', { name: 'Inline' }).click();
  const inlineRow = rowWith(page, '.cell-inline .quote-mark', SCOPE_QUOTE);
  await expect(inlineRow).toHaveCount(1);
  await expect(inlineRow.locator('.inline-numbers')).toContainText(`reference ¶${number}`);
  const inline = inlineRow.locator('.cell-inline .quote-mark', { hasText: SCOPE_QUOTE });
  await expect(inline).toHaveCount(1);
  await expect(inline).toHaveAttribute('title', new RegExp(`quotes reference ¶${number}(;|$)`));
  await expect(inline).toHaveAttribute('title', /quoted in ¶\d+ of 2019 /);
  await inline.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: testInfo.outputPath('echoes-quoted-inline.png') });
  await page.getByRole('button', { name: 'Side by side' }).click();

  // The overview: a 2019 paragraph the 2023 opening drops but talks about is an echo cell, not a dropped one.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
  const grid = page.getByRole('grid', { name: /^How the paragraphs of .* live on/ });
  const echoCell = grid.getByRole('gridcell', { name: /^¶\d+ in 2023 .*: dropped, topic echoed/ }).first();
  await expect(echoCell).toBeVisible({ timeout: 30_000 });
  await expect(echoCell).toContainText('◌');
  // Its column counts the reference paragraphs only echoed beside "retained".
  const echoColumn = (await echoCell.getAttribute('aria-colindex')) ?? '';
  await expect(
    grid.locator(`[role="columnheader"][aria-colindex="${echoColumn}"] .overview-echoed`),
  ).toHaveText(/^[1-9]\d* echoed$/);
  // The legend says what the echo cells' symbols mean.
  const legend = page
    .getByRole('group', { name: 'Legend' })
    .getByRole('list', { name: 'Symbols in the cells' });
  await expect(legend.getByRole('listitem').filter({ hasText: 'topic echoed' })).toContainText('◌');
  await expect(legend.getByRole('listitem').filter({ hasText: 'quoted' })).toContainText('❝');
});
