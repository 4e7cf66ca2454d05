/**
 * Libraries of thousands of generated statements, opened in Chromium through browser mode. The 3,000-statement run
 * records its times and heap in test-results/large-library.json step by step, not asserted (tagged @large: it runs
 * once, in the web project, on CI or with PLENARY_LARGE_E2E=1 — on a busy shared machine it takes many minutes).
 * The overview from nothing is timed twice: its first columns (the grid shown while the rest are compared) and the
 * whole grid. After the first pass the server is restarted on the same folder and the page opened again on the
 * overview, whose columns the library folder keeps (restartOverviewInPageMs: when the first cell entered the page's
 * DOM, from the page's navigation start, without the test's polling; then the median and worst of five restarts).
 * The themes from nothing are timed at their first partial heat map (the built-in themes of the statements read so
 * far, where the code shows one) and at the answer. The list filter is checked on 400 statements, more than the list
 * keeps in the DOM. Last, one statement is imported on the themes view: when the last themes show marked out of date,
 * and when the themes of the 3,001 show.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { writeGeneratedLibrary } from '../testing/backend/generated-library';
import { dropFiles } from './helpers/drop';
import { LIST_TAB_STOPS } from './helpers/library-keys';
import { expect, test } from './fixtures';
import { startWebServer, type WebServer } from './helpers/web-server';

// No trace in this file (Playwright allows the option only at the top): a trace snapshots the page's DOM at each
// check, and with an overview grid shown while the rest is compared those snapshots took most of the page's main
// thread and tripled the overview's time (measured: complete 51 s with the trace, 14 s without, load 5–10). The
// figures recorded here are of the app, not of the trace.
test.use({ trace: 'off' });

const WORDS = 1500;

/** A fictional statement of our own (no real statement says this), imported into the 3,000 as the one added. */
const ADDED_STATEMENT = [
  'Sample — Plenary Addington: closing statement, 4 July 2031 (e2e fixture)',
  ...Array.from(
    { length: 12 },
    (_, i) =>
      `Paragraph ${i + 1} of this fixture returns to responsible sourcing, the permanent secretariat and peer ` +
      'review visits, asks again for traceability of rough diamonds from artisanal mining sites, and notes that ' +
      'the monitoring of affected communities has not yet reached the eastern provinces this year.',
  ),
].join('\n\n');
/** The themes answer's file in the library folder (electron/backend/themes-answer-file.ts). */
const THEMES_ANSWER_FILE = 'themes-answer.bin';

/** A library of `count` generated statements in a temp folder, served by the built browser-mode server. */
async function servedLibrary(count: number): Promise<{ dir: string; server: WebServer; startMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-large-'));
  await writeGeneratedLibrary(dir, count, WORDS);
  const started = Date.now();
  const server = await startWebServer(dir);
  return { dir, server, startMs: Date.now() - started };
}

/** Runs `body` on a page of browser mode opened on a library of `count` generated statements, cleared up after. */
async function onLibraryPage(
  browser: Browser,
  count: number,
  body: (page: Page) => Promise<void>,
): Promise<void> {
  const { dir, server } = await servedLibrary(count);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await body(page);
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run in the page: true when the library list's window shows a row of statements at its top and its bottom edge (a
 * virtualised list that renders too few rows around what is shown leaves blank space there as it scrolls).
 */
const LIST_EDGES_SHOWN = `(() => {
  const nav = document.querySelector('nav.library-list');
  const box = nav.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const shown = (y) => Boolean(document.elementFromPoint(x, y)?.closest('.library-row'));
  return shown(box.top + 2) && shown(box.bottom - 2);
})()`;

function view(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
}

/** Run in the page (this project's e2e code has no DOM types): notes when the first overview cell is in the DOM. */
const FIRST_CELL_WATCH = `
  const seen = new MutationObserver(() => {
    if (!document.querySelector('[data-cell="0:0"]')) return;
    document.documentElement.dataset.firstCellMs = String(Math.round(performance.now()));
    seen.disconnect();
  });
  seen.observe(document, { childList: true, subtree: true });
`;

/**
 * Run in the page just before the overview is asked for: notes when its first cell is in the DOM and when it is
 * whole (data-overview="complete"), in ms from then, without the test's polling (intervals of up to a second).
 */
