import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/** Where the e2e run leaves the README's pictures (ignored by git); `npm run screenshots` copies them to docs/screenshots/. */
export const SCREENSHOT_OUTPUT = join('test-results', 'screenshots');

/** The README picture `name`.png of the page as it is now, from browser mode only; never written into docs/. */
export async function readmeScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  if (testInfo.project.name !== 'web') return;
  mkdirSync(SCREENSHOT_OUTPUT, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_OUTPUT, `${name}.png`) });
}
