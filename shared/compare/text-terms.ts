/** Turns paragraph text into weighted-term material: words, their light stems, as small integer ids. */
import { GENERIC_WORDS, STOP_WORDS } from './stop-words';
import {
  foldWord,
  wordBounds,
  words as textWords,
  wordSpans as textWordSpans,
  type WordOptions,
  type WordSpan,
} from '../text/words';
import { createVocabulary, idOf, type Vocabulary } from '../text/vocabulary';

/** Words as compare weighs them: Han and kana one character at a time, lower case, apostrophes plain. */
export const TERM_WORDS: WordOptions = { cjk: 'each', fold: 'lower' };

/** The words of a text, lower-cased, with typographic apostrophes made plain. */
export function words(text: string): string[] {
  return textWords(text, TERM_WORDS);
}

/** The words of a text with their offsets; `word` is what `words` would give for it, `text` as written. */
export function wordSpans(text: string): WordSpan[] {
  return textWordSpans(text, TERM_WORDS);
}

/** A light stem: strips possessives, plurals and -ing/-ed/-ly/-e so "controls" and "control" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/[sui]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const GENERIC_STEMS: ReadonlySet<string> = new Set(GENERIC_WORDS.map(stem));

/**
 * Word and term ids shared by the statements of one comparison (or one overview), so paragraphs are
 * compared as sorted integer arrays rather than maps of strings: two vocabularies (word forms, and their
 * stems as terms) and the links between them.
 */
export interface TermVocabulary {
  /** Word forms (lower case) and their ids. */
  readonly words: Vocabulary;
  /** Word id → term id, or -1 for a stop word. */
  readonly wordTerm: number[];
  /** Stems and their term ids. */
  readonly terms: Vocabulary;
  /** Term id → true for the topic's generic vocabulary. */
  readonly termGeneric: boolean[];
}

/** An empty term vocabulary. */
export function createTermVocabulary(): TermVocabulary {
  return { words: createVocabulary(), wordTerm: [], terms: createVocabulary(), termGeneric: [] };
}

function wordId(vocabulary: TermVocabulary, word: string): number {
  const known = vocabulary.words.ids.get(word);
  if (known !== undefined) return known;
  const id = idOf(vocabulary.words, word);
  let term = -1;
  if (!STOP_WORDS.has(word)) {
    const name = stem(word);
    const count = vocabulary.terms.keys.length;
    term = idOf(vocabulary.terms, name);
    if (term === count) vocabulary.termGeneric.push(GENERIC_STEMS.has(name));
  }
  vocabulary.wordTerm.push(term);
  return id;
}

/** The terms of a text and how it is made up. */
export interface TextTerms {
  /** Term ids of the content words (stop words left out), ascending, each once. */
  readonly terms: Int32Array;
  /** How often each term occurs, aligned with `terms`. */
  readonly counts: Int32Array;
  /** Word ids of the content words, ascending, each once (to show a person words, not stems). */
  readonly wordIds: Int32Array;
  /** All words, stop words included. */
  readonly words: number;
  /**
   * Every word in text order as a key: its term id for a content word, -1 - word id for a stop word (so
   * quotations and multi-word themes are found without reading the text again).
   */
  readonly sequence: Int32Array;
}

/** Per vocabulary: word ids by the word as written (before folding), so each written form is folded once. */
const writtenIds = new WeakMap<TermVocabulary, Map<string, number>>();

function writtenOf(vocabulary: TermVocabulary): Map<string, number> {
  let written = writtenIds.get(vocabulary);
  if (!written) {
    written = new Map();
    writtenIds.set(vocabulary, written);
  }
  return written;
}

/**
 * The word id of a word as written (`form`, one word as the scanner cuts it with TERM_WORDS), added to the
 * vocabulary when new: the id textTerms gives it, the form folded only the first time it is met.
 */
export function wordIdOfForm(
  vocabulary: TermVocabulary,
  form: string,
  known = writtenOf(vocabulary),
): number {
  let id = known.get(form);
  if (id === undefined) {
    id = wordId(vocabulary, foldWord(form, TERM_WORDS.fold));
    known.set(form, id);
  }
  return id;
}

/**
 * Counts the stems of a text's content words. (Word-pair shingles were measured too: no better at telling
 * related from same-topic paragraphs on the generated pairs, and twice the terms.)
 */
export function textTerms(text: string, vocabulary: TermVocabulary): TextTerms {
  const known = writtenOf(vocabulary);
  // Word ids by the words as written: a form met before is not folded again.
  const { count: words, starts, ends } = wordBounds(text, TERM_WORDS);
  if (scratch.all.length < words) scratch.all = new Int32Array(Math.max(words, 2 * scratch.all.length));
  const all = scratch.all;
  for (let i = 0; i < words; i++)
    all[i] = wordIdOfForm(vocabulary, text.slice(starts[i] as number, ends[i] as number), known);
  if (scratch.terms.length < words) {
    scratch.terms = new Int32Array(all.length);
    scratch.words = new Int32Array(all.length);
  }
  const termBuffer = scratch.terms;
  const wordBuffer = scratch.words;
  const sequence = new Int32Array(words);
  let n = 0;
  for (let i = 0; i < words; i++) {
    const id = all[i] as number;
    const term = vocabulary.wordTerm[id] as number;
    sequence[i] = term >= 0 ? term : -1 - id;
    if (term < 0) continue;
    termBuffer[n] = term;
    wordBuffer[n] = id;
    n++;
  }
  const sortedTerms = termBuffer.subarray(0, n).sort();
  const sortedWords = wordBuffer.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sortedTerms[i] !== sortedTerms[i - 1]) distinct++;
  const terms = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let k = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sortedTerms[i] !== sortedTerms[i - 1]) terms[++k] = sortedTerms[i] as number;
    counts[k] = (counts[k] as number) + 1;
  }
  let uniqueWords = 0;
  for (let i = 0; i < n; i++)
    if (i === 0 || sortedWords[i] !== sortedWords[i - 1])
      sortedWords[uniqueWords++] = sortedWords[i] as number;
  return { terms, counts, wordIds: sortedWords.slice(0, uniqueWords), words, sequence };
}

/**
 * Work space of textTerms, reused from text to text (a pure cache: each call overwrites what it reads): the word
 * ids of the text's words, and its terms and content word ids before sorting.
 */
const scratch = { all: new Int32Array(1024), terms: new Int32Array(1024), words: new Int32Array(1024) };

/** True when `a` is the better form to show: shorter, then alphabetically first. */
export function betterForm(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

/** For each wanted term, the best word form found in the given texts' terms (the stem when none is). */
export function formsOf(
  termIds: readonly number[],
  texts: readonly TextTerms[],
  vocabulary: TermVocabulary,
): string[] {
  const best = new Map<number, string>();
  const wanted = new Set(termIds);
  for (const t of texts) {
    for (const w of t.wordIds) {
      const term = vocabulary.wordTerm[w] as number;
      if (!wanted.has(term)) continue;
      const form = vocabulary.words.keys[w] as string;
      const known = best.get(term);
      if (known === undefined || betterForm(form, known)) best.set(term, form);
    }
  }
  return termIds.map((id) => best.get(id) ?? (vocabulary.terms.keys[id] as string));
}
