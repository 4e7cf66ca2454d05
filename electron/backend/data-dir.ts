/** Where the desktop app keeps its library, computed without Electron so browser mode can share it. */
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The product name Electron derives the userData folder from (package.json "productName"). */
export const PRODUCT_NAME = 'Plenary Diff';
/** The library folder's name inside userData. */
export const LIBRARY_FOLDER = 'library';

/** The desktop app's library folder for a platform: Electron's `userData` for "Plenary Diff", plus `library`. */
export function defaultLibraryDir(
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = homedir(),
): string {
  const path = platform === 'win32' ? win32 : posix;
  return path.join(appDataDir(platform, env, home), PRODUCT_NAME, LIBRARY_FOLDER);
}

// Mirrors Electron's app.getPath('appData') per platform.
function appDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  switch (platform) {
    case 'win32':
      return env.APPDATA || win32.join(home, 'AppData', 'Roaming');
    case 'darwin':
      return posix.join(home, 'Library', 'Application Support');
    default:
      return env.XDG_CONFIG_HOME || posix.join(home, '.config');
  }
}
