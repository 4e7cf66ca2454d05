/** The e2e fixtures: every test gets `app`, the running app (browser mode or Electron) on a fresh library. */
import {
  _electron,
  test as base,
  expect,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronAvailability, electronExecutable, electronLaunchArgs } from './helpers/browsers';
import { startWebServer, type WebServer } from './helpers/web-server';

/** The project option that picks how the app runs. */
export interface AppOptions {
  readonly appMode: 'web' | 'electron';
}

/** The app under test. */
export interface RunningApp {
  readonly mode: 'web' | 'electron';
  /** The app's window; replaced by restart(). */
  readonly page: Page;
  /** Browser mode: `http://127.0.0.1:<port>` of the current server; Electron: null. */
  readonly origin: string | null;
  /** Browser mode: the current server's token; Electron: null. */
  readonly token: string | null;
  /** Electron: the running application (to answer its native dialogs); browser mode: null. */
  readonly electron: ElectronApplication | null;
  /** Stops the app and starts it again on the same library (web: a new server on the same --data). */
  readonly restart: () => Promise<Page>;
}

// Errors the page reports (CSP violations, uncaught exceptions) fail the test that caused them.
function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
}

/**
 * Resolves once the app's window is rendered: the page's small entry script loads the app's code after the page's
 * load event may have fired (renderer/main.tsx), and a test acting on the page acts on the app.
 */
export async function appShown(page: Page): Promise<void> {
  await page.locator('.app').waitFor({ timeout: 60_000 });
}

export const test = base.extend<{ app: RunningApp }, AppOptions & { webBrowser: Browser | null }>({
  appMode: ['web', { option: true, scope: 'worker' }],

  webBrowser: [
    async ({ appMode, playwright, launchOptions }, use) => {
      if (appMode !== 'web') return use(null);
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ appMode, webBrowser, viewport }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'plenary-e2e-'));
    const errors: string[] = [];
    try {
      if (appMode === 'web') {
        if (!webBrowser) throw new Error('no browser for the web project');
        const context = await webBrowser.newContext({ viewport: viewport ?? { width: 1400, height: 900 } });
        let server: WebServer = await startWebServer(dataDir);
        let page = await context.newPage();
        watchErrors(page, errors);
        await page.goto(server.url);
        await appShown(page);
        const app: RunningApp = {
          mode: 'web',
          get page() {
            return page;
          },
          get origin() {
            return server.origin;
          },
          get token() {
            return server.token;
          },
          electron: null,
          restart: async () => {
            await page.close();
            await server.stop();
            server = await startWebServer(dataDir);
            page = await context.newPage();
            watchErrors(page, errors);
            await page.goto(server.url);
            await appShown(page);
            return page;
          },
        };
        try {
          await use(app);
        } finally {
          if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
            await testInfo.attach('screen at failure', {
              body: await page.screenshot(),
              contentType: 'image/png',
            });
          }
          await context.close();
          await server.stop();
        }
      } else {
        const availability = electronAvailability(electronExecutable());
        if (availability.kind === 'fail') throw new Error(availability.reason);
        testInfo.skip(availability.kind === 'skip', availability.kind === 'skip' ? availability.reason : '');
        const executable = availability.kind === 'run' ? availability.executable : undefined;
        const launch = async (): Promise<{ electron: ElectronApplication; page: Page }> => {
          const electron = await _electron.launch({
            executablePath: executable,
            // The app folder, as `electron .` runs it (package.json "main", app.name, app.getVersion()); a fresh
            // library per test: the main process takes userData from --user-data-dir.
            args: electronLaunchArgs(dataDir, process.platform, Boolean(process.env.CI)),
            // Belt and braces on Linux: appData (and so the default userData) lives under XDG_CONFIG_HOME.
            env: { ...process.env, PLENARY_USER_DATA: dataDir, XDG_CONFIG_HOME: join(dataDir, 'config') },
          });
          const page = await electron.firstWindow();
          watchErrors(page, errors);
          await page.waitForLoadState('domcontentloaded');
          await appShown(page);
          return { electron, page };
        };
        let running = await launch();
        const app: RunningApp = {
          mode: 'electron',
          get page() {
            return running.page;
          },
          origin: null,
          token: null,
          get electron() {
            return running.electron;
          },
          restart: async () => {
            await running.electron.close();
            running = await launch();
            return running.page;
          },
        };
        try {
          await use(app);
        } finally {
          await running.electron.close();
        }
      }
      expect(errors, 'errors reported by the page').toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
