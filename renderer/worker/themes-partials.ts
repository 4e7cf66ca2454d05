/** When a themes job posts what it has so far while it reads the statements (see `ThemesOptions.onPartial`). */
import type { ThemesOptions } from '../../shared/themes/model';
import type { ThemesPartial } from './protocol';

/**
 * The first partial comes once this many statements are read (or all, if fewer): enough columns to fill the
 * screen, and nearly every built-in theme's row.
 */
export const FIRST_PARTIAL_READ = 50;

/**
 * Then at most one per this many milliseconds while the rest are read. Each is laid out over every statement read
 * and copied to the window, which lays out the grid again: at 3,000 statements 0.2–0.35 s to lay out and 0.1 s to
 * copy in Node (load ~5), CPU the answer waits for on two cores; the first already fills the columns in view.
 */
export const PARTIAL_EVERY_MS = 2500;

/**
 * An `onPartial` that lays out and hands `post` the themes so far: once FIRST_PARTIAL_READ statements are read (all,
 * in a smaller library: its only partial), then at most every `everyMs` milliseconds of `now` until all are read. None
 * once all are read in a larger library: the answer's step would wait for its layout, and the columns in view have
 * theirs.
 */
export function postPartials(
  post: (partial: ThemesPartial) => void,
  now: () => number,
  everyMs = PARTIAL_EVERY_MS,
): NonNullable<ThemesOptions['onPartial']> {
  let last: number | null = null;
  return (read, total, partial) => {
    const first = Math.min(total, FIRST_PARTIAL_READ);
    if (read < first || (read === total && last !== null)) return;
    const at = now();
    if (last !== null && at - last < everyMs) return;
    last = at;
    post({ themes: partial(), read, total });
  };
}
