/** A 100,000-word statement opens, scrolls and steps between changes; the times are recorded, not asserted. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomParagraphs } from '../testing/generators/generate-text';
import { createRandom } from '../testing/generators/prng';
import { changeCounter, rows } from './helpers/compare-page';
import { dropFiles } from './helpers/drop';
import { referenceParagraphs } from './helpers/statement-files';
import { expect, test } from './fixtures';

const WORDS = 100_000;

/** A made-up statement of at least WORDS words (seeded, so every run reads the same text), with two 2019 paragraphs in it. */
function longStatement(reference: string[]): string {
  const paragraphs = randomParagraphs(createRandom(2040), WORDS);
  // Two paragraphs of the reference, far apart, so the comparison has links to find and to jump between.
  paragraphs.splice(10, 0, reference[3] ?? '');
  paragraphs.splice(paragraphs.length - 10, 0, reference[6] ?? '');
  return ['Closing Statement, Longville: 1 May 2040 (e2e fixture, 100,000 words)', ...paragraphs].join(
    '\n\n',
  );
}

test('a 100,000-word statement opens, scrolls and steps between changes', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const { page } = app;
  const text = longStatement(referenceParagraphs());
  const words = text.split(/\s+/).filter(Boolean).length;
  expect(words).toBeGreaterThanOrEqual(WORDS);

  const started = Date.now();
  await dropFiles(page, [{ name: 'longville-2040.txt', bytes: new TextEncoder().encode(text) }]);
  await expect(page.getByRole('region', { name: 'Imports' }).locator('[data-status="done"]')).toHaveCount(1, {
    timeout: 120_000,
  });
  const imported = Date.now();
  await expect(page).toHaveTitle(/Longville/, { timeout: 120_000 });
  const opened = Date.now();
  await expect(rows(page).first()).toBeVisible({ timeout: 120_000 });
  const firstRows = Date.now();
  await expect(changeCounter(page)).toHaveText(/^\d+ changes$/);
  const total = Number((await changeCounter(page).textContent())?.split(' ')[0]);
  expect(total).toBeGreaterThan(1000);

  // Virtualised: a few dozen rows in the page, whatever the length.
  const rendered = await rows(page).count();
  expect(rendered).toBeLessThan(80);
  const setSize = Number(await rows(page).first().getAttribute('aria-setsize'));
  expect(setSize).toBeGreaterThan(1000);

  // From here on, the main thread's long tasks (over 50 ms) are recorded: a stall would show as one.
  await page.evaluate(() => {
    const seen: number[] = [];
    (globalThis as unknown as { longTasks: number[] }).longTasks = seen;
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => seen.push(entry.duration)),
    );
    // This runs in the page; the e2e code is typed with Node's PerformanceObserver, which has no 'longtask'.
    observer.observe({ type: 'longtask' as never });
  });

  // Next / previous change: p from the start goes to the last change, at the far end of the list.
  const focusedRow = page.locator('[role="listitem"]:focus');
  const stepStarted = Date.now();
  await page.keyboard.press('n');
  await expect(changeCounter(page)).toHaveText(`change 1 of ${total}`);
  await expect(focusedRow).toBeInViewport();
  const firstStep = Date.now() - stepStarted;
  const jumpStarted = Date.now();
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await expect(changeCounter(page)).toHaveText(`change 1 of ${total}`);
  await page.getByRole('button', { name: /Next change/ }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('F7');
  await expect(changeCounter(page)).toHaveText(`change 6 of ${total}`);
  const fiveSteps = Date.now() - jumpStarted;

  // Scroll to the very end: the last rows render there.
  const scrollStarted = Date.now();
  // Rows are measured as they render, so the list's height settles over a few frames: scroll until the last row
  // is on screen.
  const scroller = page.getByTestId('compare-rows');
  await expect
    .poll(() =>
      scroller.evaluate((element, size) => {
        element.scrollTo({ top: element.scrollHeight });
        const items = element.querySelectorAll('[role="listitem"]');
        const last = items[items.length - 1];
        if (!last || last.getAttribute('aria-posinset') !== String(size)) return false;
        const box = last.getBoundingClientRect();
        const view = element.getBoundingClientRect();
        return box.top < view.bottom && box.bottom <= view.bottom + 1;
      }, setSize),
    )
    .toBe(true);
  await expect(rows(page).last()).toBeInViewport();
  const scrollToEnd = Date.now() - scrollStarted;
  const longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);

  // Search across the library, the long statement included: the first keystrokes fold and index it in the search
  // worker, the next ones only scan.
  await page.keyboard.press('Alt+4');
  const box = page.getByRole('searchbox', { name: 'Search all statements' });
  const summary = page.getByTestId('search-summary');
  const searchStarted = Date.now();
  await box.fill('the coalition');
  await expect(summary).toHaveText(/^[\d,]+ hits? in [\d,]+ paragraphs? of \d+ statements?\.$/);
  const firstSearch = Date.now() - searchStarted;
  const againStarted = Date.now();
  await box.fill('civil society');
  await expect(summary).toHaveText(/^[\d,]+ hits? in [\d,]+ paragraphs? of \d+ statements?\.$/);
  const secondSearch = Date.now() - againStarted;

  const timing = {
    words,
    paragraphs: setSize,
    changes: total,
    renderedRows: rendered,
    dropToImportedMs: imported - started,
    dropToTitleMs: opened - started,
    dropToFirstRowsMs: firstRows - started,
    firstChangeMs: firstStep,
    fiveStepsMs: fiveSteps,
    scrollToEndMs: scrollToEnd,
    longestTaskWhileSteppingAndScrollingMs: Math.round(Math.max(0, ...longTasks)),
    longTasksWhileSteppingAndScrolling: longTasks.length,
    firstSearchMs: firstSearch,
    nextSearchMs: secondSearch,
    machine: `${process.platform} ${process.arch}, ${testInfo.project.name} project`,
    measuredAt: new Date().toISOString(),
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/long-document-timing.json', `${JSON.stringify(timing, null, 2)}\n`);
  await testInfo.attach('long-document timing', {
    body: JSON.stringify(timing, null, 2),
    contentType: 'application/json',
  });
});
