/** The save dialog's file type for a report name, kept free of Electron so it can be tested. */

/** A save dialog filter: a name people read and the extensions it allows. */
export interface SaveFilter {
  readonly name: string;
  readonly extensions: string[];
}

const NAMES: Readonly<Record<string, string>> = {
  html: 'Web page (HTML)',
  md: 'Markdown',
  csv: 'Spreadsheet (CSV)',
  json: 'JSON',
  pdf: 'PDF',
};

/** The filter for `name`'s extension ("comparison.md" → Markdown, *.md). */
export function saveDialogFilter(name: string): SaveFilter {
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  return { name: NAMES[extension] ?? 'File', extensions: extension ? [extension] : ['*'] };
}
