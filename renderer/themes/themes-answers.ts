/**
 * The themes the window last worked out, kept in the library folder (`analysis:themes-answer`) by everything they
 * depend on: a restart or a new window on an unchanged library shows them without fetching a text or reading a
 * statement.
 */
import type { PlenaryBridge } from '../../shared/ipc/contract';
import type { PackedThemes } from '../../shared/themes/packed-themes';
import { decodeThemesAnswer, encodeThemesAnswer } from '../../shared/themes/stored-answer';

/** The kept themes answer of one library. */
export interface ThemesAnswerStore {
  /** The themes kept under `key`, or null (none kept under it, damaged, or the folder could not say). */
  get(key: string): Promise<PackedThemes | null>;
  /** Keeps `themes` under `key`; a failure is not fatal (they are worked out again next time). */
  save(key: string, themes: PackedThemes): Promise<void>;
}

/**
 * A store over `bridge`; a save is encoded and sent once `whenQuiet` resolves (in the window: no search running or
 * just answered; encoding 12 MB at 3,000 statements holds the window's thread).
 */
export function createThemesAnswerStore(
  bridge: Pick<PlenaryBridge, 'analysis:themes-answer' | 'analysis:save-themes-answer'>,
  whenQuiet: () => Promise<void> = () => Promise.resolve(),
): ThemesAnswerStore {
  // Saves one after the other: the last worked out is the one kept.
  let saving: Promise<void> = Promise.resolve();
  return {
    async get(key) {
      try {
        const { bytes } = await bridge['analysis:themes-answer'](key);
        return bytes.length > 0 ? decodeThemesAnswer(bytes, key) : null;
      } catch {
        return null;
      }
    },
    save(key, themes) {
      saving = saving.then(async () => {
        try {
          await whenQuiet();
          await bridge['analysis:save-themes-answer'](key, encodeThemesAnswer(key, themes));
        } catch {
          // Only a cache: worked out again next time.
        }
      });
      return saving;
    },
  };
}
