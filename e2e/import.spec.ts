/** Importing: drops of .txt, .docx and .pdf files, bad files, the Import button and pasted text. */
import { dropFiles } from './helpers/drop';
import { changeCounter, libraryEntry, rowsWithOp } from './helpers/compare-page';
import {
  ADDED_PARAGRAPH,
  DROPPED_OPENING,
  EDIT,
  MOVED_OPENING,
  docxBytes,
  docxParagraphs,
  pdfBytes,
  PDF_PARAGRAPHS,
  txtVariant,
} from './helpers/statement-files';
import { expect, test } from './fixtures';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

test('dropping a .txt, a .docx and a .pdf imports them and opens the last one next to 2019', async ({
  app,
}) => {
  const { page } = app;
  await dropFiles(page, [
    { name: 'pdfington-2032.pdf', bytes: await pdfBytes(PDF_PARAGRAPHS), type: 'application/pdf' },
    { name: 'docxburg-2031.docx', bytes: docxBytes(docxParagraphs()), type: DOCX_TYPE },
    { name: 'testville-2030.txt', bytes: new TextEncoder().encode(txtVariant()), type: 'text/plain' },
  ]);

  const imports = page.getByRole('region', { name: 'Imports' });
  await expect(imports.locator('[data-status="done"]')).toHaveCount(3);
  await expect(imports).toContainText('Imported 3 of 3');
  // Files imported fine fold into one line, leaving the comparison its room; the line opens the list.
  await expect(imports.locator('[data-status="done"]').first()).toBeHidden();
  await imports.getByText('3 files imported').click();
  await expect(imports.locator('[data-status="done"]')).toHaveText([/pdfington/, /docxburg/, /testville/]);
  for (const year of ['2030', '2031', '2032'])
    await expect(page.getByRole('region', { name: year })).toBeVisible();

  // The last file dropped opens in the compare view, next to the 2019 reference.
  await expect(page).toHaveTitle(
    /Kimberley Process CSC Closing Speech New Delhi.* ↔ CSC Closing Statement, Testville/,
  );
  await expect(changeCounter(page)).toHaveText('3 changes');

  const changed = rowsWithOp(page, 'changed');
  await expect(changed).toHaveCount(1);
  await expect(changed).toHaveAccessibleName(/^Paragraph 1: reworded, \d+% similar$/);
  await expect(changed.locator('.cell-reference del')).toHaveText(EDIT.from);
  await expect(changed.locator('.cell-other ins')).toHaveText(EDIT.to);
  await expect(changed.locator('.cell-reference ins, .cell-other del')).toHaveCount(0);

  // The list is virtual: rows far below are not in the page. "Changes only" brings every change into view.
  await expect(rowsWithOp(page, 'unchanged')).not.toHaveCount(0);
  await page.getByLabel('Changes only').check();
  await expect(rowsWithOp(page, 'unchanged')).toHaveCount(0);

  const added = rowsWithOp(page, 'added');
  await expect(added.locator('.cell-other')).toContainText(ADDED_PARAGRAPH);
  await expect(added.locator('.cell-reference')).toContainText('not in the reference');

  const moved = rowsWithOp(page, 'moved');
  await expect(moved).toContainText(MOVED_OPENING);
  await expect(moved).toHaveAccessibleName(/moved from ¶4$/);

  // "moved from ¶4" jumps to where the paragraph stood in the reference, and back.
  await moved.getByRole('button', { name: /moved from ¶4/ }).click();
  const origin = rowsWithOp(page, 'moved-origin');
  await expect(origin).toBeFocused();
  await expect(origin).toContainText('Reference ¶4 stood here');
  await origin.getByRole('button', { name: /moved to ¶/ }).click();
  await expect(moved).toBeFocused();

  // Shared terms show on hover, beside the title attribute.
  await changed.locator('.op-chip').hover();
  await expect(changed.getByRole('tooltip')).toBeVisible();
  await expect(changed.getByRole('tooltip')).toContainText('Shared terms');

  // The docx dropped a paragraph; the pdf reworded the welcome.
  await libraryEntry(page, /Docxburg/).click();
  await expect(rowsWithOp(page, 'removed')).toHaveCount(1);
  await expect(rowsWithOp(page, 'removed').locator('.cell-reference')).toContainText(DROPPED_OPENING);
  await expect(rowsWithOp(page, 'removed').locator('.cell-other')).toContainText('not in this statement');

  await libraryEntry(page, /Pdfington/).click();
  const welcome = rowsWithOp(page, 'changed').filter({ hasText: 'warm welcome' });
  await expect(welcome.locator('.cell-reference del')).toHaveText('India');
  await expect(welcome.locator('.cell-other ins')).toHaveText('Pdfland');
});

