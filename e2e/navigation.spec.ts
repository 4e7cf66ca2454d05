/** Navigation as data: deep links in the URL hash, Back and Forward, and the place and reference kept over reloads and restarts. */
import type { Page } from '@playwright/test';
import { libraryEntry, rowsWithOp } from './helpers/compare-page';
import { expect, test } from './fixtures';

/** The id of the library entry whose button is named by `name`. */
async function statementId(page: Page, name: RegExp): Promise<string> {
  const id = await libraryEntry(page, name).locator('xpath=..').getAttribute('data-statement-id');
  if (!id) throw new Error(`no library entry named ${name}`);
  return id;
}

const referenceCard = (page: Page) => page.locator('.statement-card.card-reference');
const otherCard = (page: Page) => page.locator('.statement-card.card-other');

test('a deep link opens "2021 against 2019, ¶2"; Back and Forward walk the views; a reload keeps the place and the reference', async ({
  app,
}) => {
  test.skip(app.mode !== 'web', 'the address bar is browser mode’s');
  const { page } = app;
  await expect(libraryEntry(page, /Moscow/)).toBeVisible();
  const moscow = await statementId(page, /Moscow/);
  // The token was taken out of the address; the window now says where it is.
  await expect(page).toHaveURL(/#view=compare$/);

  await page.goto(`${app.origin}/#view=compare&other=${moscow}&para=2`);
  await expect(otherCard(page)).toContainText('Moscow');
  await expect(referenceCard(page)).toContainText('New Delhi');
  // The second paragraph of the 2021 statement is brought into view and focused.
  await expect(page.locator(':focus')).toContainText('first Plenary');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
  await expect(page).toHaveURL(/#view=overview&other=/);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#view=compare&other=${moscow}&para=2$`));
  await expect(otherCard(page)).toContainText('Moscow');
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await page.goBack();

  // The reader's reference: Gaborone 2022; 2019 moves to the right (kept to compare with, as before).
  const gaborone = await statementId(page, /Gaborone/);
  await page
    .getByRole('button', { name: /^Use as reference$/ })
    .first()
    .waitFor();
  await libraryEntry(page, /Gaborone/)
    .locator('xpath=..')
    .getByRole('button', { name: 'Use as reference' })
    .click();
  await expect(page).toHaveURL(new RegExp(`ref=${gaborone}`));
  await expect(referenceCard(page)).toContainText('Gaborone');

  await page.reload();
  await expect(referenceCard(page)).toContainText('Gaborone');
  await expect(page).toHaveURL(new RegExp(`ref=${gaborone}`));
  await expect(libraryEntry(page, /Gaborone/)).toHaveAccessibleName(/Reference/);
});

test('a link to a paragraph "Changes only" hides turns it off and focuses the paragraph', async ({ app }) => {
  test.skip(app.mode !== 'web', 'the address bar is browser mode’s');
  const { page } = app;
  await libraryEntry(page, /Moscow/).click();
  const moscow = await statementId(page, /Moscow/);
  // The 2021 sample keeps one paragraph of 2019 word for word.
  const kept = rowsWithOp(page, 'unchanged').first();
  const number = /¶(\d+)/.exec((await kept.locator('.cell-other .para-number').textContent()) ?? '')?.[1];
  expect(number).toBeDefined();
  await page.getByLabel('Changes only').check();
  await expect(rowsWithOp(page, 'unchanged')).toHaveCount(0);

  await page.goto(`${app.origin}/#view=compare&other=${moscow}&para=${number}`);
  await expect(page.getByLabel('Changes only')).not.toBeChecked();
  const focused = page.locator('[role="listitem"]:focus');
  await expect(focused).toHaveAttribute('data-op', 'unchanged');
  await expect(focused.locator('.cell-other .para-number')).toHaveText(`¶${number}`);
});

test('the chosen reference and the place are kept with the library over a restart', async ({ app }) => {
  test.skip(app.mode !== 'web', 'the restart pattern of browser mode');
  let page = app.page;
  await expect(libraryEntry(page, /Moscow/)).toBeVisible();
  const gaborone = await statementId(page, /Gaborone/);
  const moscow = await statementId(page, /Moscow/);
  await libraryEntry(page, /Gaborone/)
    .locator('xpath=..')
    .getByRole('button', { name: 'Use as reference' })
    .click();
  await libraryEntry(page, /Moscow/).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Themes' }).click();
  await expect(page).toHaveURL(new RegExp(`#view=themes&ref=${gaborone}&other=${moscow}$`));

  // The location reaches the library a moment after the last step: wait until the backend has it.
  const saved = async () => {
    const answer = await page.request.post(`${app.origin}/api/call/library:list`, {
      data: { args: [] },
      headers: { Authorization: `Bearer ${app.token}` },
    });
    return ((await answer.json()) as { value: { navigation: string | null } }).value.navigation;
  };
  await expect.poll(saved).toBe(`#view=themes&ref=${gaborone}&other=${moscow}`);

  // A new server on the same folder, a new tab opened at the printed address (#token=… and nothing else).
  page = await app.restart();
  await expect(page).toHaveURL(new RegExp(`#view=themes&ref=${gaborone}&other=${moscow}$`));
  await expect(page.getByRole('heading', { name: 'Themes' })).toBeVisible();
  await expect(libraryEntry(page, /Gaborone/)).toHaveAccessibleName(/Reference/);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click();
  await expect(referenceCard(page)).toContainText('Gaborone');
  await expect(otherCard(page)).toContainText('Moscow');
});
