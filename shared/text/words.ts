/**
 * What a word is, for every part of the app: compare, themes and search scan text with this one scanner and
 * differ only in the options they ask for.
 *
 * A word starts with a letter or a digit and goes on through letters, combining marks and digits; an
 * apostrophe between two such characters stays inside it (don't, d’Ivoire, KP’s). Options decide the rest:
 * whether Han and kana characters are words one by one, whether a possessive 's is left out, and how the
 * word is folded for comparing.
 */
import { foldPlain } from './fold';

/** How to scan and fold words; every field has a default (words as written, CJK runs kept whole). */
export interface WordOptions {
  /**
   * `each`: a Han, Hiragana or Katakana character is a word by itself (those scripts put no spaces between
   * words, so character by character is the honest unit to diff and count); `run` (default): they join the
   * letters around them like any other letter.
   */
  readonly cjk?: 'each' | 'run';
  /** `drop`: a possessive 's (or ’s) is left out of the word ("the KP’s" gives "KP"); `keep` (default). */
  readonly possessive?: 'keep' | 'drop';
  /**
   * The form `wordSpans` and `words` give: `none` (default) as written; `lower`: lower case with typographic
   * apostrophes made plain; `accents`: as search folds text (lower case, accents and marks stripped,
   * typographic quotes and dashes plain, see `foldPlain`).
   */
  readonly fold?: 'none' | 'lower' | 'accents';
}

/** Called for each word: its offsets (UTF-16, as String.prototype.slice), and whether a break precedes it. */
export type WordVisitor = (start: number, end: number, breakBefore: boolean) => void;

/** One word of a text. */
export interface WordSpan {
  /** The word folded as the options ask (`text` itself when they ask for no folding). */
  readonly word: string;
  /** As written: `source.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation or the start of the text separates it from the previous word (only space or one hyphen joins). */
  readonly breakBefore: boolean;
}

// Character classes, one bit each, memoised per non-ASCII code point.
const STARTS = 1;
const CONTINUES = 2;
const CJK = 4;
const classes = new Map<number, number>();
const startPattern = /^[\p{L}\p{N}]$/u;
const continuePattern = /^[\p{L}\p{M}\p{N}]$/u;
const cjkPattern = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function classOf(point: number): number {
  if (point < 128) return isAsciiAlnum(point) ? STARTS | CONTINUES : 0;
  let known = classes.get(point);
  if (known === undefined) {
    const character = String.fromCodePoint(point);
    known =
      (startPattern.test(character) ? STARTS : 0) |
      (continuePattern.test(character) ? CONTINUES : 0) |
      (cjkPattern.test(character) ? CJK : 0);
    classes.set(point, known);
  }
  return known;
}

/** The code point at `i` (a lone surrogate stands for itself). */
function pointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return code;
  return text.codePointAt(i) as number;
}

/** How many code units the character at `i` takes: 2 for a surrogate pair, else 1. */
export function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Whether a word may start with the character at `i` (a letter or a digit, of any script). */
export function startsWord(text: string, i: number): boolean {
  return i < text.length && (classOf(pointAt(text, i)) & STARTS) !== 0;
}

/** Whether the code unit is whitespace, as `\s` reads it. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Whether the code unit is a hyphen that may join the two words of a compound (-, ‐ or ‑). */
export function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

// Between two words of one phrase there is only space, or one hyphen joining a compound (multi-donor).
function joins(text: string, from: number, to: number): boolean {
  if (to - from === 1 && isHyphen(text.charCodeAt(from))) return true;
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

// A word goes on through a letter, mark or digit; in `each` mode a CJK character ends it.
function goesOn(text: string, at: number, each: boolean): boolean {
  const c = classOf(pointAt(text, at));
  return (c & CONTINUES) !== 0 && !(each && (c & CJK) !== 0);
}

/**
 * Calls `visit` for each word of `text`, in order, without cutting any string out of it (the fast path for
 * callers that hash words in place). `breakBefore` is false when only space or one hyphen separates the word
 * from the previous one (hyphenated compounds are separate words with no break between them).
 */
export function scanWords(text: string, visit: WordVisitor, options: WordOptions = {}): void {
  const each = options.cjk === 'each';
  const dropPossessive = options.possessive === 'drop';
  const n = text.length;
  // Where the previous word really ended (a dropped possessive included), or -1 before the first.
  let previousEnd = -1;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ASCII is most text: its letters and digits start and continue words, nothing else does.
    if (code < 128 && !isAsciiAlnum(code)) {
      i++;
      continue;
    }
    const first = code < 128 ? STARTS | CONTINUES : classOf(pointAt(text, i));
    if ((first & STARTS) === 0) {
      i += charLength(text, i);
      continue;
    }
    const start = i;
    i += charLength(text, i);
    if (!(each && (first & CJK) !== 0)) {
      for (;;) {
        while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
        if (i < n && goesOn(text, i, each)) i += charLength(text, i);
        else if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && goesOn(text, i + 1, each)) i += 1;
        else break;
      }
    }
    let end = i;
    if (
      dropPossessive &&
      end - start > 2 &&
      isApostrophe(text.charCodeAt(end - 2)) &&
      (text.charCodeAt(end - 1) | 32) === 115
    ) {
      end -= 2;
    }
    visit(start, end, previousEnd < 0 || !joins(text, previousEnd, start));
    previousEnd = i;
  }
}

