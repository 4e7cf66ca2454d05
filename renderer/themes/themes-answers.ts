/**
 * The themes the window last worked out, kept in the library folder (`analysis:themes-answer`) by everything they
 * depend on: a restart or a new window on an unchanged library shows them without fetching a text or reading a
 * statement. The last answer whatever its key (this window's, else the folder's) is shown, marked out of date, while
 * the themes of a changed library are worked out. The window asks for the kept answer ahead of the themes view
 * (`readThemesAhead`), so the view's ask finds it fetched and decoded; one fetch serves both.
 */
import type { PlenaryBridge } from '../../shared/ipc/contract';
import type { PackedThemes } from '../../shared/themes/packed-themes';
import { decodeThemesAnswer, encodeThemesAnswer, themesAnswerKeyOf } from '../../shared/themes/stored-answer';

/** A themes answer and the key it was worked out under. */
export interface KeyedThemes {
  readonly key: string;
  readonly themes: PackedThemes;
}

/** The kept themes answer of one library. */
export interface ThemesAnswerStore {
  /**
   * The themes kept under `key`, or null (none kept under it, damaged, or the folder could not say). Asked again for
   * the same key (the view after the window asked ahead, or while it still asks), the answer is not fetched again.
   */
  get(key: string): Promise<PackedThemes | null>;
  /** Keeps `themes` under `key`; a failure is not fatal (they are worked out again next time). */
  save(key: string, themes: PackedThemes): Promise<void>;
  /** Notes `themes` (under `key`) as the last answer this window has, before (or without) keeping it. */
  remember(key: string, themes: PackedThemes): void;
  /**
   * The last answer whatever its key: the one this window last found kept or noted, else the one kept in the
   * library folder (given by the `get` that found none under its key, else asked for); null when there is none or it
   * cannot be read.
   */
  latest(): Promise<KeyedThemes | null>;
}

/**
 * A store over `bridge`; a save is encoded and sent once `whenQuiet` resolves (in the window: no search running or
 * just answered; encoding 12 MB at 3,000 statements holds the window's thread).
 */
export function createThemesAnswerStore(
  bridge: Pick<
    PlenaryBridge,
    'analysis:themes-answer' | 'analysis:save-themes-answer' | 'analysis:last-themes-answer'
  >,
  whenQuiet: () => Promise<void> = () => Promise.resolve(),
): ThemesAnswerStore {
  // Saves one after the other: the last worked out is the one kept.
  let saving: Promise<void> = Promise.resolve();
  // The last answer this window has (found kept or noted): shown out of date while the next is worked out.
  let last: KeyedThemes | null = null;
  // The last key asked for and its answer (being fetched, or found): a second ask for it waits for the same.
  let asked: { readonly key: string; readonly answer: Promise<PackedThemes | null> } | null = null;
  // The folder's answer of another key, given by a `get` that found none under its own: `latest` decodes it.
  let folderLast: Uint8Array | null = null;

  const fetchAnswer = async (key: string): Promise<PackedThemes | null> => {
    // The folder's last answer comes with the same read when this window has none to show out of date.
    const { bytes } = await bridge['analysis:themes-answer'](key, last === null && folderLast === null);
    const kept = themesAnswerKeyOf(bytes);
    if (kept === null) return null;
    if (kept !== key) {
      folderLast = bytes;
      return null;
    }
    const themes = decodeThemesAnswer(bytes, key);
    if (themes) last = { key, themes };
    return themes;
  };

  return {
    get(key) {
      if (last?.key === key) return Promise.resolve(last.themes);
      if (asked?.key === key) return asked.answer;
      const mine = {
        key,
        answer: fetchAnswer(key).catch(() => {
          // Not known: asked again next time.
          if (asked === mine) asked = null;
          return null;
        }),
      };
      asked = mine;
      return mine.answer;
    },
    remember(key, themes) {
      last = { key, themes };
    },
    async latest() {
      if (last) return last;
      try {
        const given = folderLast;
        folderLast = null;
        const bytes = given ?? (await bridge['analysis:last-themes-answer']()).bytes;
        const key = themesAnswerKeyOf(bytes);
        const themes = key ? decodeThemesAnswer(bytes, key) : null;
        // Another call may have found or noted a newer one meanwhile.
        if (key && themes) last ??= { key, themes };
        return last;
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
