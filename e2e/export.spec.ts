/** Export: the comparison and the overview written as files whose text is exactly what the CLI prints for the same files. */
import { saveFromDialog, cli, REFERENCE_PATH, writeInputs } from './helpers/export';
import { changeCounter } from './helpers/compare-page';
import { dropFiles } from './helpers/drop';
import { docxBytes, docxParagraphs, txtVariant } from './helpers/statement-files';
import { expect, test } from './fixtures';

const TXT = { name: 'testville-2030.txt', bytes: new TextEncoder().encode(txtVariant()) };
const DOCX = { name: 'docxburg-2031.docx', bytes: docxBytes(docxParagraphs()) };

test('the comparison, the overview and the themes export exactly as the CLI prints them for the same files', async ({
  app,
}) => {
  // Three analyses in the app and seven runs of the CLI: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const { page } = app;
  // Samples hidden: the overview then covers the two files given to the CLI as well.
  await page.getByLabel(/^Show samples/).uncheck();
  await dropFiles(page, [DOCX, TXT]);
  await expect(page).toHaveTitle(/New Delhi.* ↔ CSC Closing Statement, Testville/);
  await expect(changeCounter(page)).toHaveText('3 changes');
  const [docxPath, txtPath] = writeInputs([DOCX, TXT]) as [string, string];

  const dialog = page.getByRole('dialog', { name: 'Export' });
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('group', {
      name: /^Comparison: Kimberley Process .* ↔ CSC Closing Statement, Testville/,
    }),
  ).toBeVisible();

  const md = await saveFromDialog(app, dialog.getByRole('button', { name: 'Markdown' }));
  expect(md.name).toBe(
    'comparison-2019-kimberley-process-csc-closing-speech-vs-2030-csc-closing-statement-testville.md',
  );
  expect(md.content).toBe(cli('compare', REFERENCE_PATH, txtPath, '--format', 'md'));
  await expect(dialog.getByTestId('export-status')).toHaveText(/^(Downloaded|Saved) .*\.md\.$/);

  const html = await saveFromDialog(app, dialog.getByRole('button', { name: 'HTML (printable)' }));
  expect(html.name).toMatch(/^comparison-.*\.html$/);
  expect(html.content).toBe(cli('compare', REFERENCE_PATH, txtPath, '--format', 'html'));
  const compareCsv = await saveFromDialog(app, dialog.getByRole('button', { name: 'CSV (spreadsheet)' }));
  expect(compareCsv.name).toMatch(/^comparison-.*\.csv$/);
  expect(compareCsv.content).toBe(cli('compare', REFERENCE_PATH, txtPath, '--format', 'csv'));
  if (app.electron !== null) {
    // The desktop app prints the HTML report to PDF in a hidden window.
    const pdf = await saveFromDialog(app, dialog.getByRole('button', { name: 'PDF' }));
    expect(pdf.name).toMatch(/^comparison-.*\.pdf$/);
    expect(pdf.content.startsWith('%PDF-')).toBe(true);
  } else {
    await expect(dialog.getByRole('button', { name: 'PDF' })).toHaveCount(0);
    await expect(dialog).toContainText('For a PDF, export HTML and print it from your browser');
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The overview of both files against 2019, from the overview view's Export button.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const overview = dialog.getByRole('group', { name: /^Overview: 2 statements against Kimberley Process/ });
  await expect(overview).toBeVisible();
  const csv = await saveFromDialog(app, overview.getByRole('button', { name: 'CSV (spreadsheet)' }));
  expect(csv.name).toBe('overview-2019-kimberley-process-csc-closing-speech.csv');
  expect(csv.content).toBe(cli('overview', REFERENCE_PATH, txtPath, docxPath, '--format', 'csv'));
  const overviewHtml = await saveFromDialog(app, overview.getByRole('button', { name: 'HTML (printable)' }));
  expect(overviewHtml.content).toBe(cli('overview', REFERENCE_PATH, docxPath, txtPath, '--format', 'html'));
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The themes of the three statements, relative to 2019, from the themes view.
  await page.getByRole('button', { name: 'Themes', exact: true }).click();
  await page.getByRole('toolbar', { name: 'Themes' }).getByRole('button', { name: 'Export…' }).click();
  const themes = dialog.getByRole('group', { name: 'Themes across 3 statements' });
  const themesArgs = [REFERENCE_PATH, txtPath, docxPath, '--reference', REFERENCE_PATH];
  const themesCsv = await saveFromDialog(app, themes.getByRole('button', { name: 'CSV (spreadsheet)' }));
  expect(themesCsv.name).toBe('themes.csv');
  expect(themesCsv.content).toBe(cli('themes', ...themesArgs, '--format', 'csv'));
  const themesJson = await saveFromDialog(app, themes.getByRole('button', { name: 'JSON' }));
  expect(themesJson.content).toBe(cli('themes', ...themesArgs, '--format', 'json'));
  const themesHtml = await saveFromDialog(app, themes.getByRole('button', { name: 'HTML (printable)' }));
  expect(themesHtml.name).toBe('themes.html');
  expect(themesHtml.content).toBe(cli('themes', ...themesArgs, '--format', 'html'));
});

test('File → Export… with nothing to export says what to open first', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Alt+4');
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toContainText('Open a comparison, the overview or the themes view first');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
