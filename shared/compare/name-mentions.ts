/**
 * A shared passage that is only a name: "the Ad hoc Committee on Review and Reform, its" recurs in a new year's
 * statement because the same bodies are still at work, not because the new text quotes the old. A passage is a
 * name's mention when, on either side, fewer than MIN_FREE_WORDS of its words stand outside capitalised names.
 */
import type { WordSpan } from '../text/words';
import { wordSpans } from './text-terms';

/** Words outside names a quotation has at least (a stock name with "the … its" around it has three). */
export const MIN_FREE_WORDS = 5;
/** A lower-case word this short between two capitalised ones belongs to the name ("Committee on Review", "Ad hoc"). */
const LINK_LETTERS = 4;
/** A text in which more words than this share are capitalised is title case: its capitals name nothing. */
const TITLE_CASE_SHARE = 0.6;

function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0) ?? 0;
  const letter = String.fromCodePoint(first);
  return letter !== letter.toLowerCase();
}

/** True when the word opens a sentence (the text's start, or after a full stop, question or exclamation mark). */
function opensSentence(text: string, span: WordSpan): boolean {
  const before = text.slice(0, span.start).replace(/[\s"'“”‘’«»(]+$/u, '');
  return before === '' || /[.!?:;]$/.test(before);
}

/** For each word of the text, whether it belongs to a capitalised name. */
function nameWords(text: string, spans: readonly WordSpan[]): boolean[] {
  const capital = spans.map((s) => isCapitalised(s.text) && !opensSentence(text, s));
  if (capital.filter(Boolean).length > TITLE_CASE_SHARE * spans.length) return spans.map(() => false);
  // A short lower-case link between two capitalised words, with no punctuation around it, is the name's.
  return capital.map(
    (c, i) =>
      c ||
      (i > 0 &&
        i + 1 < spans.length &&
        capital[i - 1] === true &&
        capital[i + 1] === true &&
        (spans[i] as WordSpan).text.length <= LINK_LETTERS &&
        !(spans[i] as WordSpan).breakBefore &&
        !(spans[i + 1] as WordSpan).breakBefore),
  );
}

/** How many of the words [from, to) of the text stand outside capitalised names. */
export function freeWords(text: string, from: number, to: number): number {
  const spans = wordSpans(text);
  const names = nameWords(text, spans);
  let free = 0;
  for (let i = from; i < to && i < spans.length; i++) if (!names[i]) free++;
  return free;
}

/** True when the passage, words [from, to) of each text, is a name's mention on either side rather than a quotation. */
export function isNameMention(
  reference: { readonly text: string; readonly from: number; readonly to: number },
  other: { readonly text: string; readonly from: number; readonly to: number },
): boolean {
  return (
    freeWords(reference.text, reference.from, reference.to) < MIN_FREE_WORDS ||
    freeWords(other.text, other.from, other.to) < MIN_FREE_WORDS
  );
}
