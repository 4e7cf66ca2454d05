// Before the e2e run: make sure a Chromium is there. Debian's /usr/bin/chromium is used when installed
// (Playwright cannot download its own browser everywhere); else Playwright's own, installed if missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

if (existsSync(SYSTEM_CHROMIUM)) {
  console.log(`e2e browser: ${SYSTEM_CHROMIUM} (system Chromium)`);
} else {
  const own = playwrightChromium();
  if (own && existsSync(own)) {
    console.log(`e2e browser: ${own} (Playwright's Chromium)`);
  } else {
    console.log('e2e browser: no Chromium found; running `npx playwright install chromium`');
    const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    process.exit(result.status ?? 1);
  }
}
