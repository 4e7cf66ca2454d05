/** A paragraph cut down to its marked phrases and some words around them, for the list of search hits. */
import type { TextRange } from '../../shared/search/search';

/** A piece of a snippet: plain text, a marked hit, or an elision (…) where text was left out. */
export type SnippetPiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'mark'; readonly text: string }
  | { readonly kind: 'gap' };

/** How a snippet is cut. */
export interface SnippetOptions {
  /** Characters of context kept on each side of a mark (extended to a word boundary). */
  readonly context?: number;
  /** Marks shown at most; the rest of the paragraph is elided. */
  readonly maxMarks?: number;
}

/**
 * The text around the first `maxMarks` ranges, `context` characters either side (widened to whole words), the
 * windows merged where they meet; whitespace runs shown as one space. Without ranges: the paragraph's start.
 */
export function snippet(
  text: string,
  ranges: readonly TextRange[],
  options: SnippetOptions = {},
): SnippetPiece[] {
  const context = options.context ?? 80;
  const shown = ranges.slice(0, options.maxMarks ?? 6);
  if (shown.length === 0) {
    const end = wordEnd(text, Math.min(text.length, 2 * context));
    return end < text.length ? [plain(text.slice(0, end)), { kind: 'gap' }] : [plain(text)];
  }
  const windows: { start: number; end: number }[] = [];
  for (const range of shown) {
    const start = wordStart(text, Math.max(0, range.start - context), range.start);
    const end = wordEnd(text, Math.min(text.length, range.end + context), range.end);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const pieces: SnippetPiece[] = [];
  let next = 0;
  for (const window of windows) {
    if (window.start > 0) pieces.push({ kind: 'gap' });
    let at = window.start;
    for (const range of shown) {
      if (range.start < window.start || range.end > window.end) continue;
      if (range.start > at) pieces.push(plain(text.slice(at, range.start)));
      pieces.push({ kind: 'mark', text: text.slice(range.start, range.end) });
      at = range.end;
    }
    if (at < window.end) pieces.push(plain(text.slice(at, window.end)));
    next = window.end;
  }
  if (next < text.length) pieces.push({ kind: 'gap' });
  // Two gaps never meet: a window that ends where the next starts was merged above.
  return pieces.filter((piece, i) => !(piece.kind === 'gap' && pieces[i - 1]?.kind === 'gap'));
}

function plain(text: string): SnippetPiece {
  return { kind: 'text', text: text.replace(/\s+/g, ' ') };
}

// Moves a window's start back to the start of the word it falls in (at most 20 characters), never past `limit`.
function wordStart(text: string, at: number, limit = at): number {
  let start = at;
  while (start > 0 && start > at - 20 && /\S/.test(text.charAt(start - 1))) start--;
  if (start > 0 && /\S/.test(text.charAt(start - 1))) {
    // A very long word: cut forward to the next space instead, but not past the mark.
    start = at;
    while (start < limit && /\S/.test(text.charAt(start))) start++;
  }
  return start;
}

// Moves a window's end forward to the end of the word it falls in (at most 20 characters), never before `limit`.
function wordEnd(text: string, at: number, limit = at): number {
  let end = at;
  while (end < text.length && end < at + 20 && /\S/.test(text.charAt(end))) end++;
  if (end < text.length && /\S/.test(text.charAt(end))) {
    end = at;
    while (end > limit && /\S/.test(text.charAt(end - 1))) end--;
  }
  return end;
}
