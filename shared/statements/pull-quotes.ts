/**
 * Pull quotes: a sentence of the text set again, large, between its paragraphs (a news page's or a blog's "pull
 * quote"), copied or printed with the page as a paragraph of its own. It repeats words the text says anyway.
 */
import type { BlockRole } from './model';
import { words } from '../text/words';

// A pull quote is a sentence or two, never a paragraph of speech at length.
const MIN_WORDS = 8;
const MAX_WORDS = 60;
// An unquoted one stands this close to the paragraph it is taken from; a quoted one anywhere in the text.
const NEAR = 3;

// Opening and closing quotation marks, as pages set them.
const QUOTED = /^\s*["“‘'«„]([\s\S]+?)["”’'»“]\s*(?:[-–—]\s*\S.{0,80})?$/;

/** The words of a text, folded, joined by single spaces, with a space at each end (so a match is of whole words). */
function wordLine(text: string): string {
  return ` ${words(text, { fold: 'accents' }).join(' ')} `;
}

/**
 * Marks as boilerplate each body paragraph whose words all stand, in the same order, inside another, longer body
 * paragraph of the text: a pull quote. It must be a sentence or two (8 to 60 words) and either set in quotation
 * marks (perhaps with a dash and whom it quotes after them) or stand within three paragraphs of the one it repeats.
 * A statement's own paragraph quoted whole in a news page's introduction is not one: it is not in marks of its own
 * and the introduction stands far above it.
 */
export function markPullQuotes(paragraphs: readonly string[], roles: BlockRole[]): void {
  const body = paragraphs.flatMap((p, i) => (roles[i] === 'body' ? [i] : []));
  const lines = new Map(body.map((i) => [i, wordLine(paragraphs[i] as string)]));
  for (const i of body) {
    const text = paragraphs[i] as string;
    const quoted = QUOTED.exec(text);
    const own = wordLine(quoted ? (quoted[1] as string) : text);
    const count = own.trim() ? own.trim().split(' ').length : 0;
    if (count < MIN_WORDS || count > MAX_WORDS) continue;
    const repeats = body.some(
      (j) =>
        j !== i &&
        (quoted !== null || Math.abs(j - i) <= NEAR) &&
        (lines.get(j) as string).length > own.length &&
        (lines.get(j) as string).includes(own),
    );
    if (repeats) roles[i] = 'boilerplate';
  }
}
