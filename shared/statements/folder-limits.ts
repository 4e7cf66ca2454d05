/** How far a folder import goes, the same for a folder picked in the menu and one dropped on the window. */

/** Folders nested deeper than this below the chosen one are not walked. */
export const MAX_FOLDER_DEPTH = 16;
/** A folder import stops after this many files. */
export const MAX_FOLDER_FILES = 5000;

/** True for an entry a folder walk skips: hidden ones (".git", ".DS_Store") and what they hold. */
export function isHiddenEntryName(name: string): boolean {
  return name.startsWith('.');
}

// The folder a browser saves a complete page's parts in, beside the page: "Page_files" (Chrome, Firefox, Edge),
// and the names localised browsers give it ("Page-Dateien", "Page_fichiers", "Page_archivos", "Page_arquivos").
const SAVED_PAGE_PARTS = /^(.+?)(_files|-dateien|_fichiers|_archivos|_arquivos|_bestanden|_file)$/i;

/**
 * True for the folder of a saved page's parts (its images, scripts, and the HTML of its frames: share widgets,
 * adverts, embedded posts), beside the page it belongs to: a folder walk skips it, or each frame would be read as
 * a statement. `siblings` are the names of the entries next to it.
 */
export function isSavedPageParts(name: string, siblings: readonly string[]): boolean {
  const base = SAVED_PAGE_PARTS.exec(name)?.[1];
  if (base === undefined) return false;
  const page = base.toLowerCase();
  return siblings.some((s) =>
    ['.html', '.htm', '.xhtml', '.mhtml'].some((ext) => s.toLowerCase() === page + ext),
  );
}
