/** How far a folder import goes, the same for a folder picked in the menu and one dropped on the window. */

/** Folders nested deeper than this below the chosen one are not walked. */
export const MAX_FOLDER_DEPTH = 16;
/** A folder import stops after this many files. */
export const MAX_FOLDER_FILES = 5000;

/** True for an entry a folder walk skips: hidden ones (".git", ".DS_Store") and what they hold. */
export function isHiddenEntryName(name: string): boolean {
  return name.startsWith('.');
}
