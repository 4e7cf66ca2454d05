/** The echo options of a comparison with a user's themes: the same for the CLI (`--themes`) and the app. */
import type { Themes } from '../themes/model';
import type { UserTheme } from '../themes/user-theme';
import type { EchoOptions } from './echoes';
import { builtinAcronyms, withDiscoveredThemes, withUserThemes } from './theme-marks';

/** Echoes through the built-in lexicon's themes and acronyms and the user's themes (no discovered themes). */
export function userEchoOptions(user: readonly UserTheme[]): EchoOptions {
  return { themes: withUserThemes(user), acronyms: builtinAcronyms };
}

/**
 * Echoes through the built-in and user themes and the discovered themes of a themes() result (weighted lower,
 * never making an echo alone; `plenary-diff compare --discovered-themes`).
 */
export function discoveredEchoOptions(user: readonly UserTheme[], found: Themes): EchoOptions {
  return { themes: withDiscoveredThemes(user, found), acronyms: builtinAcronyms };
}