/** A word as the options fold it (see `WordOptions.fold`). */
export function foldWord(word: string, fold: WordOptions['fold'] = 'none'): string {
  switch (fold) {
    case 'none':
      return word;
    case 'lower': {
      const lower = word.toLowerCase();
      return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    }
    case 'accents':
      return foldPlain(word);
  }
}

/** The words of one text as offsets (see wordBounds): `count` words, the arrays longer than that. */
export interface WordBounds {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 where a break precedes the word (see WordVisitor). */
  readonly breaks: Uint8Array;
}

/** wordBounds' buffers, reused from text to text, filled by one visitor of the module. */
const bounds = {
  count: 0,
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  breaks: new Uint8Array(256),
};

function visitBound(start: number, end: number, breakBefore: boolean): void {
  const n = bounds.count;
  if (n === bounds.starts.length) {
    const starts = new Int32Array(n * 2);
    const ends = new Int32Array(n * 2);
    const breaks = new Uint8Array(n * 2);
    starts.set(bounds.starts);
    ends.set(bounds.ends);
    breaks.set(bounds.breaks);
    bounds.starts = starts;
    bounds.ends = ends;
    bounds.breaks = breaks;
  }
  bounds.starts[n] = start;
  bounds.ends[n] = end;
  bounds.breaks[n] = breakBefore ? 1 : 0;
  bounds.count = n + 1;
}

/**
 * The words of `text` as scanWords finds them, as offsets in buffers reused by the next call: read them before
 * calling it again. For the hot callers: a loop over them needs no callback, and a callback made anew for each text
 * is optimised anew by the engine (README, session 12).
 */
export function wordBounds(text: string, options: WordOptions = {}): WordBounds {
  bounds.count = 0;
  scanWords(text, visitBound, options);
  return bounds;
}

/** The words of a text with their offsets, folded as the options ask. */
export function wordSpans(text: string, options: WordOptions = {}): WordSpan[] {
  const spans: WordSpan[] = [];
  const { count, starts, ends, breaks } = wordBounds(text, options);
  for (let i = 0; i < count; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const raw = text.slice(start, end);
    spans.push({ word: foldWord(raw, options.fold), text: raw, start, end, breakBefore: breaks[i] === 1 });
  }
  return spans;
}

/** The words of a text, folded as the options ask. */
export function words(text: string, options: WordOptions = {}): string[] {
  const found: string[] = [];
  const { count, starts, ends } = wordBounds(text, options);
  for (let i = 0; i < count; i++)
    found.push(foldWord(text.slice(starts[i] as number, ends[i] as number), options.fold));
  return found;
}

/** How many words a text holds. */
export function countWords(text: string, options: WordOptions = {}): number {
  return wordBounds(text, options).count;
}

/**
 * The whole text as tokens that join back to exactly it: the words (as the options scan them), whitespace
 * runs, and every other character alone (what a word diff aligns).
 */
export function textTokens(text: string, options: WordOptions = {}): string[] {
  const tokens: string[] = [];
  const { count, starts, ends } = wordBounds(text, options);
  let at = 0;
  for (let w = 0; w <= count; w++) {
    // The whitespace runs and other characters before the word (after the last word: to the end).
    const to = w < count ? (starts[w] as number) : text.length;
    while (at < to) {
      const from = at;
      if (isSpaceCode(text.charCodeAt(at))) while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
      else at += charLength(text, at);
      tokens.push(text.slice(from, at));
    }
    if (w === count) break;
    tokens.push(text.slice(to, ends[w] as number));
    at = ends[w] as number;
  }
  return tokens;
}
