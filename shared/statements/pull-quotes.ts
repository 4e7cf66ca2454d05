/**
 * Pull quotes: a sentence of the text set again, large, between its paragraphs (a news page's or a blog's "pull
 * quote"), copied or printed with the page as a paragraph of its own. It repeats words the text says anyway.
 */
import type { BlockRole } from './model';
import { words } from '../text/words';

// A pull quote is a sentence or two, never a paragraph of speech at length.
const MIN_WORDS = 8;
const MAX_WORDS = 60;
// An unquoted one stands this close (in paragraphs of speech) to the paragraph it is taken from; a quoted one may
// stand a little further, as a page sets it where the layout has room.
const NEAR = 3;
const QUOTED_NEAR = 12;
// Longer than 60 words can be, at any length of word: no pull quote.
const MAX_CHARS = 1_000;
// How much of a candidate's middle is looked for as written before its words are compared.
const PROBE_CHARS = 24;

// Opening and closing quotation marks, as pages set them.
const QUOTED = /^\s*["“‘'«„]([\s\S]+?)["”’'»“]\s*(?:[-–—]\s*\S.{0,80})?$/;
// Where a pull quote leaves words out: "…", "...", "[…]", "(...)".
const LEFT_OUT = /\s*(?:[[(]\s*(?:…|\.{3})\s*[\])]|…|\.{3})\s*/;
// Each stretch of a shortened quote is a phrase, not a word or two that any paragraph may hold.
const MIN_PIECE_WORDS = 3;

/** The words of a text, folded, joined by single spaces, with a space at each end (so a match is of whole words). */
function wordLine(text: string): string {
  return ` ${words(text, { fold: 'lower' }).join(' ')} `;
}

/** True when each of `pieces` (word lines) stands in `line`, in their order, none overlapping the one before. */
function holdsInOrder(line: string, pieces: readonly string[]): boolean {
  let from = 0;
  for (const piece of pieces) {
    const at = line.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length - 1;
  }
  return true;
}

/**
 * Marks as boilerplate each body paragraph whose words all stand, in the same order, inside another, longer body
 * paragraph of the text: a pull quote. It must be a sentence or two (8 to 60 words) and stand within three
 * paragraphs of the one it repeats, or twelve when set in quotation marks (perhaps with a dash and whom it quotes).
 * A quote that leaves words out ("…") is one when each of its stretches (three words or more) stands there in
 * order. A statement's own paragraph quoted whole in a news page's introduction is not one: it is not in marks of
 * its own and the introduction stands far above it.
 */
export function markPullQuotes(paragraphs: readonly string[], roles: BlockRole[]): void {
  const body = paragraphs.flatMap((p, i) => (roles[i] === 'body' ? [i] : []));
  // Folded word lines, made only for the paragraphs a candidate's words are looked for in.
  const lines = new Map<number, string>();
  const lineOf = (j: number) => {
    let line = lines.get(j);
    if (line === undefined) lines.set(j, (line = wordLine(paragraphs[j] as string)));
    return line;
  };
  body.forEach((i, at) => {
    const text = paragraphs[i] as string;
    if (text.length > MAX_CHARS) return;
    const quoted = QUOTED.exec(text);
    const inner = quoted ? (quoted[1] as string) : text;
    const stretches = inner.split(LEFT_OUT).filter((piece) => piece.trim() !== '');
    // A stretch from the middle of its longest part, as written: a paragraph that repeats it holds it unchanged (a
    // cheap first look).
    const longest = stretches.reduce((a, b) => (b.length > a.length ? b : a), '');
    const probe = longest.slice(Math.floor(longest.length / 3), Math.floor(longest.length / 3) + PROBE_CHARS);
    const reach = quoted ? QUOTED_NEAR : NEAR;
    const near = body.slice(Math.max(0, at - reach), at + reach + 1);
    const holders = near.filter((j) => {
      const other = paragraphs[j] as string;
      return j !== i && other.length > inner.length && other.includes(probe);
    });
    if (!holders.length) return;
    const pieces = stretches.map(wordLine);
    const counts = pieces.map((piece) => (piece.trim() ? piece.trim().split(' ').length : 0));
    const count = counts.reduce((a, b) => a + b, 0);
    if (count < MIN_WORDS || count > MAX_WORDS) return;
    if (pieces.length > 1 && counts.some((n) => n < MIN_PIECE_WORDS)) return;
    const own = pieces.join('').length;
    if (holders.some((j) => lineOf(j).length > own && holdsInOrder(lineOf(j), pieces)))
      roles[i] = 'boilerplate';
  });
}
