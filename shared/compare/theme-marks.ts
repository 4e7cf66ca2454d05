/**
 * Which themes each body paragraph carries, for the echoes: the built-in lexicon, user and discovered
 * themes (label and terms, from shared/themes) and acronyms ("CAR" ↔ "Central African Republic"), matched
 * on the comparison's own light stems so the compare worker needs no NLP model.
 */
import { builtinLexicon, knownAcronyms } from '../themes/lexicon';
import type { Themes } from '../themes/model';
import type { UserTheme } from '../themes/user-theme';
import type { BlockAnalysis } from './analyse';
import { GENERIC_WORDS, STOP_WORDS } from './stop-words';
import { stem, wordSpans, type TermVocabulary } from './text-terms';

/** A theme as the echoes use it: a label and the terms that mark it. */
export interface EchoTheme {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly string[];
  /**
   * Found by theme discovery (shared/themes), not named by the lexicon or the user: it adds to an echo's
   * score at a lower weight but never makes one alone (see echoes.ts).
   */
  readonly discovered?: boolean;
}

/**
 * Themes too broad to relate two paragraphs on their own: the coalition's own participation is what
 * every statement is about. (A theme whose terms are all the topic's generic words — "Kimberley
 * Process" — is generic too.)
 */
const GENERIC_THEME_IDS: ReadonlySet<string> = new Set(['lexicon:civil-society']);

const GENERIC_STEMS: ReadonlySet<string> = new Set(GENERIC_WORDS.map(stem));

/** The built-in lexicon's themes. */
export const builtinEchoThemes: readonly EchoTheme[] = builtinLexicon.map((e) => ({
  id: `lexicon:${e.id}`,
  label: e.label,
  terms: e.terms,
}));

/** The built-in themes and a user's themes (ids `user:<id>`), as the echoes take them. */
export function withUserThemes(user: readonly UserTheme[]): EchoTheme[] {
  return [...builtinEchoThemes, ...user.map((u) => ({ id: `user:${u.id}`, label: u.label, terms: u.terms }))];
}

/** The built-in and user themes, and the discovered themes of a themes() result (those not folded into them). */
export function withDiscoveredThemes(user: readonly UserTheme[], found: Themes): EchoTheme[] {
  const discovered = found.themes
    .filter((t) => t.source === 'discovered')
    .map((t) => ({ id: t.id, label: t.label, terms: t.terms, discovered: true }));
  return [...withUserThemes(user), ...discovered];
}

/** Acronyms assumed when statements do not define them. */
export const builtinAcronyms: Readonly<Record<string, string>> = knownAcronyms;

/** One term compiled: content-word stems in order; acronyms match only as written in capitals. */
interface Pattern {
  readonly theme: number;
  readonly parts: readonly string[];
  readonly acronym: boolean;
}

const ACRONYM = /^[A-Z][A-Z0-9]+$/;

/** The themes' terms, with each acronym and its long form standing for each other. */
function patternsOf(
  themes: readonly EchoTheme[],
  acronyms: Readonly<Record<string, string>>,
): Map<string, Pattern[]> {
  const byFirst = new Map<string, Pattern[]>();
  const longToShort = new Map<string, string>();
  for (const [short, long] of Object.entries(acronyms)) longToShort.set(long.toLowerCase(), short);
  themes.forEach((theme, index) => {
    const terms = new Set(theme.terms);
    for (const term of theme.terms) {
      const short = longToShort.get(term.toLowerCase());
      if (short) terms.add(short);
      const long = acronyms[term];
      if (long && ACRONYM.test(term)) terms.add(long);
    }
    for (const term of terms) {
      const acronym = ACRONYM.test(term);
      const parts = acronym
        ? [term]
        : wordSpans(term)
            .filter((w) => !STOP_WORDS.has(w.word))
            .map((w) => stem(w.word));
      const first = parts[0];
      if (first === undefined) continue;
      const list = byFirst.get(first);
      const pattern = { theme: index, parts, acronym };
      if (list) list.push(pattern);
      else byFirst.set(first, [pattern]);
    }
  });
  return byFirst;
}

