/**
 * Libraries of thousands of generated statements, opened in Chromium through browser mode. The 3,000-statement run
 * records its times and heap in test-results/large-library.json, not asserted (tagged @large: it runs once, in the
 * web project). The list filter is checked on 400 statements, more than the list keeps in the DOM.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeGeneratedLibrary } from '../testing/backend/generated-library';
import { expect, test } from './fixtures';
import { startWebServer, type WebServer } from './helpers/web-server';

const WORDS = 1500;

/** A library of `count` generated statements in a temp folder, served by the built browser-mode server. */
async function servedLibrary(count: number): Promise<{ dir: string; server: WebServer; startMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-e2e-large-'));
  await writeGeneratedLibrary(dir, count, WORDS);
  const started = Date.now();
  const server = await startWebServer(dir);
  return { dir, server, startMs: Date.now() - started };
}

function view(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
}

const SEARCH_DONE = /^[\d,]+ hits? in [\d,]+ paragraphs? of [\d,]+ statements?\.$/;

test('the library list filters hundreds of statements as you type, past those the list keeps in the DOM', async ({
  appMode,
  webBrowser,
}) => {
  test.skip(
    appMode !== 'web' || !webBrowser,
    'browser mode only: the library is prepared on disk for --data',
  );
  test.setTimeout(120_000);
  const { dir, server } = await servedLibrary(400);
  const context = await webBrowser!.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    const list = page.getByRole('navigation', { name: 'Statements' });
    await expect(list.getByRole('button', { name: /^Generated statement/ }).first()).toBeVisible();
    // Virtualised: far fewer entries in the DOM than in the library.
    expect(await list.getByRole('button', { name: /^Generated statement/ }).count()).toBeLessThan(200);
    await expect(list.getByRole('button', { name: /^Generated statement 377,/ })).toHaveCount(0);

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
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('@large 3,000 statements of ~1,500 words: list, overview, themes, search and heap, recorded', async ({
  appMode,
  webBrowser,
}, testInfo) => {
  test.skip(
    appMode !== 'web' || !webBrowser,
    'browser mode only: the library is prepared on disk for --data',
  );
  test.setTimeout(900_000);
  const statements = 3000;
  const { dir, server, startMs } = await servedLibrary(statements);
  const context = await webBrowser!.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const since = (start: number) => Date.now() - start;

    let start = Date.now();
    await page.goto(server.url);
    const list = page.getByRole('navigation', { name: 'Statements' });
    await expect(list.getByRole('button', { name: /^Generated statement/ }).first()).toBeVisible({
      timeout: 60_000,
    });
    const listMs = since(start);
    const listEntriesInDom = await list.getByRole('button', { name: /^Generated statement/ }).count();

    start = Date.now();
    const filter = page.getByLabel('Filter statements by title, city or year');
    await filter.fill('statement 2999');
    await expect(list.getByRole('button', { name: /^Generated statement/ })).toHaveCount(1);
    const filterMs = since(start);
    await filter.fill('');

    start = Date.now();
    await view(page, 'Overview').click();
    await expect(page.getByRole('status').first()).toBeVisible();
    const overviewProgressMs = since(start);
    await expect(page.locator('[data-cell="0:0"]')).toBeVisible({ timeout: 180_000 });
    const overviewMs = since(start);
    const overviewDomNodes = Number(await page.evaluate('document.querySelectorAll("*").length'));

    start = Date.now();
    await view(page, 'Themes').click();
    await expect(page.locator('.theme-cell').first()).toBeVisible({ timeout: 360_000 });
    const themesMs = since(start);
    const themesDomNodes = Number(await page.evaluate('document.querySelectorAll("*").length'));

    start = Date.now();
    await view(page, 'Overview').click();
    await expect(page.locator('[data-cell="0:0"]')).toBeVisible({ timeout: 60_000 });
    const overviewAgainMs = since(start);

    await view(page, 'Search').click();
    const box = page.getByRole('searchbox', { name: 'Search all statements' });
    const summary = page.getByTestId('search-summary');
    start = Date.now();
    await box.fill('civil society');
    await expect(summary).toHaveText(SEARCH_DONE, { timeout: 60_000 });
    const firstSearchMs = since(start);
    start = Date.now();
    await box.fill('rough diamonds');
    await expect(summary).toHaveText(SEARCH_DONE, { timeout: 60_000 });
    const searchMs = since(start);
    const searchGroupsInDom = await page.locator('.search-group').count();

    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    const figures = {
      statements,
      wordsEach: WORDS,
      serverStartMs: startMs,
      listMs,
      listEntriesInDom,
      filterMs,
      overviewProgressMs,
      overviewMs,
      overviewAgainMs,
      overviewDomNodes,
      themesMs,
      themesDomNodes,
      firstSearchMs,
      searchMs,
      searchGroupsInDom,
      rendererHeapUsedMb: Math.round(heap.usedSize / 1e6),
      rendererHeapTotalMb: Math.round(heap.totalSize / 1e6),
      machine: `${process.platform} ${process.arch}, ${testInfo.project.name} project`,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/large-library.json', `${JSON.stringify(figures, null, 2)}\n`);
    await testInfo.attach('large library figures', {
      body: JSON.stringify(figures, null, 2),
      contentType: 'application/json',
    });
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
