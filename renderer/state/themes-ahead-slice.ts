/**
 * The themes' kept answer asked for ahead of the themes view: once the window's first list is in (and, on the
 * overview, the grid's first columns known; elsewhere once the window is idle), the answer kept in the library folder
 * for the themes the view would show is fetched and decoded (on the window's thread: a worker's start and copies cost
 * more than the decoding), so a click on Themes a few seconds after a restart finds it in memory instead of fetching
 * 12 MB and decoding it then (at 3,000 statements 0.7–2 s of the 1.4–2.2 s the heat map took). The view's ask for the same key
 * waits for this one (`ThemesAnswerStore.get`); a library changed meanwhile has another key, asked for anew.
 */
import { themesJob } from '../themes/themes-input';
import { resolveLibrary } from './resolve-library';
import type { WhenIdle } from './search-slice';
import type { AppSlice } from './slice';

/** The action that asks ahead. */
export interface ThemesAheadSlice {
  /**
   * Once per window: asks the themes' kept answer for the library as listed, once `after` settles (a window opened
   * on the overview: its first columns known), else when the window is idle. Resolves when done; only ahead of time
   * (never with `whenIdle` null, as in unit tests), so a failure is left for the view.
   */
  readonly readThemesAhead: (after?: Promise<unknown> | null) => Promise<void>;
}

/** The slice; `whenIdle` null asks nothing ahead. */
export function themesAheadSlice(whenIdle: WhenIdle | null): AppSlice<ThemesAheadSlice> {
  return (_set, get) => {
    let asked = false;
    return {
      readThemesAhead: async (after) => {
        if (asked || !whenIdle) return;
        asked = true;
        await (after ?? new Promise<void>((resolve) => whenIdle(resolve)));
        const { snapshot, location, themesAnswers } = get();
        const { reference, visible } = resolveLibrary(snapshot, location);
        if (!snapshot || !reference) return;
        try {
          await themesAnswers.get(themesJob(visible, reference, snapshot.userThemes).key);
        } catch {
          // Only ahead of time: the themes view asks again, and says what failed.
        }
      },
    };
  };
}