/** Answers of isGenericTheme by theme (themes are immutable). */
const genericByTheme = new WeakMap<EchoTheme, boolean>();

/** True when a theme cannot relate two paragraphs alone. */
export function isGenericTheme(theme: EchoTheme): boolean {
  let generic = genericByTheme.get(theme);
  if (generic === undefined) {
    generic =
      GENERIC_THEME_IDS.has(theme.id) ||
      theme.terms.every((term) =>
        wordSpans(term).every((w) => STOP_WORDS.has(w.word) || GENERIC_STEMS.has(stem(w.word))),
      );
    genericByTheme.set(theme, generic);
  }
  return generic;
}

/** Compiled patterns by theme list, then by acronym table (both immutable once made). */
const compiled = new WeakMap<readonly EchoTheme[], WeakMap<object, Pattern[]>>();

/** patternsOf's patterns as one list, compiled once per theme list and acronym table. */
function compiledPatterns(
  themes: readonly EchoTheme[],
  acronyms: Readonly<Record<string, string>>,
): Pattern[] {
  let byAcronyms = compiled.get(themes);
  if (!byAcronyms) {
    byAcronyms = new WeakMap();
    compiled.set(themes, byAcronyms);
  }
  let patterns = byAcronyms.get(acronyms);
  if (!patterns) {
    patterns = [...patternsOf(themes, acronyms).values()].flat();
    byAcronyms.set(acronyms, patterns);
  }
  return patterns;
}