test('a bad file shows its error, naming the file, while the others import', async ({ app }) => {
  const { page } = app;
  await dropFiles(page, [
    { name: 'empty.txt', bytes: new Uint8Array(0), type: 'text/plain' },
    { name: 'broken.docx', bytes: new TextEncoder().encode('PK this is not a zip archive'), type: DOCX_TYPE },
    { name: 'testville-2030.txt', bytes: new TextEncoder().encode(txtVariant()), type: 'text/plain' },
  ]);
  const imports = page.getByRole('region', { name: 'Imports' });
  await expect(imports.locator('[data-status="done"]')).toHaveCount(1);
  await expect(imports.locator('[data-status="error"]')).toHaveCount(2);
  await expect(imports.locator('[data-status="error"]').filter({ hasText: 'empty.txt:' })).toBeVisible();
  await expect(imports.locator('[data-status="error"]').filter({ hasText: 'broken.docx:' })).toBeVisible();
  await expect(imports).toContainText('Imported 1 of 3, 2 failed');
  await expect(page).toHaveTitle(/↔ CSC Closing Statement, Testville/);

  // The same bytes again are reported, not duplicated.
  await dropFiles(page, [{ name: 'again.txt', bytes: new TextEncoder().encode(txtVariant()) }]);
  await expect(imports.locator('[data-status="duplicate"]')).toContainText('already in the library');
  await expect(libraryEntry(page, /Testville/)).toHaveCount(1);
});

test('a file over the size limit is refused on its size before it is read, naming the file', async ({
  app,
}) => {
  const { page } = app;
  // 45 MB: bigger than what browser mode's API would even accept, so only the renderer's own check can
  // produce this message.
  await dropFiles(page, [
    { name: 'huge.txt', bytes: new Uint8Array(0), zeros: 45 * 1024 * 1024, type: 'text/plain' },
    { name: 'testville-2030.txt', bytes: new TextEncoder().encode(txtVariant()), type: 'text/plain' },
  ]);
  const imports = page.getByRole('region', { name: 'Imports' });
  await expect(imports.locator('[data-status="done"]')).toHaveCount(1);
  await expect(imports.locator('[data-status="error"]')).toHaveText(
    /huge\.txt: file is too large \(45 MB; the limit is 25 MB\)/,
  );
});

test('the Import button and Paste statement add statements without a mouse drag', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('import-input').setInputFiles({
    name: 'docxburg-2031.docx',
    mimeType: DOCX_TYPE,
    buffer: Buffer.from(docxBytes(docxParagraphs())),
  });
  await expect(page).toHaveTitle(/↔ CSC Closing Statement, Docxburg/);

  await page.getByRole('button', { name: 'Paste statement…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste statement' });
  await dialog.getByLabel('Title (optional)').fill('Pasted in the e2e test');
  await dialog.getByLabel('Statement text').fill(PDF_PARAGRAPHS.slice(1).join('\n\n'));
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveTitle(/↔ Pasted in the e2e test/);
  await expect(rowsWithOp(page, 'changed').filter({ hasText: 'warm welcome' }).locator('ins')).toHaveText(
    'Pdfland',
  );
});
