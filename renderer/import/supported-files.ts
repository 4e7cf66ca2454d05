/** The file types the importers read, for the file picker and for folder walks. */

/** Extensions (lower case, with the dot) the importers read. */
export const IMPORT_EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.docx',
  '.pdf',
] as const;

/** The `accept` attribute of the Import file picker. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** True when the file name ends in an extension the importers read. */
export function isSupportedFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
