/** One writer per library folder: the desktop app and browser mode share the default folder, and two stores on
 * one folder would overwrite each other's index, settings and user themes. */
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { errorMessage } from '../../shared/error-message';

/** The lock inside the library folder (a directory proper-lockfile creates and keeps fresh). */
export const LOCK_FILE = 'library.lock';
/** A lock not refreshed for this long belongs to a process that died; the next one takes it over. */
export const LOCK_STALE_MS = 15_000;

/** Thrown when another process holds the library. */
export class LibraryLockedError extends Error {
  override readonly name = 'LibraryLockedError';
}

/** What to say when the folder is taken. */
export function libraryLockedMessage(dir: string): string {
  return (
    `The library folder ${dir} is in use by another Plenary Diff — the desktop app or browser mode. ` +
    `Two at once would overwrite each other's changes, so this one did not open it. Close the other one and ` +
    `try again, or give browser mode a folder of its own with --data DIR.`
  );
}

/** Takes the folder's lock, or throws LibraryLockedError; resolves to the function that releases it. */
export async function lockLibrary(dir: string): Promise<() => Promise<void>> {
  try {
    return await lock(dir, {
      lockfilePath: join(dir, LOCK_FILE),
      realpath: false,
      stale: LOCK_STALE_MS,
      update: LOCK_STALE_MS / 3,
      retries: 0,
      // Losing the lock (the folder removed, the clock jumping) must not crash the app: say so and go on.
      onCompromised: (error) =>
        process.stderr.write(`plenary-diff: the library lock in ${dir} was lost (${errorMessage(error)})\n`),
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED')
      throw new LibraryLockedError(libraryLockedMessage(dir));
    throw error;
  }
}
