/** Search by a theme's spellings: the words of a phrase in any order, singular or plural, and acronyms ↔ long forms. */
import { foldPlain } from '../text/fold';
import { wordSpans, words } from '../text/words';

/** A half-open range of offsets in a folded paragraph. */
interface FoldedRange {
  readonly start: number;
  readonly end: number;
}

// Words that may sit between the words of a spelling ("definition of the conflict diamonds").
const links = new Set(['of', 'the', 'a', 'an', 'for', 'on', 'in', 'against', 'and']);
const maxLinks = 2;

/** A word as spellings compare it: folded, a plural or possessive ending dropped (zones → zone, KP's → kp). */
export function spellingWord(word: string): string {
  const w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * The spellings of a folded phrase to look for: the phrase itself, and each acronym in it replaced by its
 * long form or a long form by its acronym ("car monitoring" → "central african republic monitoring").
 *
 * @param acronyms acronym → long form, as the themes find them (CAR → Central African Republic)
 */
export function phraseSpellings(phrase: string, acronyms: Readonly<Record<string, string>>): string[] {
  const spellings = new Set([phrase]);
  for (const [acronym, longForm] of Object.entries(acronyms)) {
    const short = foldPlain(acronym);
    const long = foldPlain(longForm);
    for (const spelling of [...spellings]) {
      for (const [from, to] of [
        [short, long],
        [long, short],
      ] as const) {
        const swapped = ` ${spelling} `.replaceAll(` ${from} `, ` ${to} `).trim();
        if (swapped !== spelling) spellings.add(swapped);
      }
    }
  }
  return [...spellings];
}

/**
 * Where a spelling of `phrase` occurs in a folded paragraph: its words, whole, in any order, singular or
 * plural, with up to two linking words (of, the, for, in…) between them, starting and ending with one of its
 * words ("conflict diamond definition" finds "definition of conflict diamonds").
 */
export function spellingRanges(folded: string, phrase: string): FoldedRange[] {
  const wanted = words(phrase)
    .filter((w) => !links.has(w))
    .map(spellingWord);
  if (wanted.length === 0) return [];
  // The paragraph is folded already: its words are taken as they stand.
  const spans = wordSpans(folded).map((span) => ({
    word: spellingWord(span.text),
    link: links.has(span.text),
    start: span.start,
    end: span.end,
  }));
  const found: FoldedRange[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (!wanted.includes((spans[i] as { word: string }).word)) continue;
    const left = [...wanted];
    let gap = 0;
    for (let j = i; j < spans.length; j++) {
      const w = spans[j] as { word: string; link: boolean; start: number; end: number };
      // Only spaces or a hyphen may join the words of one spelling, never punctuation.
      if (j > i && !/^[\s-]*$/.test(folded.slice((spans[j - 1] as { end: number }).end, w.start))) break;
      const at = left.indexOf(w.word);
      if (at >= 0) {
        left.splice(at, 1);
        gap = 0;
        if (left.length === 0) {
          found.push({ start: (spans[i] as { start: number }).start, end: w.end });
          i = j;
          break;
        }
      } else if (!w.link || ++gap > maxLinks) break;
    }
  }
  return found;
}
