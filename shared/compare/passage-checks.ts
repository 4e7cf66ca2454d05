/**
 * What a shared passage is on the page: only a name, or a quotation in quotation marks.
 *
 * A shared passage that is only a name: "the Ad hoc Committee on Review and Reform, its" recurs in a new year's
 * statement because the same bodies are still at work, not because the new text quotes the old. A passage is a
 * name's mention when, on either side, fewer than MIN_FREE_WORDS of its words stand outside capitalised names (in a
 * shorter passage, all but two).
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

/** True when the gap before a word ends a sentence: the text's start, or a full stop, question or exclamation mark. */
function endsSentence(gap: string | null): boolean {
  return gap === null || /[.!?:;]/.test(gap);
}

/** For each word of the text, whether it belongs to a capitalised name. */
function nameWords(text: string, spans: readonly WordSpan[]): boolean[] {
  // Loops, not callbacks: a callback made anew for each text is optimised anew (see README, session 12).
  const n = spans.length;
  const capital: boolean[] = [];
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    const s = spans[i] as WordSpan;
    const is =
      isCapitalised(s.text) &&
      !endsSentence(i === 0 ? null : text.slice((spans[i - 1] as WordSpan).end, s.start));
    capital.push(is);
    if (is) capitals++;
  }
  const names: boolean[] = [];
  if (capitals > TITLE_CASE_SHARE * n) {
    for (let i = 0; i < n; i++) names.push(false);
    return names;
  }
  // A short lower-case link between two capitalised words, with no punctuation around it, is the name's.
  for (let i = 0; i < n; i++)
    names.push(
      (capital[i] as boolean) ||
        (i > 0 &&
          i + 1 < n &&
          capital[i - 1] === true &&
          capital[i + 1] === true &&
          (spans[i] as WordSpan).text.length <= LINK_LETTERS &&
          !(spans[i] as WordSpan).breakBefore &&
          !(spans[i + 1] as WordSpan).breakBefore),
    );
  return names;
}

/**
 * Each text's name words, kept for the texts met again (a pure cache: the reference's paragraphs meet every other
 * statement of an overview); emptied when it holds NAMES_KEPT texts.
 */
const namesOf = new Map<string, readonly boolean[]>();
const NAMES_KEPT = 4096;

/** How many of the words [from, to) of the text stand outside capitalised names. */
export function freeWords(text: string, from: number, to: number): number {
  let names = namesOf.get(text);
  if (!names) {
    if (namesOf.size >= NAMES_KEPT) namesOf.clear();
    names = nameWords(text, wordSpans(text));
    namesOf.set(text, names);
  }
  let free = 0;
  for (let i = from; i < to && i < names.length; i++) if (!names[i]) free++;
  return free;
}

/** True when the passage, words [from, to) of each text, is a name's mention on either side rather than a quotation. */
export function isNameMention(
  reference: { readonly text: string; readonly from: number; readonly to: number },
  other: { readonly text: string; readonly from: number; readonly to: number },
): boolean {
  const needed = (side: { readonly from: number; readonly to: number }) =>
    Math.min(MIN_FREE_WORDS, side.to - side.from - 2);
  const free = freeWords(reference.text, reference.from, reference.to);
  if (free < needed(reference)) return true;
  // No name among the reference's words: the other text, matching them, writes the same words (looked at only when
  // the reference names something: the other side's words cost the overview a reading of each paragraph).
  if (free === reference.to - reference.from) return false;
  return freeWords(other.text, other.from, other.to) < needed(other);
}

/** The character ranges the text puts in quotation marks: “…”, «…», „…“ and pairs of straight "…". */
function quotations(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      if (straight < 0) straight = i;
      else {
        ranges.push({ start: straight, end: i });
        straight = -1;
      }
    } else if (c === '“' && open >= 0 && text[open] === '„') {
      // „…“: the German closing mark is the English opening one.
      ranges.push({ start: open, end: i });
      open = -1;
    } else if (c === '“' || c === '«' || c === '„') {
      open = i;
    } else if ((c === '”' || c === '»') && open >= 0) {
      ranges.push({ start: open, end: i });
      open = -1;
    }
  }
  return ranges;
}

/** Words of a quotation beyond the passage it holds, at most, for the quotation to be that passage. */
const QUOTE_SLACK = 3;

/**
 * The words of [from, to) that stand inside one quotation of the text, as a word range, when that quotation is
 * about them alone (at most QUOTE_SLACK words more: a few words of a long quotation that quotes another paragraph
 * are not quoted from this one); null when none is.
 */
export function quotedWords(text: string, from: number, to: number): { from: number; to: number } | null {
  if (!/["“«„]/.test(text)) return null;
  const spans = wordSpans(text);
  let best: { from: number; to: number } | null = null;
  for (const q of quotations(text)) {
    let a = from;
    while (a < to && (spans[a] as WordSpan).start < q.start) a++;
    let b = a;
    while (b < to && (spans[b] as WordSpan).end <= q.end) b++;
    const inside = spans.filter((w) => w.start > q.start && w.end <= q.end).length;
    if (b > a && inside - (b - a) <= QUOTE_SLACK && (!best || b - a > best.to - best.from))
      best = { from: a, to: b };
  }
  return best;
}
