/** Themes: the panel beside the compare view (marks in both columns, stepping) and the themes view (heat map,
 * quotes, user themes that survive a restart). */
import { readmeScreenshot } from './helpers/readme-screenshot';
import type { Page, Route } from '@playwright/test';
import { libraryEntry } from './helpers/compare-page';
import { dropFiles } from './helpers/drop';
import { expect, test } from './fixtures';

function openView(page: Page, name: 'Compare' | 'Themes') {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Themes' });
}

test('a theme chosen in the panel is marked in both columns, and the stepper walks its occurrences', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await libraryEntry(page, /Moscow/).click();
  await page.getByRole('button', { name: 'Show the themes panel' }).click();
  const themes = panel(page);
  // The themes are worked out in the background: the first wait is long.
  await expect(themes.getByRole('heading', { name: /^In both/ })).toBeVisible({ timeout: 30_000 });

  // What Moscow gains or loses against 2019 is said in words, not colour only.
  const badges = themes.locator('.change-badge');
  await expect(badges.first()).toBeVisible();
  for (const text of await badges.allTextContents()) expect(text).toMatch(/^(\+ gained|− lost)$/);

  // A theme both statements carry.
  const shared = themes
    .getByRole('region', { name: /^In both/ })
    .getByRole('button')
    .first();
  await shared.click();
  await expect(shared).toHaveAttribute('aria-pressed', 'true');
  const counter = page.getByTestId('occurrence-counter');
  await expect(counter).toHaveText(/^occurrence 1 of \d+$/);
  const total = Number(/of (\d+)$/.exec((await counter.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(1);
  const rows = page.getByTestId('compare-rows');
  await expect(rows.locator('mark.theme-mark').first()).toBeVisible();

  // Every step moves the counter and the current mark; the steps visit both columns, then wrap round.
  const sides = new Set<string>();
  let shot = false;
  for (let step = 1; step <= total; step++) {
    await expect(counter).toHaveText(`occurrence ${step} of ${total}`);
    const current = rows.locator('mark.theme-mark-current').first();
    await expect(current).toBeInViewport();
    sides.add(await current.evaluate((mark) => (mark.closest('.cell-reference') ? 'reference' : 'other')));
    // The README's picture: the first step whose row carries the theme in both columns (else the last step).
    const both = await current.evaluate((mark) => {
      const row = mark.closest('[role="listitem"]');
      return Boolean(row?.querySelector('.cell-reference mark') && row.querySelector('.cell-other mark'));
    });
    if (!shot && (both || step === total) && testInfo.project.name === 'web') {
      shot = true;
      await page.mouse.move(0, 0);
      await readmeScreenshot(page, testInfo, 'themes-panel');
    }
    await themes.getByRole('button', { name: 'Next occurrence' }).click();
  }
  expect([...sides].sort()).toEqual(['other', 'reference']);
  await expect(counter).toHaveText(`occurrence 1 of ${total}`);
  await themes.getByRole('button', { name: 'Previous occurrence' }).click();
  await expect(counter).toHaveText(`occurrence ${total} of ${total}`);
  await expect(rows.locator('.cell-reference mark.theme-mark').first()).toBeAttached();
  await expect(rows.locator('.cell-other mark.theme-mark').first()).toBeAttached();

  // Clearing the theme removes the marks; the word-level changes stay.
  await themes.getByRole('button', { name: 'Clear the highlighted theme' }).click();
  await expect(rows.locator('mark.theme-mark')).toHaveCount(0);
  await expect(rows.locator('ins, del').first()).toBeAttached();
});

test('a user theme added in the themes view shows in the heat map, opens its quotes and survives a restart', async ({
  app,
}, testInfo) => {
  let page = app.page;
  await openView(page, 'Themes');
  const heatmap = () => page.getByRole('grid', { name: /^Themes by statement/ });
  await expect(heatmap().locator('tr[data-theme-id^="lexicon:"]').first()).toBeVisible({ timeout: 30_000 });

  // The form asks for a label and at least one term.
  await page.getByRole('button', { name: '+ Add a theme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a theme' });
  await dialog.getByRole('button', { name: 'Add theme' }).click();
  await expect(dialog.getByText('Give the theme a label.')).toBeVisible();
  await expect(dialog.getByText(/Add at least one term/)).toBeVisible();
  await dialog.getByLabel('Label').fill('Secretariat and fund (e2e)');
  await dialog.getByLabel('Terms').fill('permanent secretariat,\nmulti-donor fund');
  await dialog.getByRole('button', { name: 'Add theme' }).click();
  await expect(dialog).toHaveCount(0);

  const row = () => heatmap().locator('tr[data-theme-id^="user:"]');
  await expect(row()).toHaveCount(1, { timeout: 30_000 });
  await expect(row().getByRole('rowheader')).toContainText('Secretariat and fund (e2e)');
  await expect(row().locator('.source-badge')).toHaveText('user');
  const cell2019 = row().getByRole('gridcell', { name: /in 2019 New Delhi: [1-9]\d* occurrences?/ });
  await expect(cell2019).toHaveCount(1);

  // A cell lists its quotes, the terms marked, each linking to its paragraph.
  await cell2019.click();
  const quotes = page.getByRole('complementary', { name: /^Quotes: Secretariat and fund \(e2e\) in 2019/ });
  await expect(quotes.locator('.quote mark').first()).toHaveText(/permanent secretariat|multi-donor fund/i);
  await page.mouse.move(0, 0);
  await readmeScreenshot(page, testInfo, 'themes-view');

  // Restart on the same library: the theme is still there, and applied. In browser mode the themes kept in the
  // library folder must show without every statement's text: until the heat map is shown, a request for more than
  // two texts (the search index's read-ahead asks for them all, in the background) is held, and the texts the
  // requests let through are counted — the reference's and at most a statement or two more (those the location
  // names). Were the themes waiting for every text, the heat map would never show.
  const scope = await page.locator('.themes-scope').textContent();
  const statements = Number(/across (\d+) statements/.exec(scope ?? '')?.[1]);
  const fetched = new Set<string>();
  const held: Route[] = [];
  let holding = app.mode === 'web';
  const hold = async (route: Route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { args?: [string[]] };
    const ids = body.args?.[0] ?? [];
    if (holding && ids.length > 2) held.push(route);
    else {
      if (holding) for (const id of ids) fetched.add(id);
      await route.continue();
    }
  };
  const context = page.context();
  await context.route('**/api/call/library:get', hold);
  page = await app.restart();
  await openView(page, 'Themes');
  await expect(row()).toHaveCount(1, { timeout: 30_000 });
  await expect(row().getByRole('gridcell', { name: /in 2019 New Delhi: [1-9]/ })).toHaveCount(1);
  holding = false;
  if (app.mode === 'web') {
    expect(statements).toBeGreaterThan(3);
    expect(fetched.size).toBeLessThan(statements);
  }
  // The held read-ahead goes on (a route the page gave up on meanwhile is already handled).
  for (const route of held) await route.continue().catch(() => undefined);
  await context.unroute('**/api/call/library:get', hold);

  // A quote opens the compare view at its paragraph with the theme marked there.
  await row()
    .getByRole('gridcell', { name: /in 2022 Gaborone: [1-9]/ })
    .click();
  const link = page.getByRole('button', { name: /^Open ¶\d+ in the compare view$/ }).first();
  const number = /¶(\d+)/.exec((await link.textContent()) ?? '')?.[1];
  await link.click();
  await expect(page.locator('.card-other')).toContainText('Gaborone');
  const focused = page.locator('[role="listitem"]:focus');
  await expect(focused.locator('.cell-other .para-number')).toContainText([`¶${number}`]);
  await expect(focused.locator('.cell-other mark.theme-mark').first()).toBeVisible();
  await expect(panel(page).getByRole('button', { pressed: true })).toHaveAccessibleName(
    /^Secretariat and fund \(e2e\), user theme/,
  );

  // Edit it, then delete it.
  await openView(page, 'Themes');
  await row()
    .getByRole('button', { name: /^Edit theme/ })
    .click();
  const edit = page.getByRole('dialog', { name: /^Edit theme/ });
  await edit.getByLabel('Label').fill('Secretariat (e2e)');
  await edit.getByRole('button', { name: 'Save theme' }).click();
  await expect(row().getByRole('rowheader')).toContainText('Secretariat (e2e)');
  await row()
    .getByRole('button', { name: /^Edit theme/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete…' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Yes, delete/ })
    .click();
  await expect(row()).toHaveCount(0);
});

/**
 * Run in the page: notes, at every change of the DOM while the heat map shows, whether it has pending cells (columns
 * of statements its answer does not cover) and whether the out-of-date notice is there.
 */
const WATCH_STALE = `(() => {
  const seen = [];
  window.plenaryStaleStates = seen;
  new MutationObserver(() => {
    const pending = document.querySelectorAll('.theme-cell-pending').length;
    const marked = Boolean(document.querySelector('[data-testid="themes-stale"]'));
    const last = seen[seen.length - 1];
    if (!last || last.pending !== pending || last.marked !== marked) seen.push({ pending, marked });
  }).observe(document, { childList: true, subtree: true });
})()`;

test('after an import the themes view shows the last themes marked out of date, then the new ones', async ({
  app,
}, testInfo) => {
  test.skip(app.mode !== 'web', 'the texts are held through browser mode’s HTTP calls');
  const { page } = app;
  await openView(page, 'Themes');
  const heatmap = page.getByRole('grid', { name: /^Themes by statement/ });
  await expect(heatmap.locator('tr[data-theme-id^="lexicon:"]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('themes-stale')).toHaveCount(0);
  const rows = await heatmap.locator('tbody tr').count();
  await page.evaluate(WATCH_STALE);

  // Every text asked for is held until the out-of-date heat map has been checked: the new themes cannot come sooner.
  const held: Route[] = [];
  const hold = (route: Route) => void held.push(route);
  const context = page.context();
  await context.route('**/api/call/library:get', hold);
  // A fictional statement of our own (no real statement says this).
  const text = [
    'Sample — Plenary Staleford: closing statement, 3 June 2036 (e2e fixture)',
    'Responsible sourcing and the permanent secretariat come back in this fixture, with peer review visits.',
    'The fixture ends on traceability of rough diamonds and on the monitoring of artisanal mining.',
  ].join('\n\n');
  await dropFiles(page, [{ name: 'staleford-2036.txt', bytes: new TextEncoder().encode(text) }]);

  const notice = page.getByTestId('themes-stale');
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('Out of date — updating for 1 new statement.');
  await expect(page.getByRole('grid', { name: /\(out of date, updating\)$/ })).toBeVisible();
  // The new statement's column is there, its cells pending: one per theme row.
  const column = page.locator('.themes-head-statement').filter({ hasText: '2036' });
  await expect(column).toHaveCount(1);
  const pending = heatmap.getByRole('gridcell', { name: /in 2036\b.*: not worked out yet$/ });
  await expect(pending).toHaveCount(rows);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: testInfo.outputPath('themes-stale.png') });

  for (const route of held.splice(0)) await route.continue().catch(() => undefined);
  await context.unroute('**/api/call/library:get', hold);
  await expect(notice).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.theme-cell-pending')).toHaveCount(0);
  await expect(heatmap).toHaveAccessibleName('Themes by statement: occurrences per 1,000 words');
  await expect(
    heatmap.getByRole('gridcell', { name: /in 2036\b.*: \d+ occurrences?, / }).first(),
  ).toBeVisible();
  // Never a pending column without the notice: the out-of-date themes never looked current.
  const states = (await page.evaluate('window.plenaryStaleStates')) as { pending: number; marked: boolean }[];
  expect(states.some((s) => s.pending > 0)).toBe(true);
  expect(states.filter((s) => s.pending > 0 && !s.marked)).toEqual([]);
});

/**
 * Run in the page: notes, at every change of the DOM, how the themes' heat map is marked (none, partial, out of date,
 * or the answer), the partial notice's words, the sources of its rows and its trends' words.
 */
const WATCH_PARTIAL = `(() => {
  const seen = [];
  window.plenaryPartialStates = seen;
  new MutationObserver(() => {
    const grid = document.querySelector('.themes-heatmap');
    const rows = grid ? [...grid.querySelectorAll('tbody tr[data-theme-id]')] : [];
    const state = {
      grid: grid ? grid.getAttribute('data-provisional') || 'answer' : 'none',
      notice: document.querySelector('[data-testid="themes-partial"] strong')?.textContent ?? '',
      sources: [...new Set(rows.map((row) => row.getAttribute('data-theme-id').split(':')[0]))].sort().join(' '),
      pending: document.querySelectorAll('.theme-cell-pending').length,
      trends: [...new Set([...document.querySelectorAll('td.themes-trend')].map((td) => td.textContent.trim()))].join(' '),
    };
    const last = seen[seen.length - 1];
    if (!last || JSON.stringify(last) !== JSON.stringify(state)) seen.push(state);
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})()`;

test('themes worked out from nothing show the built-in themes of the statements read, marked partial, before the answer', async ({
  app,
}) => {
  const { page } = app;
  // A fresh library: no themes kept, none worked out yet.
  await page.evaluate(WATCH_PARTIAL);
  await openView(page, 'Themes');
  const heatmap = page.getByRole('grid', { name: /^Themes by statement/ });
  await expect(heatmap).toHaveAccessibleName('Themes by statement: occurrences per 1,000 words', {
    timeout: 30_000,
  });
  await expect(heatmap.locator('tr[data-theme-id^="discovered:"]').first()).toBeAttached();
  await expect(page.getByTestId('themes-partial')).toHaveCount(0);
  await expect(page.locator('.theme-cell-pending')).toHaveCount(0);

  type Seen = { grid: string; notice: string; sources: string; pending: number; trends: string };
  const states = (await page.evaluate('window.plenaryPartialStates')) as Seen[];
  const partials = states.filter((s) => s.grid === 'partial');
  // The partial grid came first, and was on screen before the answer replaced it (the window waits for its paint).
  expect(partials.length).toBeGreaterThan(0);
  expect(states.findIndex((s) => s.grid === 'partial')).toBeLessThan(
    states.findIndex((s) => s.grid === 'answer'),
  );
  // Never the answer's look: always with its notice, only built-in (and user) rows, nothing discovered.
  for (const partial of partials) {
    expect(partial.notice).toMatch(
      /^Working out the themes — built-in themes for \d+ of \d+ statements; recurring phrases come when all are read\.$/,
    );
    expect(partial.sources).toBe('lexicon');
    // No trend over the statements read so far.
    expect(partial.trends).toBe('…');
  }
  // Nothing partial after the answer.
  const answerAt = states.findIndex((s) => s.grid === 'answer');
  expect(states.slice(answerAt).filter((s) => s.grid !== 'answer')).toEqual([]);
});

test('columns that share a year and city name the kind of statement', async ({ app }, testInfo) => {
  const { page } = app;
  // Two statements of our own (no real statement says this), same year and city, different kinds.
  const statement = (kind: string) =>
    [
      `Sample — Plenary Twinsville: ${kind} statement, 5 May 2035 (e2e fixture)`,
      'The permanent secretariat and responsible sourcing come up again in this fixture.',
      'Peer review visits and responsible sourcing close the fixture text.',
    ].join('\n\n');
  await dropFiles(page, [
    { name: 'twinsville-opening-2035.txt', bytes: new TextEncoder().encode(statement('Opening')) },
    { name: 'twinsville-closing-2035.txt', bytes: new TextEncoder().encode(statement('Closing')) },
  ]);
  // The import ends by opening what it added in the compare view: switch views only once it has.
  await expect(page.getByRole('heading', { name: /^Compared with Sample — Plenary Twinsville/ })).toBeVisible(
    {
      timeout: 30_000,
    },
  );
  await openView(page, 'Themes');
  const heads = page.locator('.themes-head-statement').filter({ hasText: '2035' });
  await expect(heads).toHaveCount(2, { timeout: 30_000 });
  await expect(heads.locator('.themes-head-kind')).toHaveCount(2);
  expect((await heads.locator('.themes-head-kind').allTextContents()).sort()).toEqual([
    'plenary closing',
    'plenary opening',
  ]);
  // A column whose year and city no other shares shows neither.
  await expect(
    page.locator('.themes-head-statement').filter({ hasText: '2021' }).locator('.themes-head-kind'),
  ).toHaveCount(0);
  await page.mouse.move(0, 0);
  await testInfo.attach('themes columns', { body: await page.screenshot(), contentType: 'image/png' });
  await page.screenshot({ path: testInfo.outputPath('themes-columns.png') });
});
