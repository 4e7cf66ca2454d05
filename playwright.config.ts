// e2e: one spec set, two projects. `web` runs browser mode in Chromium (`npm test`, here and in CI); `electron`
// launches the built desktop app from the app folder — the CI workflow runs it once per OS with
// PLENARY_REQUIRE_ELECTRON=1, which fails it when the binary is missing; elsewhere it skips itself then.
import { defineConfig } from '@playwright/test';
import type { AppOptions } from './e2e/fixtures';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/helpers/browsers';

const executablePath = chromiumExecutable();

export default defineConfig<AppOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // The machines are small: two workers at most, one on CI.
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      use: {
        appMode: 'web',
        browserName: 'chromium',
        launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
      },
    },
    {
      name: 'electron',
      use: { appMode: 'electron' },
    },
  ],
});
