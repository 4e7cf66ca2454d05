/** Long titles and columns that share year and city: the whole title on hover and on focus, and columns told apart. */
import { dropFiles } from './helpers/drop';
import { expect, test } from './fixtures';

const BODY = [
  'Dear participants,',
  'The coalition regrets that the reform of the certification scheme has stalled again this year.',
  'Communities affected by diamond mining still suffer abuses by public and private security forces.',
  'Thank you.',
];
const OPENING = 'Sample — Opening Statement, Moscow: 29 November 2021';
const WALK_OUT =
  'Sample — Statement on the walk-out of the plenary session by several delegations and observers, Moscow: 2 December 2021';
const file = (name: string, title: string) => ({
  name,
  bytes: new TextEncoder().encode([title, ...BODY].join('\n\n')),
});

test('three 2021 Moscow statements: columns say their kind, and cut titles show whole on hover and focus', async ({
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  await dropFiles(page, [file('moscow-opening.txt', OPENING), file('moscow-walk-out.txt', WALK_OUT)]);
  await expect(page.getByRole('region', { name: 'Imports' }).locator('[data-status="done"]')).toHaveCount(2, {
    timeout: 60_000,
  });

  // The compare card of the long title: cut with an ellipsis, so it is a Tab stop that shows it whole on focus.
  await page
    .getByRole('navigation', { name: 'Statements' })
    .locator('.statement-open', { hasText: 'walk-out' })
    .click();
  const title = page.locator('.card-other .card-title');
  await expect(title).toHaveAttribute('title', WALK_OUT);
  await expect(title).toHaveAttribute('tabindex', '0');
  const cut = () => title.evaluate((h) => h.scrollWidth > h.clientWidth + 1);
  expect(await cut()).toBe(true);
  await title.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await expect(title).toHaveCSS('white-space', 'normal');
  expect(await cut()).toBe(false);
  // The reference's title is a Tab stop exactly when it is cut.
  const reference = page.locator('.card-reference .card-title');
  const referenceCut = await reference.evaluate((h) => h.scrollWidth > h.clientWidth + 1);
  expect((await reference.getAttribute('tabindex')) === '0').toBe(referenceCut);

  // The overview: three 2021 Moscow columns, each with its kind; the full title on hover and on keyboard focus.
  await page.keyboard.press('Alt+2');
  const heads = page.getByRole('columnheader').filter({ hasText: 'Moscow' });
  await expect(heads).toHaveCount(3, { timeout: 60_000 });
  const texts = (await heads.allTextContents()).map((t) => t.replace(/\d+% retained.*$/, ''));
  expect(new Set(texts).size).toBe(3);
  const kinds = (await heads.locator('.themes-head-kind').allTextContents()).sort((a, b) =>
    (a.split(' ').at(-1) ?? '').localeCompare(b.split(' ').at(-1) ?? ''),
  );
  expect(kinds.map((kind) => kind.split(' ').at(-1))).toEqual(['closing', 'opening', 'statement']);
  const walkOut = heads
    .filter({ has: page.locator('.themes-head-kind', { hasText: 'statement' }) })
    .getByRole('button');
  await expect(walkOut).toHaveAttribute(
    'title',
    new RegExp(`^${WALK_OUT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  const tip = walkOut.locator('.full-title-tip');
  await expect(tip).toBeHidden();
  await walkOut.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(walkOut).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(WALK_OUT);
  await expect(tip).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('overview-full-title.png') });

  // The themes view's heads say the same.
  await page.keyboard.press('Alt+3');
  const themeHeads = page.locator('th.themes-head-statement').filter({ hasText: 'Moscow' });
  await expect(themeHeads).toHaveCount(3, { timeout: 60_000 });
  const walkOutHead = themeHeads.filter({ has: page.locator('.themes-head-kind', { hasText: 'statement' }) });
  await expect(walkOutHead).toHaveAttribute('title', WALK_OUT);
  // A cell of that column with the keyboard focus shows the column's full title.
  const cell = page.locator(`td[aria-colindex="${await walkOutHead.getAttribute('aria-colindex')}"]`).first();
  await cell.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(walkOutHead.locator('.full-title-tip')).toBeVisible();
  await expect(walkOutHead.locator('.full-title-tip')).toHaveText(WALK_OUT);
  await page.screenshot({ path: testInfo.outputPath('themes-full-title.png') });
});
