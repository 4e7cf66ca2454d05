/** Real layouts: a blog post saved as a page and the same page printed to PDF by Chromium read as one statement. */
import { readFileSync } from 'node:fs';
import { dropFiles } from './helpers/drop';
import { libraryEntry, rows, rowsWithOp } from './helpers/compare-page';
import { saveFromDialog } from './helpers/export';
import {
  ironwoodOpening,
  kestrelPressRelease,
  pressReleaseCopy,
  wordExportPdf,
} from '../testing/fixtures/press-and-print-layouts';
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

test('a press release copied from the web and a bilingual PDF exported from Word are filed by their own headings', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel(/^Show samples/).uncheck();
  await dropFiles(page, [
    {
      name: 'press-release.txt',
      bytes: new TextEncoder().encode(pressReleaseCopy(kestrelPressRelease)),
      type: 'text/plain',
    },
    { name: 'opening-statement.pdf', bytes: await wordExportPdf(ironwoodOpening), type: 'application/pdf' },
  ]);
  await expect(page.getByRole('region', { name: 'Imports' }).locator('[data-status="done"]')).toHaveCount(2);
  // The headline, not "PRESS RELEASE", the site's name or the cookie banner; filed as a press release of 2031.
  const press = libraryEntry(page, /^Plenary closes with promises/);
  await expect(press).toHaveAccessibleName(
    /^Plenary closes with promises but no plan for mining communities \(2031\), press$/,
  );
  await expect(press).toContainText('Windhoek');
  // The PDF: its first heading line, not the running header; opening, intersessional, 2032.
  const pdf = libraryEntry(page, /^Opening Statement \/ Déclaration d’ouverture/);
  await expect(pdf).toHaveAccessibleName(/\(2032\), opening, intersessional$/);
  await expect(page.getByRole('navigation', { name: 'Statements' })).not.toContainText(
    /Page \d of 3|Ironwood Civil Society Platform –/,
  );

  // The press release's furniture stays in the frame, never among the compared paragraphs.
  await press.click();
  const furniture = page.locator('details.frame', { hasText: 'Page furniture and web residue' });
  await furniture.locator('summary').click();
  for (const line of ['PRESS RELEASE', 'ENDS', 'Notes to editors', 'For more information, contact:'])
    await expect(furniture.locator('.frame-column').nth(1)).toContainText(line);
  await expect(page.getByTestId('compare-rows')).not.toContainText('Notes to editors');
});

test('an export of a sample comparison says "Sample — " for the sample, and only for it', async ({ app }) => {
  const { page } = app;
  await libraryEntry(page, /^Sample — Closing statement at the Gaborone Plenary/).click();
  await expect(page).toHaveTitle(/New Delhi.* ↔ Sample — Closing statement at the Gaborone Plenary/);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeVisible();

  const md = await saveFromDialog(app, dialog.getByRole('button', { name: 'Markdown' }));
  expect(md.content).toContain('Sample — Closing statement at the Gaborone Plenary');
  expect(md.content).toMatch(/\(2022, sample\)/);
  expect(md.content).not.toMatch(/Sample — Kimberley Process CSC Closing Speech/);
  const csv = await saveFromDialog(app, dialog.getByRole('button', { name: 'CSV (spreadsheet)' }));
  const dataRows = csv.content.trim().split('\n').slice(1);
  expect(dataRows.length).toBeGreaterThan(0);
  // Every row names the sample as one.
  for (const row of dataRows) expect(row).toContain('Sample — Closing statement at the Gaborone Plenary');
  const html = await saveFromDialog(app, dialog.getByRole('button', { name: 'HTML (printable)' }));
  expect(html.content).toContain('Sample — Closing statement at the Gaborone Plenary');
});

