/** Which browser and which Electron binary the e2e run can use, found without downloading anything. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The app folder `electron .` runs: the repository root, whose package.json "main" names the built bundle. */
export const APP_FOLDER = fileURLToPath(new URL('../../', import.meta.url));

/** Whether the `electron` e2e project runs here, is skipped, or fails because Electron was required. */
export type ElectronAvailability =
  | { readonly kind: 'run'; readonly executable: string }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'fail'; readonly reason: string };

/** Decides for the `electron` project: PLENARY_REQUIRE_ELECTRON=1 (the CI workflow) turns a missing binary into a
 * failure, never a skip. */
export function electronAvailability(
  executable: string | null,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ElectronAvailability {
  if (executable !== null) return { kind: 'run', executable };
  if (env.PLENARY_REQUIRE_ELECTRON === '1')
    return {
      kind: 'fail',
      reason:
        'PLENARY_REQUIRE_ELECTRON=1 but the Electron binary is not installed (node_modules/electron/dist); fetch it with `node -e "require(\'electron\')"` first.',
    };
  return {
    kind: 'skip',
    reason: 'Electron binary not installed here (no download possible); runs in the GitHub Actions workflow',
  };
}

/** The command line the fixture launches Electron with: the app folder (as `electron .`), a fresh userData. */
export function electronLaunchArgs(dataDir: string, platform: NodeJS.Platform, ci: boolean): string[] {
  return [
    APP_FOLDER,
    `--user-data-dir=${dataDir}`,
    // CI runners restrict unprivileged user namespaces (Ubuntu ≥ 24.04 AppArmor); the workflow lifts that, and
    // this is the fallback when it cannot.
    ...(platform === 'linux' && ci ? ['--no-sandbox'] : []),
  ];
}
