/**
 * A document-sharing site's viewer around a statement copied from it: the site's logo line and buttons, the file's
 * name as the site shows it ("Closing statement 2067 plenary sample coalition"), then the viewer's pager ("1 of 4")
 * and its offer to download ("Download to read offline"), then the document's own text with its own heading. The
 * file's name over the pager is the site's label for the upload, not the statement's heading.
 */
import type { BlockRole } from './model';
import { isDownloadOffer } from './residue';

// The viewer's count of pages or slides, alone on a line: "1 of 4", "1 / 11".
const PAGER = /^1\s*(of|\/)\s*\d{1,3}$/i;
// The viewer's lines sit near the top of the text.
const VIEWER_REACH = 20;

/** Marks as furniture a document viewer's lines and the file's name over them, when the text has them. */
export function markViewerName(paragraphs: readonly string[], roles: BlockRole[]): void {
  const top = Math.min(paragraphs.length - 1, VIEWER_REACH);
  for (let i = 1; i < top; i++) {
    const pager = (paragraphs[i] as string).trim();
    const beside = [paragraphs[i - 1], paragraphs[i + 1]].map((p) => (p ?? '').trim());
    if (!PAGER.test(pager) || !beside.some(isDownloadOffer)) continue;
    // The viewer and everything over it: the site's lines, the upload's name, the pager and its download offer.
    const last = isDownloadOffer(beside[1] as string) ? i + 1 : i;
    for (let k = 0; k <= last; k++) roles[k] = 'boilerplate';
    return;
  }
}
