/**
 * What the themes read of each statement, kept in the library folder (`analysis:themes-reads`): the window's worker
 * is handed the kept readings with its first themes job, so a new window or a restart reads only statements never
 * read, and what it reads afresh is saved back.
 */
import type { PlenaryBridge } from '../../shared/ipc/contract';
import type { UnsavedReads } from '../../shared/themes/themes-cache';

/** The kept readings of one library, as the window hands them to its worker. */
export interface ThemesReadsStore {
  /**
   * The kept readings, in parts (whole bundles), for the worker's first themes job; an empty list after that (the
   * worker keeps them) and when the folder has none or cannot give them (the statements are then read again).
   */
  take(): Promise<readonly Uint8Array[]>;
  /** Keeps readings the worker made, one bundle per call; a failure is not fatal (they are read again next time). */
  save(unsaved: UnsavedReads): Promise<void>;
}

/**
 * A store over `bridge`; each bundle is saved once `whenQuiet` resolves (in the window: no search running or just
 * answered, as a save holds the window's thread and the server a while).
 */
export function createThemesReadsStore(
  bridge: Pick<PlenaryBridge, 'analysis:themes-reads' | 'analysis:save-themes-reads'>,
  whenQuiet: () => Promise<void> = () => Promise.resolve(),
): ThemesReadsStore {
  let taken = false;
  // Saves one after the other: a replacing bundle first, then the ones added to it.
  let saving: Promise<void> = Promise.resolve();
  return {
    async take() {
      if (taken) return [];
      taken = true;
      const parts: Uint8Array[] = [];
      try {
        for (let from: number | null = 0; from !== null;) {
          const part: Awaited<ReturnType<PlenaryBridge['analysis:themes-reads']>> =
            await bridge['analysis:themes-reads'](from);
          if (part.bytes.length > 0) parts.push(part.bytes);
          from = part.next;
        }
      } catch {
        return [];
      }
      return parts;
    },
    save({ bundles, replace }) {
      saving = saving.then(async () => {
        try {
          for (const [i, bundle] of bundles.entries()) {
            await whenQuiet();
            await bridge['analysis:save-themes-reads'](bundle, replace && i === 0);
          }
        } catch {
          // Only a cache: what was not kept is read again next time.
        }
      });
      return saving;
    },
  };
}
