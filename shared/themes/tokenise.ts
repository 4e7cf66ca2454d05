/** Splits a block's text into word tokens with their character offsets (the app's one scanner, themes' options). */
import {
  scanWords as scanTextWords,
  wordSpans,
  words,
  type WordOptions,
  type WordSpan,
  type WordVisitor,
} from '../text/words';

/** Words as themes read them: a possessive 's left out, as written (lemmas and acronyms are read later). */
export const THEME_WORDS: WordOptions = { possessive: 'drop' };

/** One word of a block: offsets into the block text (a possessive 's is left out). */
export type Token = WordSpan;

/**
 * Calls `visit` for each word of `text`: a letter or digit followed by letters, marks and digits, with
 * inner apostrophes (don't, KP’s); a possessive 's is left out of the word. Hyphenated compounds become
 * separate words with no break between them.
 */
export function scanWords(text: string, visit: WordVisitor): void {
  scanTextWords(text, visit, THEME_WORDS);
}

/** The word tokens of a text (see `scanWords`). */
export function tokenise(text: string): Token[] {
  return wordSpans(text, THEME_WORDS);
}

/** The words of a text as themes read them, as written (see `scanWords`). */
export function themeWords(text: string): string[] {
  return words(text, THEME_WORDS);
}

/** A 30-bit FNV-1a hash of text[start..end) (30 bits stay a small integer in V8, never a boxed number). */
export function hashChars(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

/** Whether text[start..end) is `stored`, compared in place. */
export function sameChars(stored: string, text: string, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let i = 0; i < stored.length; i++)
    if (stored.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
