/** Real layouts: a blog post saved as a page and the same page printed to PDF by Chromium read as one statement. */
import { readFileSync } from 'node:fs';
import { dropFiles } from './helpers/drop';
import { libraryEntry, rows, rowsWithOp } from './helpers/compare-page';
import { riverstoneClosing } from '../testing/fixtures/real-layouts';
import { expect, test } from './fixtures';

const FIXTURES = new URL('../testing/fixtures/real-layouts/', import.meta.url);
const TITLE = '2030 Plenary Gaborone – Closing Speech';
const BODY = riverstoneClosing.speech.filter((p) => p !== 'Ladies and gentlemen,');

test('the saved page and the printed PDF of one statement show the same title and the same body paragraphs', async ({
  app,
}) => {
  const { page } = app;
  await dropFiles(page, [
    {
      name: 'riverstone-closing-speech.html',
      bytes: readFileSync(new URL('riverstone-2030-closing-saved-page.html', FIXTURES)),
      type: 'text/html',
    },
    {
      name: 'riverstone-closing-speech-printed.pdf',
      bytes: readFileSync(new URL('riverstone-2030-closing-printed.pdf', FIXTURES)),
      type: 'application/pdf',
    },
  ]);
  const imports = page.getByRole('region', { name: 'Imports' });
  await expect(imports.locator('[data-status="done"]')).toHaveCount(2);

  // Both carry the post's own heading as their title: not the site's name, the print header or the file name.
  const entries = libraryEntry(page, new RegExp(`^${TITLE}`));
  await expect(entries).toHaveCount(2);
  await expect(entries.locator('.statement-title')).toHaveText([TITLE, TITLE]);
  await expect(entries.first().locator('.statement-title')).toHaveAttribute('title', TITLE);
  const library = page.getByRole('navigation', { name: 'Statements' });
  await expect(library).not.toContainText('Riverstone Civil Society Network');
  await expect(library).not.toContainText('PM');

  // With the saved page as the reference, the printed PDF has every body paragraph unchanged, and nothing else.
  const saved = page
    .locator('.statement-item', { has: page.locator('.statement-open', { hasText: TITLE }) })
    .first();
  await saved.getByRole('button', { name: 'Use as reference' }).click();
  await entries.nth(1).click();
  await expect(page).toHaveTitle(new RegExp(`${TITLE}.* ↔ ${TITLE}`));
  await expect(rows(page)).toHaveCount(BODY.length);
  await expect(rowsWithOp(page, 'unchanged')).toHaveCount(BODY.length);
  for (const [i, paragraph] of BODY.entries()) {
    await expect(rows(page).nth(i).locator('.cell-other')).toContainText(paragraph);
  }

  // The printed page's furniture is kept apart, never compared: the site's name and menu, comments, recent posts.
  const furniture = page.locator('details.frame', { hasText: 'Page furniture and web residue' });
  await furniture.locator('summary').click();
  const other = furniture.locator('.frame-column').nth(1);
  for (const line of [
    'Riverstone Civil Society Network',
    'Home About us Members Statements Contact',
    'Follow us',
    '0 Comments',
  ])
    await expect(other).toContainText(line);
  await expect(furniture).not.toContainText(/\d:\d\d [AP]M|127\.0\.0\.1|1\/2/);
  await page.screenshot({ path: 'test-results/real-layouts-printed-vs-saved.png', fullPage: false });
});