const OVERVIEW_WATCH = `(() => {
  const from = performance.now();
  const marks = document.documentElement.dataset;
  const seen = new MutationObserver(() => {
    const at = String(Math.round(performance.now() - from));
    if (!marks.overviewFirstMs && document.querySelector('[data-cell="0:0"]')) marks.overviewFirstMs = at;
    if (!document.querySelector('.overview[data-overview="complete"]')) return;
    marks.overviewCompleteMs = at;
    seen.disconnect();
  });
  seen.observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/**
 * Times a search in the page itself: from the search box's input event to the summary first saying hits, and to it
 * saying the search is done (ms, in data attributes of <html>). The test's own checks poll at 100, 250, 500 ms …
 * intervals, too coarse for a figure measured against 300 ms.
 */
const watchSearch = (first: RegExp, done: RegExp) =>
  `(() => {
  const marks = document.documentElement.dataset;
  delete marks.searchHitsMs; delete marks.searchDoneMs; delete marks.searchTypedAt;
  const box = document.querySelector('[aria-label="Search all statements"]');
  const summary = document.querySelector('[data-testid="search-summary"]');
  const first = new RegExp(${JSON.stringify(first.source)});
  const done = new RegExp(${JSON.stringify(done.source)});
  box.addEventListener('input', () => { marks.searchTypedAt = String(performance.now()); }, { once: true });
  const seen = new MutationObserver(() => {
    if (!marks.searchTypedAt) return;
    const text = summary.textContent.trim();
    const at = String(Math.round(performance.now() - Number(marks.searchTypedAt)));
    if (!marks.searchHitsMs && first.test(text)) marks.searchHitsMs = at;
    if (done.test(text)) { marks.searchDoneMs = at; seen.disconnect(); }
  });
  seen.observe(summary, { childList: true, subtree: true, characterData: true });
})()`;

const SEARCH_DONE = /^[\d,]+ hits? in [\d,]+ paragraphs? of [\d,]+ statements?\.$/;
const FIRST_HITS = /^[\d,]+ hits? in [\d,]+ paragraphs? of [\d,]+ statements?( so far; still searching|\.$)/;

test('the library list filters hundreds of statements as you type, past those the list keeps in the DOM', async ({
  appMode,
  webBrowser,
}) => {
  test.skip(
    appMode !== 'web' || !webBrowser,
    'browser mode only: the library is prepared on disk for --data',
  );
  test.setTimeout(120_000);
  await onLibraryPage(webBrowser!, 400, async (page) => {
    const list = page.getByRole('navigation', { name: 'Statements' });
    await expect(list.getByRole('button', { name: /^Generated statement/ }).first()).toBeVisible();
    // Virtualised: about a screenful or two of the 400 entries in the DOM.
    expect(await list.getByRole('button', { name: /^Generated statement/ }).count()).toBeLessThan(50);
    await expect(list.getByRole('button', { name: /^Generated statement 377,/ })).toHaveCount(0);
    // Scrolled a window's height at a time, down and back up: statements fill the list's window at every stop.
    const windowHeight = await list.evaluate((nav) => nav.clientHeight);
    for (const stop of [1, 2, 3, 7, 12, 5, 0]) {
      await list.evaluate((nav, top) => nav.scrollTo({ top }), stop * windowHeight);
      await expect.poll(() => page.evaluate(LIST_EDGES_SHOWN)).toBe(true);
    }

    const filter = page.getByLabel('Filter statements by title, city or year');
    await filter.pressSequentially('statement 377', { delay: 20 });
    const only = list.getByRole('button', { name: /^Generated statement/ });
    await expect(only).toHaveCount(1);
    await expect(only).toHaveAccessibleName(/^Generated statement 377, Testville/);
    await only.click();
    await expect(page.getByRole('heading', { name: /Generated statement 377,/ }).first()).toBeVisible();

    await filter.fill('no such statement');
    await expect(list).toContainText('No statement matches “no such statement”.');
    await filter.fill('');
    await expect(list.getByRole('button', { name: /^Generated statement/ }).first()).toBeVisible();

    // The keyboard through the virtualised list: one Tab stop, End to the last of 400 (not in the DOM before).
    await page.keyboard.press('Alt+l');
    await expect(filter).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const focused = list.locator('.statement-open:focus');
    await expect(focused).toHaveCount(1);
    const tabStops = () => page.evaluate(LIST_TAB_STOPS).then(Number);
    expect(await tabStops()).toBe(1);
    // Down from the filter lands on the open statement (377); Home goes to the top of the list.
    await expect(focused).toHaveAccessibleName(/^Generated statement 377,/);
    await page.keyboard.press('Home');
    await expect(focused).not.toHaveAccessibleName(/^Generated statement 377,/);
    const first = (await focused.getAttribute('aria-label')) ?? '';
    await page.keyboard.press('End');
    await expect(focused).not.toHaveAccessibleName(first);
    await expect(focused).toBeInViewport();
    await expect
      .poll(() => list.evaluate((nav) => nav.scrollHeight - nav.scrollTop - nav.clientHeight))
      .toBeLessThan(80);
    expect(await tabStops()).toBe(1);
    await page.keyboard.press('Home');
    await expect(focused).toHaveAccessibleName(first);
    await expect(focused).toBeInViewport();
    await expect.poll(() => list.evaluate((nav) => nav.scrollTop)).toBeLessThan(80);

    // The overview's reference chooser in a library of hundreds puts its options in only when it is reached for
    // (or once the overview is settled): focused, it holds every statement, and any can be chosen.
    await view(page, 'Overview').click();
    const chooser = page.getByLabel('Reference', { exact: true });
    await chooser.focus();
    expect(await chooser.locator('option').count()).toBeGreaterThan(400);
    const other = await chooser
      .locator('option', { hasText: /^Generated statement 212,/ })
      .getAttribute('value');
    expect(other).toBeTruthy();
    await chooser.selectOption(other as string);
    await expect(chooser).toHaveValue(other as string);
    await expect(page.locator('.overview-select')).toHaveCount(1);
  });
});

/** Run in the page: notes how many statements' groups of hits are in the DOM when the summary first gives the answer. */
const GROUPS_AT_ANSWER = (done: RegExp) => `(() => {
  const marks = document.documentElement.dataset;
  delete marks.groupsAtAnswer;
  const summary = document.querySelector('[data-testid="search-summary"]');
  const done = new RegExp(${JSON.stringify(done.source)});
  const seen = new MutationObserver(() => {
    if (!done.test(summary.textContent.trim())) return;
    marks.groupsAtAnswer = String(document.querySelectorAll('.search-group').length);
    seen.disconnect();
  });
  seen.observe(summary, { childList: true, subtree: true, characterData: true });
})()`;

test('a search over a hundred statements shows its counts with the first screenful of hits, the rest of the page just after', async ({
  appMode,
  webBrowser,
}) => {
  test.skip(
    appMode !== 'web' || !webBrowser,
    'browser mode only: the library is prepared on disk for --data',
  );
  test.setTimeout(120_000);
  await onLibraryPage(webBrowser!, 100, async (page) => {
    await view(page, 'Search').click();
    const box = page.getByRole('searchbox', { name: 'Search all statements' });
    const summary = page.getByTestId('search-summary');
    // A first search once the index is whole, so the one observed is answered at once, not in parts.
    await box.fill('rough diamonds');
    await expect(summary).toHaveText(SEARCH_DONE, { timeout: 60_000 });
    await box.fill('');
    await page.evaluate(GROUPS_AT_ANSWER(SEARCH_DONE));
    await box.fill('civil society');
    await expect(summary).toHaveText(SEARCH_DONE);
    const groups = Number(/of ([\d,]+) statements/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(groups).toBeGreaterThan(30);
    // Eight groups (more than the window shows) come with the counts; the page's 30 once those are painted.
    expect(await page.evaluate('document.documentElement.dataset.groupsAtAnswer')).toBe('8');
    await expect(page.locator('.search-group')).toHaveCount(30);
    await expect(
      page.getByRole('button', { name: `Show more statements (${groups - 30} more)` }),
    ).toBeVisible();
  });
});

test('@large 3,000 statements of ~1,500 words: list, overview, themes, search and heap, recorded', async ({
  appMode,
  webBrowser,
}, testInfo) => {
  test.skip(
    appMode !== 'web' || !webBrowser,
    'browser mode only: the library is prepared on disk for --data',
  );
  test.skip(
    !process.env.CI && !process.env.PLENARY_LARGE_E2E,
    'runs on CI, or here with PLENARY_LARGE_E2E=1',
  );
  test.setTimeout(1_500_000);
  const statements = 3000;
  const served = await servedLibrary(statements);
  const { dir, startMs } = served;
  let server = served.server;
  const context = await webBrowser!.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    let page = await context.newPage();
    let cdp = await context.newCDPSession(page);
    const since = (start: number) => Date.now() - start;
    // Written after every step, so a run cut short still leaves what it measured.
    const figures: Record<string, number | string> = {
      statements,
      wordsEach: WORDS,
      serverStartMs: startMs,
      machine: `${process.platform} ${process.arch}, ${testInfo.project.name} project`,
      measuredAt: new Date().toISOString(),
    };
    const record = async (step: Record<string, number>) => {
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const heapMb = Math.round(heap.usedSize / 1e6);
      const peak = Math.max(heapMb, Number(figures.rendererHeapPeakMb ?? 0));
      Object.assign(figures, step, { rendererHeapUsedMb: heapMb, rendererHeapPeakMb: peak });
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/large-library.json', `${JSON.stringify(figures, null, 2)}\n`);
    };

    let start = Date.now();
    await page.goto(server.url);
    const list = page.getByRole('navigation', { name: 'Statements' });
    await expect(list.getByRole('button', { name: /^Generated statement/ }).first()).toBeVisible({
      timeout: 60_000,
    });
    const listMs = since(start);
    const listEntriesInDom = await list.getByRole('button', { name: /^Generated statement/ }).count();
    await record({ listMs, listEntriesInDom });

    start = Date.now();
    const filter = page.getByLabel('Filter statements by title, city or year');
    await filter.fill('statement 2999');
    await expect(list.getByRole('button', { name: /^Generated statement/ })).toHaveCount(1);
    const filterMs = since(start);
    await filter.fill('');
    await record({ filterMs });

    await page.evaluate(OVERVIEW_WATCH);
    start = Date.now();
    await view(page, 'Overview').click();
    await expect(page.getByRole('status').first()).toBeVisible();
    const overviewProgressMs = since(start);
    await record({ overviewProgressMs });
    // The grid is shown with its first columns while the rest are compared; then it is whole.
    await expect(page.locator('[data-cell="0:0"]')).toBeVisible({ timeout: 900_000 });
    const overviewFirstColumnsMs = since(start);
    await record({ overviewFirstColumnsMs });
    await page.screenshot({ path: 'test-results/large-library-overview-first-columns.png' });
    await expect(page.locator('.overview[data-overview="complete"]')).toBeVisible({ timeout: 900_000 });
    const overviewMs = since(start);
    const overviewDomNodes = Number(await page.evaluate('document.querySelectorAll("*").length'));
    await record({
      overviewMs,
      overviewDomNodes,
      overviewFirstColumnsInPageMs: Number(
        await page.evaluate('document.documentElement.dataset.overviewFirstMs'),
      ),
      overviewInPageMs: Number(await page.evaluate('document.documentElement.dataset.overviewCompleteMs')),
    });

    // In the page, from the click: when the first cell of a partial heat map (the built-in themes of the statements
    // read so far, where the code shows one) enters the DOM, and when the first cell of the answer does.
    await page.evaluate(`(() => {
      const marks = document.documentElement.dataset;
      const seen = new MutationObserver(() => {
        if (!marks.themesClickAt) return;
        const at = String(Math.round(performance.now() - Number(marks.themesClickAt)));
        if (!marks.themesPartialMs && document.querySelector('[data-provisional="partial"] .theme-cell'))
          marks.themesPartialMs = at;
        if (!document.querySelector('.themes-heatmap:not([data-provisional]) .theme-cell')) return;
        marks.themesAnswerMs = at;
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true, attributes: true });
    })()`);
    start = Date.now();
    await page.evaluate('document.documentElement.dataset.themesClickAt = String(performance.now())');
    await view(page, 'Themes').click();
    // Progress first (texts fetched, statements scanned, then read: "Reading the statements — 1200 of 3000"),
    // then the heat map: partial while they are read (where the code shows one), then the answer.
    await expect(page.locator('.job-progress').first()).toBeVisible({ timeout: 60_000 });
    const themesProgressMs = since(start);
    // Watched together: a first partial may show before the statements are read (a first look at the first ones).
    const partialCell = page.locator('[data-provisional="partial"] .theme-cell').first();
    const answerCell = page.locator('.themes-heatmap:not([data-provisional]) .theme-cell').first();
    const markOf = (name: string) => page.evaluate(`Number(document.documentElement.dataset.${name} ?? -1)`);
    const [themesReadingMs, firstCellMs] = await Promise.all([
      expect(page.locator('.job-progress', { hasText: 'Reading the statements' }))
        .toBeVisible({ timeout: 900_000 })
        .then(() => since(start)),
      expect(partialCell.or(answerCell))
        .toBeVisible({ timeout: 900_000 })
        .then(() => since(start)),
    ]);
    await record({ themesProgressMs, themesReadingMs });
    if (Number(await markOf('themesPartialMs')) >= 0) await record({ themesPartialMs: firstCellMs });
    if (await partialCell.isVisible())
      await page.screenshot({ path: 'test-results/large-library-themes-partial.png' });
    await expect(answerCell).toBeVisible({ timeout: 900_000 });
    const themesMs = since(start);
    const themesShownAt = Date.now();
    const themesDomNodes = Number(await page.evaluate('document.querySelectorAll("*").length'));
    await record({
      themesMs,
      themesDomNodes,
      themesPartialInPageMs: Number(await markOf('themesPartialMs')),
      themesAnswerInPageMs: Number(await markOf('themesAnswerMs')),
    });

    start = Date.now();
    await view(page, 'Overview').click();
    await expect(page.locator('[data-cell="0:0"]')).toBeVisible({ timeout: 60_000 });
    const overviewAgainMs = since(start);
    await record({ overviewAgainMs });

    await view(page, 'Search').click();
    const box = page.getByRole('searchbox', { name: 'Search all statements' });
    const summary = page.getByTestId('search-summary');
    await page.evaluate(watchSearch(FIRST_HITS, SEARCH_DONE));
    start = Date.now();
    await box.fill('civil society');
    // The first hits on screen: all of them, or those of the statements indexed so far ("… so far; still searching").
    await expect(summary).toHaveText(FIRST_HITS, { timeout: 60_000 });
    const firstSearchResultsMs = since(start);
    await expect(summary).toHaveText(SEARCH_DONE, { timeout: 60_000 });
    const firstSearchMs = since(start);
    const searchMark = (name: string) =>
      page.evaluate(`Number(document.documentElement.dataset.${name})`).then(Number);
    await record({
      firstSearchResultsMs,
      firstSearchMs,
      firstSearchResultsInPageMs: await searchMark('searchHitsMs'),
      firstSearchInPageMs: await searchMark('searchDoneMs'),
    });
    await page.evaluate(watchSearch(FIRST_HITS, SEARCH_DONE));
    start = Date.now();
    await box.fill('rough diamonds');
    await expect(summary).toHaveText(SEARCH_DONE, { timeout: 60_000 });
    const searchMs = since(start);
    // The first page of groups (thousands of statements have hits): the first screenful comes with the answer, the
    // rest once it is painted.
    await expect(page.locator('.search-group')).toHaveCount(30);
    const searchGroupsInDom = await page.locator('.search-group').count();

    await record({ searchMs, searchInPageMs: await searchMark('searchDoneMs'), searchGroupsInDom });

    // A restart: a new server on the same folder, a new page. The reader left on the overview, so the library
    // opens there again; its columns are kept in the library folder and no text is fetched for it.
    await view(page, 'Overview').click();
    await expect(page.locator('[data-cell="0:0"]')).toBeVisible({ timeout: 60_000 });
    await expect
      .poll(() => readFileSync(join(dir, 'index.json'), 'utf8'), { timeout: 30_000 })
      .toContain('view=overview');
    // The themes answer is saved in the background after the heat map is shown; the restart below is to meet it kept
    // (with a fast search, the restart came before the save had ended, and the themes were worked out again).
    await expect
      .poll(() => existsSync(join(dir, THEMES_ANSWER_FILE)), { timeout: 300_000, intervals: [250] })
      .toBe(true);
    await record({ themesAnswerSavedMs: since(themesShownAt) });
    // Each restart: the page closed, a new server on the folder, a new page that notes when the first grid cell
    // enters its DOM (ms since navigation start): the test's own checks poll at intervals of up to half a second,
    // too coarse for the figure below.
    const reopen = async (): Promise<void> => {
      await page.close();
      await server.stop();
      server = await startWebServer(dir);
      page = await context.newPage();
      cdp = await context.newCDPSession(page);
      await page.addInitScript({ content: FIRST_CELL_WATCH });
    };
    const firstCellInPage = async (): Promise<number> =>
      Number(await page.evaluate('document.documentElement.dataset.firstCellMs'));
    await reopen();
    start = Date.now();
    await page.goto(server.url);
    const restartedList = page.getByRole('navigation', { name: 'Statements' });
    await expect(restartedList.getByRole('button', { name: /^Generated statement/ }).first()).toBeVisible({
      timeout: 60_000,
    });
    const restartListMs = since(start);
    await record({ restartListMs });
    await expect(page.locator('[data-cell="0:0"]')).toBeVisible({ timeout: 900_000 });
    const restartOverviewMs = since(start);
    const firstCell = await firstCellInPage();
    await record({ restartOverviewMs, restartOverviewInPageMs: firstCell });
    // Four restarts more, for the median and the worst of five (one run on a shared machine says little).
    const inPage = [firstCell];
    for (let again = 0; again < 4; again++) {
      await reopen();
      await page.goto(server.url);
      await expect(page.locator('[data-cell="0:0"]')).toBeVisible({ timeout: 900_000 });
      inPage.push(await firstCellInPage());
    }
    inPage.sort((a, b) => a - b);
    await record({
      restartOverviewInPageMedianMs: inPage[2] as number,
      restartOverviewInPageMaxMs: inPage[4] as number,
    });
    // The themes worked out before the restart are kept whole in the library folder: the heat map may come before
    // any progress is drawn (the figure is then of whichever came first).
    start = Date.now();
    await view(page, 'Themes').click();
    await expect(page.locator('.job-progress, .theme-cell').first()).toBeVisible({ timeout: 60_000 });
    const restartThemesProgressMs = since(start);
    await record({ restartThemesProgressMs });
    await expect(page.locator('.theme-cell').first()).toBeVisible({ timeout: 900_000 });
    const restartThemesMs = since(start);
    await record({ restartThemesMs });

    // One statement more, imported on the themes view: the last themes shown at once marked out of date (where the
    // code does so), then the themes of the 3,001 (times in the page from the drop, without the test's polling).
    // The grid's columns: the statements (the generated ones and the bundled ones) and two more, theme and trend.
    const grid = page.getByRole('grid', { name: /^Themes by statement/ });
    const addedColumns = Number(await grid.getAttribute('aria-colcount')) + 1;
    await page.evaluate(`(() => {
      const from = performance.now();
      const marks = document.documentElement.dataset;
      const seen = new MutationObserver(() => {
        const at = String(Math.round(performance.now() - from));
        const stale = document.querySelector('[data-testid="themes-stale"]');
        if (!marks.addedStaleMs && stale && document.querySelector('.theme-cell')) marks.addedStaleMs = at;
        if (stale || !document.querySelector('[aria-colcount="${addedColumns}"]:not([data-provisional]) .theme-cell')) return;
        marks.addedThemesMs = at;
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    })()`);
    start = Date.now();
    await dropFiles(page, [{ name: 'added-one.txt', bytes: new TextEncoder().encode(ADDED_STATEMENT) }]);
    await expect(
      page.locator(`[aria-colcount="${addedColumns}"]:not([data-provisional]) .theme-cell`).first(),
    ).toBeVisible({
      timeout: 900_000,
    });
    await expect(page.getByTestId('themes-stale')).toHaveCount(0, { timeout: 900_000 });
    const addedThemesMs = since(start);
    const mark = (name: string) => page.evaluate(`Number(document.documentElement.dataset.${name} ?? -1)`);
    await record({
      addedThemesMs,
      addedThemesInPageMs: Number(await mark('addedThemesMs')),
      addedStaleInPageMs: Number(await mark('addedStaleMs')),
    });
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
