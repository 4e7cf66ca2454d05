/** The userData folder a person or a test asked for (--user-data-dir, PLENARY_USER_DATA), made absolute. */
import { resolve } from 'node:path';

/**
 * The override, resolved against `cwd` (Electron's app.setPath throws on a relative path), or null when none
 * was given. The command-line switch wins over the environment variable.
 */
export function resolveUserDataOverride(
  switchValue: string,
  envValue: string | undefined,
  cwd: string,
): string | null {
  const chosen = switchValue.trim() || envValue?.trim() || '';
  return chosen === '' ? null : resolve(cwd, chosen);
}