test('a statement whose kind and year cannot be read says so, and "Set kind and year" fills them in', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel(/^Show samples/).uncheck();
  const text = [
    'Sample — Notes without a date',
    'We met the working group again and asked that the reports of the review missions be published in full.',
    'The group agreed to consider the request when it next meets, and to tell the observers what it decides.',
  ].join('\n\n');
  await dropFiles(page, [{ name: 'notes.txt', bytes: new TextEncoder().encode(text), type: 'text/plain' }]);
  const entry = libraryEntry(page, /^Sample — Notes without a date/);
  await expect(entry).toBeVisible();
  await expect(entry.locator('.badge-unknown')).toHaveText(['kind unknown', 'year unknown']);
  await expect(page.getByRole('region', { name: 'Year unknown' })).toContainText(
    'Sample — Notes without a date',
  );

  const edit = page.getByRole('button', { name: 'Edit details of Sample — Notes without a date' });
  await expect(edit).toHaveText('Set kind and year');
  await edit.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Year').fill('2034');
  await dialog.getByLabel('Kind').selectOption('closing');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  const filed = page.getByRole('region', { name: '2034' }).locator('.statement-open');
  await expect(filed).toHaveAccessibleName(/^Sample — Notes without a date \(2034\), closing$/);
  await expect(filed.locator('.badge-unknown')).toHaveCount(0);
  await expect(edit).toHaveText('Edit');
  await page.reload();
  await expect(page.getByRole('region', { name: '2034' }).locator('.statement-open')).toHaveAccessibleName(
    /closing$/,
  );
});

test('section headings inside a speech are shown apart with the title and salutations, and compared with nothing', async ({
  app,
}) => {
  const { page } = app;
  const headings = ['On the definition', '2. The Central African Republic'];
  const text = [
    '# Sample — Closing statement of the Alliance, 2034 Plenary',
    'Madam Chair,',
    'This sample statement was written for Plenary Diff. The meeting again put off the decision on a broader definition of conflict diamonds to another cycle.',
    `## ${headings[0]}`,
    'We ask participants to expand the definition so that it covers violence by public and private security forces at the mines.',
    `## ${headings[1]}`,
    'The monitoring team must keep its mandate, and the review mission should finally travel to the mining zones.',
    'Thank you.',
  ].join('\n\n');
  await dropFiles(page, [
    { name: 'headed.md', bytes: new TextEncoder().encode(text), type: 'text/markdown' },
  ]);
  const entry = libraryEntry(page, /^Sample — Closing statement of the Alliance, 2034 Plenary/);
  await entry.click();
  await expect(rows(page).first()).toBeVisible();
  const section = page.locator('details.frame', { hasText: 'Section headings' });
  await expect(section.locator('summary')).toContainText('reference 0 lines, other 2 lines');
  await section.locator('summary').click();
  await expect(section.locator('.frame-column').nth(1).locator('.frame-heading')).toHaveText(headings);
  for (const heading of headings) await expect(page.getByTestId('compare-rows')).not.toContainText(heading);
});

test('a saved page’s footnotes are shown apart as notes, their marks kept in the text, and compared with nothing', async ({
  app,
}) => {
  const { page } = app;
  const note = 'Reports gathered by the sample coalition’s members between January and October 2034.';
  const html = `<!doctype html><html><head><title>Sample — Closing statement with notes, 2034 Plenary</title></head><body>
    <main><article><h1>Sample — Closing statement with notes, 2034 Plenary</h1>
    <p>Madam Chair,</p>
    <p>This sample statement was written for Plenary Diff. Abuses by guards and soldiers at mining sites were reported every month this year.<sup><a href="#fn1" id="r1">1</a></sup></p>
    <p>The review mission should finally travel to the mining zones before the next plenary.</p>
    <p>Thank you.</p>
    <section class="footnotes" role="doc-endnotes"><ol><li id="fn1">${note} <a href="#r1">↩</a></li></ol></section>
    </article></main></body></html>`;
  await dropFiles(page, [{ name: 'noted.html', bytes: new TextEncoder().encode(html), type: 'text/html' }]);
  await libraryEntry(page, /^Sample — Closing statement with notes, 2034 Plenary/).click();
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByTestId('compare-rows')).toContainText('every month this year.[1]');
  await expect(page.getByTestId('compare-rows')).not.toContainText(note);
  const section = page.locator('details.frame', { hasText: 'Notes (not compared)' });
  await expect(section.locator('summary')).toContainText('reference 0 lines, other 2 lines');
  await section.locator('summary').click();
  await expect(section.locator('.frame-column').nth(1).locator('.frame-note')).toHaveText([
    'Notes',
    `[1] ${note}`,
  ]);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('notes-section.png') });
});
