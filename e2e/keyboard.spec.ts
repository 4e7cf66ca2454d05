/** The keyboard alone: import (the Import button's file chooser here, File → Import in Electron), compare, step through
 * the changes, switch views and export; focus stays visible. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { changeCounter } from './helpers/compare-page';
import { cli, REFERENCE_PATH, saveFromDialog, writeInputs } from './helpers/export';
import { txtVariant } from './helpers/statement-files';
import { LIST_TAB_STOPS } from './helpers/library-keys';
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

test('keyboard map: each view takes the focus, the library is one Tab stop with arrows, Enter and a menu', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const main = page.getByRole('main');
  await expect(page.locator('.reference-text')).toBeVisible();

  // Alt+2…Alt+4 and Alt+1: the focus lands on the view's main control, not on the page body.
  await page.locator('body').press('Alt+2');
  await expect(main.locator('.overview-grid [role="gridcell"]:focus, .overview-grid:focus')).toHaveCount(1, {
    timeout: 60_000,
  });
  await page.keyboard.press('Alt+3');
  await expect(main.locator('.themes-heatmap [role="gridcell"]:focus')).toHaveCount(1, { timeout: 60_000 });
  await page.keyboard.press('Alt+4');
  await expect(page.getByLabel('Search all statements', { exact: true })).toBeFocused();
  await page.keyboard.press('Alt+1');
  await expect(main.locator('.reference-text .para:focus')).toHaveCount(1);
  // The header's view buttons do the same.
  await tabTo(page, page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Search' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Search all statements', { exact: true })).toBeFocused();
  await page.keyboard.press('Alt+1');

  // Alt+L: the library filter; Down: into the list, which is one Tab stop.
  await page.keyboard.press('Alt+l');
  const filter = page.getByLabel('Filter statements by title, city or year');
  await expect(filter).toBeFocused();
  const list = page.getByRole('navigation', { name: 'Statements' });
  const tabStops = await page.evaluate(LIST_TAB_STOPS).then(Number);
  expect(tabStops).toBe(1);
  await page.keyboard.press('ArrowDown');
  const focused = list.locator('.statement-open:focus');
  await expect(focused).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(focused).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(focused).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(focused).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(focused).toHaveCount(1);

  // Arrows, Home and End move; the full title shows while a statement has the focus.
  await page.keyboard.press('Home');
  const firstName = (await focused.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('ArrowDown');
  await expect(focused).not.toHaveAccessibleName(firstName);
  await page.keyboard.press('End');
  const lastName = (await focused.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('ArrowUp');
  await expect(focused).not.toHaveAccessibleName(lastName);
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName(lastName);
  await expect(focused.locator('.statement-title')).toHaveCSS('display', 'block');

  // Enter opens it next to the reference.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const chosen = (await focused.locator('.statement-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.locator('.card-other')).toContainText(chosen.slice(0, 30));

  // Shift+F10: its actions; Escape: back on the statement; the Menu key: the same menu, and an action runs.
  await focused.press('Shift+F10');
  const menu = page.getByRole('menu', { name: `Actions: ${chosen}` });
  await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Open',
    'Use as reference',
    /^(Edit|Set .*)$/,
    'Remove',
  ]);
  // No later statement covers the menu: its last item is the one a pointer reaches where it is drawn.
  await menu.getByRole('menuitem', { name: 'Remove' }).click({ trial: true, timeout: 5_000 });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(focused.locator('.statement-title')).toHaveText(chosen);
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Use as reference' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(page.locator('.card-reference')).toContainText(chosen.slice(0, 30));
  await expect(focused.locator('.statement-title')).toHaveText(chosen);

  // Help lists all of it.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const keys of ['Alt+L', 'Shift+F10  or  Menu key', 'Enter on a statement', 'Alt+2'])
    await expect(help.getByText(keys, { exact: true })).toBeVisible();
  await expect(help).toContainText('Overview view, the focus on the heat map');
  await page.keyboard.press('Escape');
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
