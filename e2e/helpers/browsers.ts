/** Which browser and which Electron binary the e2e run can use, found without downloading anything. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Debian's Chromium, used when present (Playwright cannot download its own browser everywhere). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Chromium flags for a quiet, sandbox-free headless run in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable to launch: Debian's when installed, else Playwright's own (undefined). */
export function chromiumExecutable(): string | undefined {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** The installed Electron binary, or null. Reads electron's path.txt directly: `require('electron')` would
 * try to download a missing binary. */
export function electronExecutable(): string | null {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}
