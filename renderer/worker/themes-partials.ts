/** When a themes job posts what it has so far while it reads the statements (see `ThemesOptions.onPartial`). */
import type { ThemesOptions } from '../../shared/themes/model';
import type { ThemesPartial } from './protocol';

/**
 * The first partial comes once this many statements are read (or all, if fewer): enough columns to fill the
 * screen, and nearly every built-in theme's row.
 */
export const FIRST_PARTIAL_READ = 50;

/**
 * Then at most one per this many milliseconds: each is laid out over every statement read and copied to the
 * window, which lays out the grid again.
 */
export const PARTIAL_EVERY_MS = 1000;

/**
 * An `onPartial` that lays out and hands `post` the themes so far: once FIRST_PARTIAL_READ statements are read, then
 * at most every `everyMs` milliseconds of `now`, and once all are read (what shows while the library step runs).
 */
export function postPartials(
  post: (partial: ThemesPartial) => void,
  now: () => number,
  everyMs = PARTIAL_EVERY_MS,
): NonNullable<ThemesOptions['onPartial']> {
  let last: number | null = null;
  return (read, total, partial) => {
    const first = Math.min(total, FIRST_PARTIAL_READ);
    if (read < first) return;
    const at = now();
    if (last !== null && read < total && at - last < everyMs) return;
    last = at;
    post({ themes: partial(), read, total });
  };
}
