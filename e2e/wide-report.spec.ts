/** The overview HTML report of 30 statements, on screen and printed to PDF by Chromium: it fits, it pages, it is landscape. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './helpers/browsers';
import { readmeScreenshot, SCREENSHOT_OUTPUT } from './helpers/readme-screenshot';

test('the wide overview report fits the screen and prints landscape, 10 statement columns a page', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'a report file, not the app: once is enough');
  // Written by the shared report writer in a tsx child (the themes lexicon it loads is JSON, which the e2e loader refuses).
  const file = testInfo.outputPath('overview.html');
  mkdirSync(testInfo.outputDir, { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', 'testing/generators/write-wide-overview.ts', file]);

  // On screen (1400 × 900): no table runs off the right edge; every statement column head is short.
  await page.goto(pathToFileURL(file).href);
  const tables = page.locator('table.matrix');
  await expect(tables).toHaveCount(3);
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
  expect(overflow).toBeLessThanOrEqual(0);
  for (const table of await tables.all()) {
    const [tableWidth, boxWidth] = await table.evaluate((t) => [
      t.scrollWidth,
      t.parentElement?.clientWidth ?? 0,
    ]);
    expect(tableWidth).toBeLessThanOrEqual(boxWidth);
  }
  const heads = page.locator('th.col');
  await expect(heads).toHaveCount(30);
  for (const head of await heads.all()) expect((await head.boundingBox())?.height ?? 999).toBeLessThan(110);
  await expect(heads.filter({ hasText: 'Moscow' })).toHaveCount(3);
  await expect(heads.filter({ hasText: 'intersessional opening' })).toHaveCount(1);
  await expect(page.locator('ol.column-legend li')).toHaveCount(30);
  await readmeScreenshot(page, testInfo, 'report-overview-screen');

  // Printed by Chromium itself, as a reader would: landscape A4, each table page on its own sheet.
  const pdf = testInfo.outputPath('overview.pdf');
  execFileSync(
    chromiumExecutable() ?? 'chromium',
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(file).href,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  expect(Number(width)).toBeGreaterThan(Number(height));
  expect(Number(width)).toBeCloseTo(841.89, 0);
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
  // The title and the legends, the first table page on the same sheet; each further table page on a sheet of its own,
  // its column heads repeated on any sheet it runs onto; then, on its own sheet, the full titles; then the summary.
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const texts = Array.from({ length: pages }, (_, i) => pageText(i + 1));
  const headings = ['Statements 1–10 of 30', 'Statements 11–20 of 30', 'Statements 21–30 of 30'];
  const sheets = headings.map((heading) => texts.findIndex((text) => text.includes(heading)));
  const legend = texts.findIndex((text) => /^\s*Statements\s*$/m.test(text));
  expect(sheets[0]).toBe(0);
  expect(texts[0]).toContain('Overview');
  expect(sheets[1]).toBeGreaterThan(sheets[0] as number);
  expect(sheets[2]).toBeGreaterThan(sheets[1] as number);
  expect(legend).toBeGreaterThan(sheets[2] as number);
  expect(texts.slice(legend).join('\n')).toContain('2021 Moscow, intersessional opening');
  for (const [k, sheet] of sheets.entries()) {
    const end = sheets[k + 1] ?? legend;
    for (let page = sheet; page < end; page++) {
      expect(texts[page], `sheet ${page + 1}`).toContain('Reference paragraph');
      // Every column of the table page on every sheet: its last head's number is there.
      expect(texts[page], `sheet ${page + 1}`).toMatch(new RegExp(`\\b${(k + 1) * 10}\\b`));
    }
    expect(texts.slice(sheet, end).join('\n')).toContain('¶7');
  }

  const png = testInfo.outputPath('overview-print');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    String(sheets[1]! + 1),
    '-l',
    String(sheets[1]! + 1),
    '-singlefile',
    pdf,
    png,
  ]);
  mkdirSync(SCREENSHOT_OUTPUT, { recursive: true });
  copyFileSync(`${png}.png`, join(SCREENSHOT_OUTPUT, 'report-overview-print.png'));
});
