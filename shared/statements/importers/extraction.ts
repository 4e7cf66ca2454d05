/** What every format importer hands back: plain text in paragraphs, or why it could not. */
import type { ImportErrorCode } from '../model';

/**
 * The text of a file, paragraphs separated by a blank line and line breaks inside a paragraph kept
 * as single newlines; or a failure with a code and a reason a person understands.
 */
export type Extraction =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: ImportErrorCode; readonly reason: string };

/** A failed extraction. */
export function extractionError(code: ImportErrorCode, reason: string): Extraction {
  return { ok: false, code, reason };
}