/** True when a sorted term array holds the term. */
function holds(terms: Int32Array, term: number): boolean {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = terms[mid] as number;
    if (t === term) return true;
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** A compiled pattern with the term ids of its parts. */
interface PatternIds {
  readonly pattern: Pattern;
  readonly ids: readonly number[];
}

/** The patterns of one theme list and acronym table in the terms of one vocabulary, by their first part's id. */
interface PatternIndex {
  readonly themes: readonly EchoTheme[];
  readonly acronyms: object;
  /** By term id (an array, not a Map: every term of every paragraph is looked up). */
  readonly byFirst: (PatternIds[] | undefined)[];
  /** Patterns with a part the vocabulary did not hold yet (looked up again once it has grown). */
  pending: readonly Pattern[];
  /** The vocabulary's number of terms when `pending` was last looked up. */
  terms: number;
}

/** The last pattern index made per vocabulary (an overview marks thousands of statements with one vocabulary). */
const patternIndexes = new WeakMap<TermVocabulary, PatternIndex>();

/**
 * Each pattern with the term ids of its parts, by its first part's; a part no statement uses rules it out (until
 * the vocabulary holds it: a vocabulary only grows, and a term once there keeps its id).
 */
function patternsByFirstTerm(
  themes: readonly EchoTheme[],
  acronyms: Readonly<Record<string, string>>,
  vocabulary: TermVocabulary,
): readonly (readonly PatternIds[] | undefined)[] {
  let index = patternIndexes.get(vocabulary);
  if (!index || index.themes !== themes || index.acronyms !== acronyms) {
    index = { themes, acronyms, byFirst: [], pending: compiledPatterns(themes, acronyms), terms: -1 };
    patternIndexes.set(vocabulary, index);
  }
  if (index.terms !== vocabulary.terms.keys.length) {
    // Filled to the vocabulary's size, so the array stays dense however large the ids.
    while (index.byFirst.length < vocabulary.terms.keys.length) index.byFirst.push(undefined);
    const pending: Pattern[] = [];
    for (const pattern of index.pending) {
      const ids = pattern.parts.map((part) =>
        vocabulary.terms.ids.get(pattern.acronym ? stem(part.toLowerCase()) : part),
      );
      if (!ids.every((id) => id !== undefined)) {
        pending.push(pattern);
        continue;
      }
      const first = ids[0] as number;
      const entry = { pattern, ids: ids as number[] };
      (index.byFirst[first] ??= []).push(entry);
    }
    index.pending = pending;
    index.terms = vocabulary.terms.keys.length;
  }
  return index.byFirst;
}

/**
 * For each block, the indices (into `themes`) of the themes it carries, ascending. A block is read word by
 * word only for a term of several words or an acronym whose words it holds; single words are found among
 * its terms.
 */
export function markThemes(
  blocks: readonly BlockAnalysis[],
  themes: readonly EchoTheme[],
  acronyms: Readonly<Record<string, string>>,
  vocabulary: TermVocabulary,
): number[][] {
  const byFirst = patternsByFirstTerm(themes, acronyms, vocabulary);
  // A loop and functions of the module, not callbacks made anew on each call, which the engine optimises anew
  // (README, session 12).
  const marks: number[][] = [];
  for (const b of blocks) marks.push(blockThemes(b, byFirst));
  return marks;
}

/** The themes one block holds, ascending. */
function blockThemes(b: BlockAnalysis, byFirst: ReturnType<typeof patternsByFirstTerm>): number[] {
  const found: number[] = [];
  // Words as written, read only when the block holds an acronym's term ("car" may be an acronym's).
  let written: Set<string> | null = null;
  for (const term of b.terms.terms)
    for (const { pattern, ids } of byFirst[term] ?? []) {
      if (found.includes(pattern.theme) || !holdsAll(b.terms.terms, ids)) continue;
      if (pattern.acronym) {
        if (written === null) {
          written = new Set();
          for (const w of wordSpans(b.block.text)) written.add(w.text);
        }
        if (written.has(pattern.parts[0] as string)) found.push(pattern.theme);
      } else if (ids.length === 1 || occurs(ids, b.terms.sequence)) found.push(pattern.theme);
    }
  return found.sort(ascending);
}

function ascending(x: number, y: number): number {
  return x - y;
}

/** True when the sorted terms hold every one of the ids. */
function holdsAll(terms: Int32Array, ids: readonly number[]): boolean {
  for (const id of ids) if (!holds(terms, id)) return false;
  return true;
}

/** The last marks made by markThemesOnce, per block list (the blocks of one analysis). */
const lastMarks = new WeakMap<
  readonly BlockAnalysis[],
  { themes: readonly EchoTheme[]; acronyms: object; marks: readonly (readonly number[])[] }
>();

/**
 * markThemes for blocks marked again and again with the same themes: a reference's paragraphs, once for all
 * the statements of an overview. The marks stay true as the vocabulary grows: a block holds only terms it
 * had when it was analysed.
 */
export function markThemesOnce(
  blocks: readonly BlockAnalysis[],
  themes: readonly EchoTheme[],
  acronyms: Readonly<Record<string, string>>,
  vocabulary: TermVocabulary,
): readonly (readonly number[])[] {
  const last = lastMarks.get(blocks);
  if (last && last.themes === themes && last.acronyms === acronyms) return last.marks;
  const marks = markThemes(blocks, themes, acronyms, vocabulary);
  lastMarks.set(blocks, { themes, acronyms, marks });
  return marks;
}

/** True when the term ids occur in a row among the sequence's content words (stop words skipped). */
function occurs(ids: readonly number[], sequence: Int32Array): boolean {
  const first = ids[0] as number;
  for (let i = 0; i < sequence.length; i++) {
    if (sequence[i] !== first) continue;
    let k = 1;
    for (let j = i + 1; j < sequence.length && k < ids.length; j++) {
      const key = sequence[j] as number;
      if (key < 0) continue;
      if (key !== ids[k]) break;
      k++;
    }
    if (k === ids.length) return true;
  }
  return false;
}
