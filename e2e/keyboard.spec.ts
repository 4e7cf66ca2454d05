/** The keyboard alone: import (the Import button's file chooser here, File → Import in Electron), compare, step through
 * the changes, switch views and export; focus stays visible. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { changeCounter } from './helpers/compare-page';
import { cli, REFERENCE_PATH, saveFromDialog, writeInputs } from './helpers/export';
import { txtVariant } from './helpers/statement-files';
import { expect, test, type RunningApp } from './fixtures';

const TXT = { name: 'testville-2030.txt', bytes: new TextEncoder().encode(txtVariant()) };

/** Presses Tab until `target` has the focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function importByKeyboard(app: RunningApp): Promise<void> {
  const { page } = app;
  if (app.electron === null) {
    const button = page.getByRole('button', { name: 'Import…' });
    await tabTo(page, button);
    // The focus ring shows where the keyboard is.
    await expect(button).toHaveCSS('outline-style', 'solid');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles({ name: TXT.name, mimeType: 'text/plain', buffer: Buffer.from(TXT.bytes) });
    return;
  }
  // Electron: File → Import Statements… (its accelerator, Ctrl+O), the open dialog answering the file's path.
  const folder = mkdtempSync(join(tmpdir(), 'plenary-e2e-keyboard-'));
  const path = join(folder, TXT.name);
  writeFileSync(path, TXT.bytes);
  await app.electron.evaluate(({ dialog, Menu }, picked) => {
    dialog.showOpenDialog = (async () => ({
      canceled: false,
      filePaths: [picked],
    })) as typeof dialog.showOpenDialog;
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'File');
    file?.submenu?.items.find((item) => item.label === 'Import Statements…')?.click();
  }, path);
}

test('the keyboard alone imports, compares, steps through changes, switches views and exports', async ({
  app,
}) => {
  const { page } = app;
  await importByKeyboard(app);
  await expect(page).toHaveTitle(/New Delhi.* ↔ CSC Closing Statement, Testville/);
  await expect(changeCounter(page)).toHaveText('3 changes');

  // Step through the changes; each lands focused on its row.
  const focusedRow = page.locator('[role="listitem"]:focus');
  await page.keyboard.press('n');
  await expect(changeCounter(page)).toHaveText('change 1 of 3');
  await expect(focusedRow).toHaveAccessibleName(/^Paragraph \d+: reworded/);
  await page.keyboard.press('F7');
  await expect(changeCounter(page)).toHaveText('change 2 of 3');
  await page.keyboard.press('n');
  await expect(changeCounter(page)).toHaveText('change 3 of 3');
  await page.keyboard.press('Shift+F7');
  await expect(changeCounter(page)).toHaveText('change 2 of 3');

  // From the focused row, Tab reaches its change label, with a visible focus ring.
  const key = await focusedRow.getAttribute('data-key');
  await page.keyboard.press('Tab');
  const chip = page.locator(`[data-key="${key}"] .op-chip`);
  await expect(chip).toBeFocused();
  await expect(chip).toHaveCSS('outline-style', 'solid');

  // Views by Alt+number, and back.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('button', { name: 'Overview', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('searchbox', { name: 'Search all statements' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(changeCounter(page)).toBeVisible();

  // Export: Tab to the toolbar's Export… button, Enter, Tab to Markdown, Enter.
  await tabTo(page, page.getByRole('button', { name: 'Export…' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  const markdown = dialog.getByRole('button', { name: 'Markdown' });
  await tabTo(page, markdown);
  await expect(markdown).toHaveCSS('outline-style', 'solid');
  const saved = await saveFromDialog(app, markdown, () => page.keyboard.press('Enter'));
  const [txtPath] = writeInputs([TXT]) as [string];
  expect(saved.content).toBe(cli('compare', REFERENCE_PATH, txtPath, '--format', 'md'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Help lists the shortcuts.
  await page.locator('body').press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const keys of ['Alt+4', '/  or  Ctrl+F', 'Ctrl+E', 'n  or  F7'])
    await expect(help.getByText(keys, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('compare against the previous statement of the same kind, or see why there is none', async ({ app }) => {
  const { page } = app;
  const statements = page.getByRole('navigation', { name: 'Statements' });
  await statements
    .getByRole('button', { name: /^Sample — Closing statement at the Gaborone Plenary/ })
    .click();
  const toggle = page.getByRole('group', { name: 'Compare against' });
  const previous = toggle.getByRole('button', { name: 'Against previous closing (2021)' });
  await expect(toggle.getByRole('button', { name: 'Against reference' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await previous.click();
  await expect(previous).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.card-reference')).toContainText('Previous closing');
  await expect(page.locator('.card-reference')).toContainText('Moscow');
  await expect(page).toHaveTitle(
    /^Plenary Diff — Sample — Closing statement of the KP Civil Society Coalition at the Moscow Plenary.* ↔ Sample — Closing statement at the Gaborone Plenary/,
  );
  await expect(changeCounter(page)).toHaveText(/^\d+ changes$/);
  await toggle.getByRole('button', { name: 'Against reference' }).click();
  await expect(page).toHaveTitle(
    /^Plenary Diff — Kimberley Process CSC Closing Speech New Delhi.* ↔ Sample — Closing statement at the Gaborone Plenary/,
  );

  // 2017 Brisbane is the only opening statement: the button says why it is off, and pressing it changes nothing.
  await statements.getByRole('button', { name: /^Sample — Opening remarks .*Brisbane/ }).click();
  const none = toggle.getByRole('button', { name: 'Against previous opening' });
  await expect(none).toHaveAttribute('aria-disabled', 'true');
  await expect(none).toHaveAccessibleDescription('No earlier opening statement is in the library.');
  await none.focus();
  await page.keyboard.press('Enter');
  await expect(toggle.getByRole('button', { name: 'Against reference' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
