/** Locators for the compare view, shared by the specs. */
import type { Locator, Page } from '@playwright/test';

/** The rows of the compare view (only those the virtual list has rendered). */
export function rows(page: Page): Locator {
  return page.getByTestId('compare-rows').getByRole('listitem');
}

/** The rendered rows of one op. */
export function rowsWithOp(page: Page, op: string): Locator {
  return page.getByTestId('compare-rows').locator(`[role="listitem"][data-op="${op}"]`);
}

/** The library entries (their open buttons, not Edit or Remove) whose accessible name matches. */
export function libraryEntry(page: Page, name: string | RegExp): Locator {
  return page
    .getByRole('navigation', { name: 'Statements' })
    .getByRole('button', { name })
    .and(page.locator('.statement-open'));
}

/** The "change k of N" counter. */
export function changeCounter(page: Page): Locator {
  return page.getByTestId('change-counter');
}
