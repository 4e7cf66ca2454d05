/** The echo options of a comparison with a user's themes: the same for the CLI (`--themes`) and the app. */
import type { UserTheme } from '../themes/user-theme';
import type { EchoOptions } from './echoes';
import { builtinAcronyms, withUserThemes } from './theme-marks';

/** Echoes through the built-in lexicon's themes and acronyms and the user's themes (no discovered themes). */
export function userEchoOptions(user: readonly UserTheme[]): EchoOptions {
  return { themes: withUserThemes(user), acronyms: builtinAcronyms };
}
