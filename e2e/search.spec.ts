/** Search across statements: as-you-type, case- and accent-insensitive phrases, hits grouped by statement, click → compare. */
import { readmeScreenshot } from './helpers/readme-screenshot';
import { dropFiles } from './helpers/drop';
import { changeCounter } from './helpers/compare-page';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const PHRASE = 'diamond mining affected communities';

// A statement of our own (no real statement says this) with the phrase in capitals and with an accent.
const FIXTURE = [
  'Closing Statement, Searchville: 3 March 2033 (e2e fixture)',
  'This paragraph was written for the end-to-end test of the search.',
  'The coalition stands with DIAMOND MINING AFFÉCTED communities, whose voice this fixture repeats.',
  'A closing paragraph about nothing in particular, for the test.',
].join('\n\n');

function search(page: Page) {
  return page.getByRole('searchbox', { name: 'Search all statements' });
}

function group(page: Page, title: string | RegExp) {
  return page.locator('.search-group').filter({ has: page.getByRole('heading', { name: title }) });
}

test('a phrase is found across statements whatever its case and accents, and a hit opens its paragraph', async ({
  app,
}) => {
  const { page } = app;
  await dropFiles(page, [{ name: 'searchville-2033.txt', bytes: new TextEncoder().encode(FIXTURE) }]);
  await expect(page).toHaveTitle(/Searchville/);

  // "/" opens the search with the box focused; results come as you type.
  await page.locator('body').press('/');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type(PHRASE, { delay: 5 });
  const summary = page.getByTestId('search-summary');
  await expect(summary).toHaveText(/^4 hits in 4 paragraphs of 4 statements\.$/);
  for (const title of [/New Delhi/, /Brussels/, /Moscow/, /Searchville/])
    await expect(group(page, title)).toHaveCount(1);
  // Grouped by statement in year order, each with its year and hit count; samples say so.
  await expect(page.locator('.search-group-title')).toHaveText([
    /Brussels/,
    /New Delhi/,
    /Moscow/,
    /Searchville/,
  ]);
  await expect(group(page, /Brussels/)).toContainText('sample');
  await expect(group(page, /Searchville/)).toContainText('2033');
  await expect(group(page, /Searchville/).locator('.search-count')).toHaveText('1 hit in 1 paragraph');

  // The mark covers exactly the original words, capitals and accent included.
  await expect(group(page, /Searchville/).locator('mark')).toHaveText(
    /^DIAMOND MINING AFFÉCTED\s+communities$/,
  );
  await expect(group(page, /New Delhi/).locator('mark')).toHaveText(/^diamond mining affected communities$/i);

  // Accents and capitals in the query do not matter either.
  await search(page).fill('DÏAMOND Mining  affected');
  await expect(summary).toHaveText(/^4 hits in 4 paragraphs of 4 statements\.$/);
  // Quoted phrases must all be in the paragraph.
  await search(page).fill(`"${PHRASE}" "voice"`);
  await expect(summary).toHaveText(/^2 hits in 1 paragraph of 1 statement\.$/);
  await expect(group(page, /Searchville/).locator('mark')).toHaveCount(2);
  await search(page).fill('no such phrase anywhere');
  await expect(summary).toHaveText('No paragraph holds “no such phrase anywhere”.');

  // Keyboard: down from the box to the first hit, Enter opens it in the compare view, focused.
  await search(page).fill(PHRASE);
  await expect(summary).toHaveText(/^4 hits/);
  await search(page).press('ArrowDown');
  await expect(page.locator('.search-hit').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(group(page, /Searchville/).locator('.search-hit')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/New Delhi.* ↔ Closing Statement, Searchville/);
  const focusedRow = page.locator('[role="listitem"]:focus');
  await expect(focusedRow).toContainText('DIAMOND MINING AFFÉCTED');
  await expect(focusedRow).toBeInViewport();
  // The phrase is marked in the compare view too, on both sides.
  await expect(focusedRow.locator('.cell-other mark')).toHaveText(/^DIAMOND MINING AFFÉCTED\s+communities$/);
  await expect(changeCounter(page)).toBeVisible();

  // A click on a hit in another statement opens that one; a hit in the reference shows the reference's paragraph.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(search(page)).toHaveValue(PHRASE);
  await group(page, /Moscow/)
    .locator('.search-hit')
    .click();
  await expect(page).toHaveTitle(
    /New Delhi.* ↔ Sample — Closing statement of the KP Civil Society Coalition at the Moscow Plenary/,
  );
  await expect(page.locator('[role="listitem"]:focus')).toContainText(/diamond mining affected communities/i);
  await expect(page.locator('[role="listitem"]:focus mark')).toHaveText([
    /^diamond mining affected communities$/i,
    /^diamond mining affected communities$/i,
  ]);
  await page.keyboard.press('Alt+4');
  await group(page, /New Delhi/)
    .locator('.search-hit')
    .click();
  await expect(page.locator('[role="listitem"]:focus')).toContainText(/diamond mining affected communities/i);
  await expect(page).toHaveTitle(
    /New Delhi.* ↔ Sample — Closing statement of the KP Civil Society Coalition at the Moscow Plenary/,
  );
  // Opening a statement from the library ends the search's marks.
  await page
    .getByRole('navigation', { name: 'Statements' })
    .getByRole('button', {
      name: /^Sample — Closing statement of the KP Civil Society Coalition at the Brussels Plenary/,
    })
    .click();
  await expect(page).toHaveTitle(
    /New Delhi.* ↔ Sample — Closing statement of the KP Civil Society Coalition at the Brussels Plenary/,
  );
  await expect(page.getByTestId('compare-rows').locator('mark')).toHaveCount(0);
});

test('the search view as the README shows it', async ({ app }, testInfo) => {
  const { page } = app;
  await page.keyboard.press('Control+f');
  await search(page).fill('"civil society" kimberley');
  await expect(page.getByTestId('search-summary')).toHaveText(
    /hits? in \d+ paragraphs? of \d+ statements?\./,
  );
  await page.mouse.move(0, 0);
  await testInfo.attach('search view', { body: await page.screenshot(), contentType: 'image/png' });
  await readmeScreenshot(page, testInfo, 'search');
});

test('on request, a search matches a theme’s other spellings and acronyms, marked in the hits', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // Our own fixture (no real statement says this): the acronym only, and the phrase reordered.
  const text = [
    'Sample — Statement, Acronymtown: 4 April 2034 (e2e fixture)',
    'The monitors of the CAR met twice this year, written for the end-to-end test.',
    'Broadening the definition of conflict diamonds is still blocked, says this fixture.',
  ].join('\n\n');
  await dropFiles(page, [{ name: 'acronymtown-2034.txt', bytes: new TextEncoder().encode(text) }]);
  await expect(page).toHaveTitle(/Acronymtown/);
  await page.keyboard.press('Control+f');
  const summary = page.getByTestId('search-summary');
  const spellings = page.getByRole('checkbox', { name: /Match other spellings and acronyms/ });
  await expect(spellings).not.toBeChecked();

  await search(page).fill('Central African Republic');
  await expect(summary).toHaveText(/No paragraph holds|hits? in/);
  await expect(group(page, /Acronymtown/)).toHaveCount(0);
  await spellings.check();
  await expect(group(page, /Acronymtown/).locator('mark')).toHaveText(['CAR']);
  // The reference's own paragraphs on the CAR are hits too.
  await expect(
    group(page, /New Delhi/)
      .locator('mark')
      .first(),
  ).toHaveText('CAR');

  await search(page).fill('conflict diamond definition');
  await expect(group(page, /Acronymtown/).locator('mark')).toHaveText(['definition of conflict diamonds']);
  await spellings.uncheck();
  await expect(group(page, /Acronymtown/)).toHaveCount(0);
  await spellings.check();
  await search(page).fill('CAR');
  await expect(group(page, /Acronymtown/).locator('mark')).toHaveText(['CAR']);
  await page.mouse.move(0, 0);
  await testInfo.attach('search with spellings', { body: await page.screenshot(), contentType: 'image/png' });
});
