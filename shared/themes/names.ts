/** Tells a name (an organisation, a place, a meeting, a role, a proper name) from a theme a reader would name. */
import { countries } from 'countries-list';
import { looksLikeAcronym } from './acronyms';
import { isCommonWord } from './background';
import { themeWords } from './tokenise';
import { nameWords, weakWords } from './lexicon';
import type { ThemeNameKind } from './model';

/** What kind of name a discovered phrase is. */
export type NameKind = ThemeNameKind;

/** How a phrase is written where it occurs. */
export interface Spelling {
  /** The words of its most frequent spelling, as written. */
  readonly words: readonly string[];
  /** Whether it is one acronym. */
  readonly acronym: boolean;
  /** Share of its occurrences inside a sentence (not at its start) written with every word capitalised. */
  readonly titleCase: number;
  /** Occurrences inside a sentence, where capitals tell a name. */
  readonly midSentence: number;
  /** Part of a term of a lexicon or user theme ("Peer" of "peer review"): never a proper name. */
  readonly partOfTerm?: boolean;
  /** The long form when the phrase is an acronym. */
  readonly longForm?: string;
}

const minor = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'for',
  'on',
  'in',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
]);
const continents = ['africa', 'europe', 'asia', 'america', 'oceania', 'antarctica', 'middle east'];

// Country names, their aliases and capitals, lower case, from the countries-list package; single words also
// give their demonyms (russia → russian, zimbabwe → zimbabwean, china → chinese).
function gazetteer(): { phrases: Set<string>; words: Set<string> } {
  const phrases = new Set<string>(continents);
  for (const country of Object.values(countries)) {
    const c: { name: string; capital: string; alias?: readonly string[] } = country;
    for (const name of [c.name, c.capital, ...(c.alias ?? [])]) {
      const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
      if (lower !== '') phrases.add(lower);
    }
  }
  const words = new Set<string>();
  for (const phrase of phrases) {
    if (phrase.includes(' ')) continue;
    words.add(phrase);
    for (const ending of ['n', 'an', 'ian', 'ese', 'i'])
      for (const stem of [phrase, phrase.replace(/[aeiouy]$/, '')]) words.add(stem + ending);
  }
  return { phrases, words };
}

const places = gazetteer();

/** Whether a lowercase word or phrase names a country, a capital or a continent, or is a demonym of one. */
export function isPlace(lower: string): boolean {
  return places.phrases.has(lower) || (!lower.includes(' ') && places.words.has(lower));
}

// The words that carry meaning: link words left out.
function major(words: readonly string[]): string[] {
  return words.filter((w) => !minor.has(w));
}

const lowerAll = (words: readonly string[]) => words.map((w) => w.toLowerCase());

// Whether a word says nothing beyond the name: weak (plenary, members, KP) or a place. Diamonds do: "Russian
// diamonds" are a topic.
function filler(word: string): boolean {
  if (/^diamonds?$/.test(word)) return false;
  return (
    [word, word.replace(/s$/, ''), word.replace(/ies$/, 'y'), word.toUpperCase()].some((w) =>
      weakWords.has(w),
    ) || isPlace(word)
  );
}

/**
 * The kind of name a discovered phrase is, or null for a theme.
 *
 * - an acronym is the name its long form is ("WDC" → World Diamond Council, an organisation); acronyms side by
 *   side name a body ("KP CSC");
 * - organisation: an organisation word alone ("the Coalition", "the council"), or a phrase capitalised where
 *   it occurs (inside sentences) that starts or ends with one ("World Diamond Council", "United Nations",
 *   "Ministry of Mines");
 * - meeting or role: a meeting word ("Plenary meeting", "Intersessional") or a role word ("Coordinator",
 *   "Vice Chair") with nothing but other such words, places and weak words;
 * - place: a country, capital or continent, or nothing but places and weak words ("Botswana", "Russian
 *   Federation", "South Africa");
 * - proper name: capitalised inside sentences nearly always, no word of it everyday English and no part of
 *   a lexicon or user term (a person, a town the gazetteer lacks: "Kasane").
 * Words of names come from `names` in resources/themes/lexicon.json.
 */
export function nameKind(spelling: Spelling): NameKind | null {
  if (spelling.acronym) {
    if (!spelling.longForm) return null;
    const words = spelling.longForm.split(/[\s-]+/).filter((w) => w !== '');
    return nameKind({ words, acronym: false, titleCase: 1, midSentence: 1 });
  }
  // Two or more acronyms side by side name a body ("KP CSC", "UN GA"), never a topic.
  if (spelling.words.length >= 2 && spelling.words.every((w) => looksLikeAcronym(w.replace(/s$/, ''))))
    return 'organisation';
  const lower = lowerAll(spelling.words);
  const words = major(lower);
  if (words.length === 0) return null;
  const capitalised = spelling.midSentence === 0 || spelling.titleCase >= 0.5;
  const last = words[words.length - 1] as string;
  const first = words[0] as string;
  const titled = capitalised && spelling.words.every((w) => minor.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  if (
    (words.length === 1 && nameWords.organisation.has(first)) ||
    (titled && (nameWords.organisation.has(last) || nameWords.organisation.has(first)))
  )
    return 'organisation';
  const only = (kinds: readonly ReadonlySet<string>[]) =>
    words.every((w) => kinds.some((k) => k.has(w)) || filler(w));
  if (words.some((w) => nameWords.meeting.has(w)) && only([nameWords.meeting, nameWords.role]))
    return 'meeting';
  if (words.some((w) => nameWords.role.has(w)) && only([nameWords.role, nameWords.organisation]))
    return 'role';
  if (isPlace(words.join(' ')) || isPlace(lower.join(' '))) return 'place';
  if (words.some((w) => isPlace(w)) && words.every(filler)) return 'place';
  if (
    !spelling.partOfTerm &&
    spelling.midSentence >= 2 &&
    spelling.titleCase >= 0.9 &&
    words.every((w) => !isCommonWord(w) && /^\p{L}+$/u.test(w))
  )
    return 'proper-name';
  return null;
}

const sentenceEnd = /[.!?:;•\u2013\u2014]/;

/**
 * Whether the words at text[start..end) stand inside a sentence (not at its start or a block's), and whether
 * each of their major words is capitalised.
 */
export function capitals(text: string, start: number, end: number): { mid: boolean; title: boolean } {
  let i = start - 1;
  while (i >= 0 && /[\s"'“‘(\u00ab]/u.test(text.charAt(i))) i--;
  const mid = i >= 0 && !sentenceEnd.test(text.charAt(i));
  const title = themeWords(text.slice(start, end)).every((w) => minor.has(w) || /^\p{Lu}/u.test(w));
  return { mid, title };
}
