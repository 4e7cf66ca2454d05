/**
 * Heavy paraphrase: a paragraph that says what a reference paragraph says, sentence by sentence, in
 * mostly new words. Its paragraph cosine is too low for the alignment's thresholds (a topical decoy on the
 * same subject can score as high), so it is told apart by its shape instead:
 *
 * - it shares a specific theme with the reference paragraph (built-in lexicon, theme-marks.ts), or else
 *   has a stronger shape (a sum of UNTHEMED_CHAIN over UNTHEMED_GROUPS groups or more, or over groups that hold
 *   every sentence of both paragraphs);
 * - about as long (word counts within LENGTH_RATIO of each other): it says the same things;
 * - sentence by sentence: an order-preserving pairing of the sentences, one to one or one to two (a long
 *   sentence said in two), pairs at least MIN_GROUPS groups of sentences that share weighted terms
 *   (SENTENCE_MATCH), covering at least COVERAGE of the sentences of both paragraphs together. Words meet on
 *   their Porter2 stems ("professionalism" ~ "professional"; wink-porter2-stemmer), and a word the other
 *   sentence lacks meets one WordNet gives the same meaning in a common sense ("rebels" ~ "insurgents",
 *   "broadening" ~ "widen"; lexicon.ts) at RELATED_WEIGHT of an equal word's weight; so does a WordNet
 *   phrase in common use ("take part" ~ "participate", "carry out" ~ "implement") or one of the hand-written
 *   phrase table's ("come to nothing" ~ "fail", "put on hold" ~ "postpone"; phrase-table.ts), found in the sentence's
 *   words and weighing as its heaviest word, but left out of the sentence's norm (its words are counted);
 *   number words are read as digits ("three years" = "3-year"), and an acronym written in capitals meets a
 *   run of words that spells it ("AD" ~ "administrative decision") the way a phrase does;
 * - two sentences stating numbers that do not agree (one states a number the other lacks, or they share none)
 *   make different claims and do not match, whatever words they share ("the fund set up three years ago" against
 *   "attempts at creating a … fund");
 * - a paragraph of one sentence against one (or two) needs that one group only, at WHOLE_CHAIN, with a shared
 *   specific theme (unthemed, unrelated same-topic sentences of the calibration seeds reach 0.39);
 * - it stands out: the sum of the groups' similarities reaches MIN_CHAIN (FULL_COVERAGE_CHAIN when the
 *   groups hold every sentence of both paragraphs: it says all the reference says) and STAND_OUT times the
 *   next best sum of either paragraph with another candidate (random same-topic text matches many paragraphs a
 *   little; a paraphrase matches one much better than the rest); a rival that its own other paragraph
 *   pairs STAND_OUT times better elsewhere does not count (it is taken there);
 * - one paraphrase per paragraph on each side, the best covered first.
 *
 * A decoy (same topic, different content) matches one sentence, rarely two; a paragraph that picks up one
 * point of a longer one is much shorter. Calibrated on the calibration statements of testing/echo-truth and
 * the calibration seeds of the generated pairs (measured: 8 of 8 calibration paraphrases, no decoy; over the 400
 * calibration seeds of unrelated same-topic pairs 1 link, the ordinary alignment's, and none by this rule since the
 * phrase table, none with the real 2019 paragraphs as their base; none over the held-apart seeds). Without any theme condition 2 unrelated pairs on the real base link
 * too (sums 0.41 and 0.46 over 2 and 3 groups), hence the stronger shape asked of unthemed pairs.
 */
// The package ships no types; this reference brings ours into every project that compiles this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./porter2-stemmer.d.ts" />
import porter2 from 'wink-porter2-stemmer';
import type { BlockAnalysis, SentenceWords, StatementAnalysis } from './analyse';
import { lexiconGroups, shareGroup, startsLexiconPhrase } from './lexicon';
import { cosine, type Weighting } from './similarity';
import { TERM_WORDS, wordIdOfForm, type TermVocabulary } from './text-terms';
import { isSpaceCode, wordBounds } from '../text/words';

/** Pairs below this paragraph cosine are not considered (nothing in common at all). */
export const PARAPHRASE_MIN_COSINE = 0.04;
/** Word counts within this factor of each other. */
const LENGTH_RATIO = 1.5;
/** Weighted-term similarity at which two sentences (or a sentence and two) say the same thing in other words. */
const SENTENCE_MATCH = 0.09;
/** Share of all the sentences of both paragraphs that the matching groups must cover. */
const COVERAGE = 0.5;
/** Matching groups needed when either paragraph has more than one sentence. */
const MIN_GROUPS = 2;
/**
 * Sum of the matching groups' similarities a paraphrase needs. With the phrase table (phrase-table.ts) the
 * calibration paraphrases sum 0.535 and more, unrelated calibration-seed pairs that share a theme and stand out
 * 0.438 at most, a calibration topic paragraph 0.393 (0.4 before the table, when paraphrases summed from 0.415).
 */
const MIN_CHAIN = 0.49;
/**
 * Sum a paraphrase needs when every sentence of both paragraphs is in a matching group (not one to one).
 * Measured with the phrase table: calibration-seed pairs of that shape that share a theme and stand out reach
 * 0.425 (a false link at the 0.33 used before the table), calibration paraphrases of that shape 0.799 and more.
 */
const FULL_COVERAGE_CHAIN = 0.45;
/**
 * Similarity a pairing that is one group holding every sentence of both paragraphs (one sentence against one or two)
 * needs; it must share a specific theme. Calibration seeds' unrelated pairs cut to that shape (first or second
 * sentences, one against two), themed and standing out: at most 0.280 generated, 0.235 on the real base (0.49 before).
 */
const WHOLE_CHAIN = 0.3;
/** Sum a pair sharing no specific theme needs instead of MIN_CHAIN (random same-topic text stays below). */
const UNTHEMED_CHAIN = 0.6;
/** Matching groups a pair sharing no specific theme needs. */
const UNTHEMED_GROUPS = 3;
/** A stem meeting one WordNet gives the same meaning counts this share of an equal stem. */
const RELATED_WEIGHT = 0.8;
/** The pair's sum must be this many times the next best sum of either paragraph with another. */
const STAND_OUT = 2.5;

/** A sentence (or two) as weighted stems: stem id → weight, and its Euclidean length. */
interface SentenceVector {
  readonly weights: ReadonlyMap<number, number>;
  readonly norm: number;
  /** WordNet phrases found ("carry out"): they meet a word or phrase of the same meaning, not counted in the norm. */
  readonly phrases: ReadonlyMap<number, number>;
  /**
   * The stems and phrases (key, weight) that are in some lexicon group, weights' first then phrases', in their
   * order: only these can meet another of the same meaning, so similarity() looks at these alone.
   */
  readonly grouped: readonly (readonly [number, number])[];
  /** The numbers the sentence states, as digits ("three" is "3"). */
  readonly numbers: ReadonlySet<string>;
}

/** Porter2 stems as small integers, by word id and by stem, and each stem's lexicon groups by id (for one call). */
interface StemIds {
  readonly byWord: Map<number, number>;
  readonly byStem: Map<string, number>;
  readonly groups: (readonly number[])[];
  /** Group ids of acronyms ("ad"), past the lexicon's ids: an acronym and a long form of its initials share one. */
  readonly acronyms: Map<string, number>;
  /** The acronyms written in capitals in the candidate paragraphs of either side, lower-cased. */
  readonly written: Set<string>;
}

/** A candidate pair measured sentence by sentence. */
interface Measured extends ParaphrasePair {
  readonly coverage: number;
  readonly chain: number;
  readonly groups: number;
}

/** A paraphrase link found (body positions). */
export interface ParaphrasePair {
  readonly reference: number;
  readonly other: number;
  readonly similarity: number;
}

/** Keeps the pairs among `candidates` (free reference and other blocks) that are paraphrases. */
export function findParaphrases(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  weighting: Weighting,
  candidates: readonly { reference: number; other: number }[],
  sharesTheme: (reference: number, other: number) => boolean,
): ParaphrasePair[] {
  const sentenceCache = new Map<string, SentenceVector[]>();
  const stems: StemIds = {
    byWord: new Map(),
    byStem: new Map(),
    groups: [],
    acronyms: new Map(),
    written: new Set(),
  };
  // Acronyms as written in either side's candidates: a run of words meets one only when it spells one of these.
  const referenceIndices = new Set<number>();
  const otherIndices = new Set<number>();
  for (const c of candidates) referenceIndices.add(c.reference);
  for (const c of candidates) otherIndices.add(c.other);
  readAcronyms(reference, referenceIndices, stems.written);
  readAcronyms(other, otherIndices, stems.written);
  const sentencesOf = (b: BlockAnalysis, side: 'r' | 'o'): SentenceVector[] => {
    const key = `${side}${b.index}`;
    let s = sentenceCache.get(key);
    if (!s) {
      const owner = side === 'r' ? reference : other;
      s = sentences(sentenceWords(owner, b), reference.vocabulary, weighting, stems);
      sentenceCache.set(key, s);
    }
    return s;
  };
  const measured: Measured[] = [];
  const ofRef = new Map<number, Measured[]>();
  const ofOther = new Map<number, Measured[]>();
  const file = (map: Map<number, Measured[]>, key: number, x: Measured) => {
    const list = map.get(key);
    if (list) list.push(x);
    else map.set(key, [x]);
  };
  const tops = new Map<readonly Measured[], Measured>();
  const top = (list: readonly Measured[]): Measured => {
    let best = tops.get(list);
    if (!best) {
      best = list.reduce((b, y) => (y.chain > b.chain ? y : b));
      tops.set(list, best);
    }
    return best;
  };
  // A rival pairing takes its paragraph elsewhere when that paragraph's own best pair stands out over it.
  const takenElsewhere = (rival: Measured, paragraph: readonly Measured[]) => {
    const best = top(paragraph);
    return best !== rival && best.chain >= STAND_OUT * rival.chain;
  };
  // The best chain of either paragraph of `x` with another one not taken by a much better pair of its own.
  const nextBest = (x: Measured): number => {
    let next = 0;
    for (const y of ofRef.get(x.reference) as Measured[])
      if (y !== x && y.chain > next && !takenElsewhere(y, ofOther.get(y.other) as Measured[])) next = y.chain;
    for (const y of ofOther.get(x.other) as Measured[])
      if (y !== x && y.chain > next && !takenElsewhere(y, ofRef.get(y.reference) as Measured[]))
        next = y.chain;
    return next;
  };
  const themed = new Set<Measured>();
  for (const c of candidates) {
    if (!paraphraseLengthsFit(reference, other, c)) continue;
    const theme = sharesTheme(c.reference, c.other);
    const r = reference.body[c.reference] as BlockAnalysis;
    const o = other.body[c.other] as BlockAnalysis;
    const rs = sentencesOf(r, 'r');
    const os = sentencesOf(o, 'o');
    const m = monotoneGroups(rs, os, stems.groups);
    const similarity = cosine(weighting.vector(r, 'reference'), weighting.vector(o, 'other'));
    const x: Measured = {
      reference: c.reference,
      other: c.other,
      similarity,
      chain: m.chain,
      groups: m.groups,
      coverage: m.covered / (rs.length + os.length),
    };
    measured.push(x);
    if (theme) themed.add(x);
    file(ofRef, c.reference, x);
    file(ofOther, c.other, x);
  }
  const scored = measured.filter((x) => {
    // One group holding every sentence of both (one sentence against one or two) is the whole pairing.
    const whole = x.groups === 1 && x.coverage === 1;
    if (!whole && x.groups < MIN_GROUPS) return false;
    if (x.coverage < COVERAGE) return false;
    // Every sentence of both paragraphs in a matching group: the shape alone says much, a smaller sum will do.
    const coversAll = x.coverage === 1 && !whole;
    if (x.chain < (whole ? WHOLE_CHAIN : coversAll ? FULL_COVERAGE_CHAIN : MIN_CHAIN)) return false;
    // Without a shared specific theme, only a stronger shape will do: a larger sum, over three groups or more or
    // over groups that hold every sentence (a paragraph of two sentences has two groups at most).
    if (!themed.has(x) && (x.chain < UNTHEMED_CHAIN || (x.groups < UNTHEMED_GROUPS && !coversAll)))
      return false;
    // The pair must stand out: its chain well above either paragraph's next best.
    return x.chain >= STAND_OUT * nextBest(x);
  });
  const found = scored.sort(
    (x, y) => y.coverage - x.coverage || y.chain - x.chain || x.reference - y.reference || x.other - y.other,
  );
  const usedRef = new Set<number>();
  const usedOther = new Set<number>();
  const result: ParaphrasePair[] = [];
  for (const f of found) {
    if (usedRef.has(f.reference) || usedOther.has(f.other)) continue;
    usedRef.add(f.reference);
    usedOther.add(f.other);
    result.push({ reference: f.reference, other: f.other, similarity: f.similarity });
  }
  return result;
}

/**
 * Whether a pair's paragraphs are about as long as a paraphrase's (word counts within LENGTH_RATIO, neither empty):
 * findParaphrases measures no other pair, and reads the themes, acronyms and sentences of the pairs it measures only.
 */
export function paraphraseLengthsFit(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  pair: { readonly reference: number; readonly other: number },
): boolean {
  const a = (reference.body[pair.reference] as BlockAnalysis).terms.words;
  const b = (other.body[pair.other] as BlockAnalysis).terms.words;
  return a > 0 && b > 0 && lengthsFit(a, b);
}

/** Porter2 stems of the words met so far: a pure cache (the stemmer is the costly part of reading sentences). */
const porterStems = new Map<string, string>();
/** The cache is emptied past this many words, so a long session's vocabulary does not pile up. */
const MAX_STEMMED_WORDS = 200_000;

function porterStem(word: string): string {
  let stem = porterStems.get(word);
  if (stem === undefined) {
    if (porterStems.size >= MAX_STEMMED_WORDS) porterStems.clear();
    stem = porter2(word.replace(/'s?$/, ''));
    porterStems.set(word, stem);
  }
  return stem;
}

/** A word written in two to five capitals (digits after the first allowed) stands for a name: "KP", "AD", "CAR". */
const ACRONYM = /^[A-Z][A-Z0-9]{1,4}$/;

/** Words a long form may hold between the words its acronym spells ("Democratic Republic of the Congo"). */
const LONG_FORM_LINKS = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/** Acronym group ids start here (past every lexicon group id). */
const ACRONYM_GROUPS = 1 << 24;

/** A number as the sentence words read it: digits ("2029", "3"), number words given as digits. */
const DIGITS = /^\d+$/;
const NO_NUMBERS: ReadonlySet<string> = new Set();

/** Number words as digits, so "three years" meets "3-year" ("one" is left alone: "no one"). */
const NUMBER_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, String(i + 2)]),
);

/** The Porter2 stem of a word, or its digits for a number word. */
function numberStem(word: string): string {
  return NUMBER_WORDS[word] ?? porterStem(word);
}

/** What heavy paraphrase knows of a vocabulary's words (by word id), each worked out when first met. */
interface ReadWords {
  /** Its numberStem ('' not yet known). */
  readonly stems: string[];
  /** That stem's lexicon groups (null: not yet known). */
  readonly groups: (readonly number[] | null)[];
  /** Whether that stem starts a lexicon phrase (1 yes, 2 no, 0 not yet known). */
  readonly phraseStarts: number[];
}

const readByVocabulary = new WeakMap<TermVocabulary, ReadWords>();

/** The vocabulary's ReadWords, with room for every word id it has (kept dense: no holes). */
function readOf(vocabulary: TermVocabulary): ReadWords {
  let read = readByVocabulary.get(vocabulary);
  if (!read) {
    read = { stems: [], groups: [], phraseStarts: [] };
    readByVocabulary.set(vocabulary, read);
  }
  const size = vocabulary.words.keys.length;
  while (read.stems.length < size) {
    read.stems.push('');
    read.groups.push(null);
    read.phraseStarts.push(0);
  }
  return read;
}

/** The longest phrase looked for: WordNet's are two or three words, the phrase table's up to four. */
const MAX_PHRASE_WORDS = 4;

/** A sentence's lexicon phrases and its stems' groups, worked out when the sentence is first measured. */
const meaningsOf = new WeakMap<SentenceWords, SentenceMeanings>();

interface SentenceMeanings {
  /** Each stem's WordNet groups (lexicon.ts). */
  readonly groups: readonly (readonly number[])[];
  /** The WordNet phrases: at which word, how many words, and the phrase's key (stems joined by "_"). */
  readonly phrases: readonly { readonly at: number; readonly length: number; readonly phrase: string }[];
}

function meanings(sentence: SentenceWords, vocabulary: TermVocabulary): SentenceMeanings {
  let known = meaningsOf.get(sentence);
  if (!known) {
    const { ids, stems: stemList } = sentence;
    const { groups, phraseStarts } = readOf(vocabulary);
    // WordNet phrases ("carry out", "take part") starting at each word, the longest first, with a content word.
    const phrases: { at: number; length: number; phrase: string }[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (phraseStarts[id] === 0) phraseStarts[id] = startsLexiconPhrase(stemList[i] as string) ? 1 : 2;
      if (phraseStarts[id] !== 1) continue;
      for (let k = Math.min(MAX_PHRASE_WORDS, ids.length - i); k >= 2; k--) {
        let content = false;
        for (let j = i; j < i + k; j++)
          if ((vocabulary.wordTerm[ids[j] as number] as number) >= 0) content = true;
        if (!content) continue;
        const phrase = stemList.slice(i, i + k).join('_');
        if (lexiconGroups(phrase).length === 0) continue;
        phrases.push({ at: i, length: k, phrase });
        break;
      }
    }
    known = {
      groups: ids.map((id, i) => (groups[id] ??= lexiconGroups(stemList[i] as string))),
      phrases,
    };
    meaningsOf.set(sentence, known);
  }
  return known;
}

/** Whether a sentence ends in text[from, to) (the gap between two words): `.!?;:` and then whitespace. */
function sentenceEndIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const c = text.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63 || c === 59 || c === 58) && isSpaceCode(text.charCodeAt(k + 1)))
      return true;
  }
  return false;
}

/** A sentence's words being read (SentenceWords before its phrases and groups). */
interface SentenceDraft {
  readonly ids: number[];
  readonly words: string[];
  readonly stems: string[];
  readonly acronyms: boolean[];
}

/**
 * A block's sentences as words and their Porter2 stems (stop words too: phrases hold them), read once per
 * statement analysis and kept there: the overview's reference is read once for all the statements. Sentences
 * end at `.!?;:` and whitespace; the words are those textTerms reads (their ids from the same written forms), and
 * each word id's stem, lexicon groups and phrase start are worked out once per vocabulary.
 */
function sentenceWords(analysis: StatementAnalysis, block: BlockAnalysis): readonly SentenceWords[] {
  let known = analysis.sentenceWords.get(block.index);
  if (!known) {
    const { vocabulary } = analysis;
    const text = block.block.text;
    const { stems } = readOf(vocabulary);
    const drafts: SentenceDraft[] = [];
    let sentence: SentenceDraft | null = null;
    let previousEnd = 0;
    const { count, starts, ends } = wordBounds(text, TERM_WORDS);
    for (let w = 0; w < count; w++) {
      const start = starts[w] as number;
      const end = ends[w] as number;
      if (!sentence || sentenceEndIn(text, previousEnd, start)) {
        sentence = { ids: [], words: [], stems: [], acronyms: [] };
        drafts.push(sentence);
      }
      previousEnd = end;
      const form = text.slice(start, end);
      const word = wordIdOfForm(vocabulary, form);
      // The vocabulary has grown since the lists were last made long enough (other statements read): room for it.
      if (word >= stems.length) readOf(vocabulary);
      const lower = vocabulary.words.keys[word] as string;
      if (stems[word] === '') stems[word] = numberStem(lower);
      sentence.ids.push(word);
      sentence.words.push(lower);
      sentence.stems.push(stems[word] as string);
      const first = form.charCodeAt(0);
      sentence.acronyms.push(form.length <= 5 && first >= 65 && first <= 90 && ACRONYM.test(form));
    }
    known = drafts;
    analysis.sentenceWords.set(block.index, known);
  }
  return known;
}

/** Adds the words written as acronyms in the sentences of the blocks at `indices` to `written`. */
function readAcronyms(owner: StatementAnalysis, indices: Iterable<number>, written: Set<string>): void {
  for (const index of indices)
    for (const sentence of sentenceWords(owner, owner.body[index] as BlockAnalysis))
      for (let i = 0; i < sentence.acronyms.length; i++)
        if (sentence.acronyms[i]) written.add(sentence.words[i] as string);
}

/** A block's sentences as weighted Porter2 stems (ids from `stems`; weights from the term weighting). */
function sentences(
  sentenceList: readonly SentenceWords[],
  vocabulary: TermVocabulary,
  weighting: Weighting,
  stems: StemIds,
): SentenceVector[] {
  const keyOf = (stem: string, groups?: readonly number[]): number => {
    let key = stems.byStem.get(stem);
    if (key === undefined) {
      key = stems.byStem.size;
      stems.byStem.set(stem, key);
      stems.groups.push(groups ?? lexiconGroups(stem));
    }
    return key;
  };
  const result: SentenceVector[] = [];
  // An acronym as written ("AD") and a run of words with its initials ("administrative decision") are kept
  // as two keys of one group of their own, so they meet as words of the same meaning do.
  const acronymKey = (key: string, initials: string): number => {
    let group = stems.acronyms.get(initials);
    if (group === undefined) {
      group = ACRONYM_GROUPS + stems.acronyms.size;
      stems.acronyms.set(initials, group);
    }
    let id = stems.byStem.get(key);
    if (id === undefined) {
      id = stems.byStem.size;
      stems.byStem.set(key, id);
      stems.groups.push([group]);
    }
    return id;
  };
  for (const sentence of sentenceList) {
    const { ids, words: all, acronyms } = sentence;
    const { groups, phrases: phrasesFound } = meanings(sentence, vocabulary);
    const weights = new Map<number, number>();
    // Each word's term weight (0 for a stop word).
    const weightsOf: number[] = [];
    for (let i = 0; i < all.length; i++) {
      const id = ids[i] as number;
      const term = vocabulary.wordTerm[id] as number;
      weightsOf.push(term < 0 ? 0 : weighting.termWeight(term));
      if (term < 0) continue;
      let key = stems.byWord.get(id);
      if (key === undefined) {
        key = keyOf(sentence.stems[i] as string, groups[i]);
        stems.byWord.set(id, key);
      }
      weights.set(key, Math.max(weights.get(key) ?? 0, weightsOf[i] as number));
    }
    // WordNet phrases ("carry out", "take part"), at their heaviest word's weight.
    const phrases = new Map<number, number>();
    for (const { at, length, phrase } of phrasesFound) {
      const weight = Math.max(...weightsOf.slice(at, at + length));
      const key = keyOf(phrase);
      phrases.set(key, Math.max(phrases.get(key) ?? 0, weight));
    }
    // Acronyms and their long forms (none to look for when neither side writes an acronym).
    for (let i = 0; i < all.length && stems.written.size > 0; i++) {
      const weight = weightsOf[i] as number;
      if (weight === 0) continue;
      if (acronyms[i]) {
        const key = acronymKey(`=${all[i] as string}`, all[i] as string);
        phrases.set(key, Math.max(phrases.get(key) ?? 0, weight));
        continue;
      }
      // Runs of two to five content words whose initials spell an acronym written in the texts.
      let initials = (all[i] as string)[0] as string;
      let heaviest = weight;
      for (let j = i + 1; j < all.length && initials.length < 5; j++) {
        const w = weightsOf[j] as number;
        if (w === 0) {
          if (LONG_FORM_LINKS.has(all[j] as string)) continue;
          break;
        }
        initials += (all[j] as string)[0] as string;
        heaviest = Math.max(heaviest, w);
        if (!stems.written.has(initials)) continue;
        const key = acronymKey(`~${initials}`, initials);
        phrases.set(key, Math.max(phrases.get(key) ?? 0, heaviest));
      }
    }
    const digits = sentence.stems.filter((x) => DIGITS.test(x));
    const numbers = digits.length === 0 ? NO_NUMBERS : new Set(digits);
    if (weights.size > 0) result.push(vectorOf(weights, phrases, stems.groups, numbers));
  }
  return result;
}

function vectorOf(
  weights: ReadonlyMap<number, number>,
  phrases: ReadonlyMap<number, number>,
  groups: readonly (readonly number[])[],
  numbers: ReadonlySet<string>,
): SentenceVector {
  let squares = 0;
  for (const w of weights.values()) squares += w * w;
  const grouped: (readonly [number, number])[] = [];
  for (const entry of weights) if ((groups[entry[0]] as readonly number[]).length > 0) grouped.push(entry);
  // A phrase is kept only when the lexicon groups it, so every phrase is grouped.
  grouped.push(...phrases);
  return { weights, norm: Math.sqrt(squares), phrases, grouped, numbers };
}

/** Two sentences taken together: each stem at its larger weight. */
function joined(
  a: SentenceVector,
  b: SentenceVector,
  groups: readonly (readonly number[])[],
): SentenceVector {
  const weights = new Map(a.weights);
  for (const [k, w] of b.weights) weights.set(k, Math.max(weights.get(k) ?? 0, w));
  const phrases = new Map(a.phrases);
  for (const [k, w] of b.phrases) phrases.set(k, Math.max(phrases.get(k) ?? 0, w));
  const numbers =
    b.numbers.size === 0
      ? a.numbers
      : a.numbers.size === 0
        ? b.numbers
        : new Set([...a.numbers, ...b.numbers]);
  return vectorOf(weights, phrases, groups, numbers);
}

/** The lexicon groups of a vector's grouped stems and phrases, made on first use (a sentence meets many). */
const groupSets = new WeakMap<SentenceVector, ReadonlySet<number>>();

function groupsIn(v: SentenceVector, groups: readonly (readonly number[])[]): ReadonlySet<number> {
  let set = groupSets.get(v);
  if (!set) {
    const made = new Set<number>();
    for (const [k] of v.grouped) for (const g of groups[k] as readonly number[]) made.add(g);
    groupSets.set(v, made);
    set = made;
  }
  return set;
}

/**
 * Weighted-term similarity of two sentences (or groups): a cosine where a stem of one side that the other
 * lacks still meets a stem WordNet gives the same meaning (lexicon.ts) at RELATED_WEIGHT of the product of
 * their weights, each stem meeting at most one other, strongest pairs first.
 */
function similarity(a: SentenceVector, b: SentenceVector, groups: readonly (readonly number[])[]): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small.weights) dot += w * (large.weights.get(k) ?? 0);
  const related: [number, number, number][] = [];
  const has = (v: SentenceVector, k: number) => v.weights.has(k) || v.phrases.has(k);
  // Only stems and phrases in some lexicon group can meet (`grouped`), in the order the maps hold them.
  const inB = groupsIn(b, groups);
  for (const [k, w] of a.grouped) {
    if (has(b, k)) continue;
    const gk = groups[k] as readonly number[];
    // A stem none of whose groups `b` has meets nothing there: passed over without a look at b's stems.
    if (!gk.some((g) => inB.has(g))) continue;
    for (const [l, v] of b.grouped)
      if (!has(a, l) && shareGroup(gk, groups[l] as readonly number[])) related.push([k, l, w * v]);
  }
  if (related.length > 0) {
    related.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    for (const [k, l, product] of related) {
      if (usedA.has(k) || usedB.has(l)) continue;
      usedA.add(k);
      usedB.add(l);
      dot += RELATED_WEIGHT * product;
    }
  }
  return dot / (a.norm * b.norm);
}

/**
 * Whether two sentences (or groups) state numbers that do not agree: one states a number and the other none, or
 * they share none of their numbers. "Set up three years ago" against a sentence about attempts at setting it up is
 * another claim about the same fund; a paraphrase carries its numbers over ("three years of reform" ~ "3-year").
 */
function differentNumbers(a: SentenceVector, b: SentenceVector): boolean {
  if (a.numbers.size === 0 || b.numbers.size === 0) return a.numbers.size !== b.numbers.size;
  for (const n of a.numbers) if (b.numbers.has(n)) return false;
  return true;
}

interface Cell {
  readonly covered: number;
  readonly chain: number;
  readonly groups: number;
}

/**
 * The monotone pairing of sentence groups (one to one, one to two, two to one; both sides in order) that
 * covers the most sentences with groups matching at SENTENCE_MATCH or more, then has the largest sum of
 * similarities: sentences covered, that sum, and the number of groups.
 */
function monotoneGroups(
  rs: readonly SentenceVector[],
  os: readonly SentenceVector[],
  groups: readonly (readonly number[])[],
): Cell {
  const n = rs.length;
  const m = os.length;
  const empty: Cell = { covered: 0, chain: 0, groups: 0 };
  const table: Cell[][] = Array.from({ length: n + 1 }, () => new Array<Cell>(m + 1).fill(empty));
  const better = (x: Cell, y: Cell) =>
    x.covered > y.covered || (x.covered === y.covered && x.chain > y.chain);
  const pairsR = rs.map((s, i) => (i > 0 ? joined(rs[i - 1] as SentenceVector, s, groups) : null));
  const pairsO = os.map((s, j) => (j > 0 ? joined(os[j - 1] as SentenceVector, s, groups) : null));
  for (let i = 0; i <= n; i++) {
    const row = table[i] as Cell[];
    for (let j = 0; j <= m; j++) {
      let best = empty;
      if (i > 0) best = (table[i - 1] as Cell[])[j] as Cell;
      if (j > 0 && better(row[j - 1] as Cell, best)) best = row[j - 1] as Cell;
      const group = (di: number, dj: number, r: SentenceVector | null, o: SentenceVector | null) => {
        if (i < di || j < dj || !r || !o) return;
        // Sentences stating different numbers make different claims, whatever words they share.
        const sim = differentNumbers(r, o) ? 0 : similarity(r, o, groups);
        if (sim < SENTENCE_MATCH) return;
        const before = (table[i - di] as Cell[])[j - dj] as Cell;
        const cell = {
          covered: before.covered + di + dj,
          chain: before.chain + sim,
          groups: before.groups + 1,
        };
        if (better(cell, best)) best = cell;
      };
      if (i > 0 && j > 0) {
        group(1, 1, rs[i - 1] as SentenceVector, os[j - 1] as SentenceVector);
        group(1, 2, rs[i - 1] as SentenceVector, pairsO[j - 1] ?? null);
        group(2, 1, pairsR[i - 1] ?? null, os[j - 1] as SentenceVector);
      }
      row[j] = best;
    }
  }
  return (table[n] as Cell[])[m] as Cell;
}

/**
 * A block's meaning vector for proposing paraphrase candidates: its weighted terms (as the paragraph cosine has
 * them) and the lexicon groups of its content words (lexicon.ts, the groups the sentence test uses; phrases are
 * left to the sentence test, which reads sentences), each group at the largest weight of a word in it ÷ √(that
 * word's number of groups), so a word of many senses spreads its weight over them instead of meeting every
 * paragraph through one of them.
 */
interface MeaningVector {
  /** Term ids (≥ 0) and -1 - group id, each once. */
  readonly keys: readonly number[];
  readonly weights: readonly number[];
  readonly norm: number;
}

/** A block's content words that are in some lexicon group (word ids), kept per block. */
const groupedWordsOf = new WeakMap<BlockAnalysis, Int32Array>();

function groupedWords(vocabulary: TermVocabulary, block: BlockAnalysis): Int32Array {
  let known = groupedWordsOf.get(block);
  if (!known) {
    const read = readOf(vocabulary);
    const ids: number[] = [];
    for (const id of block.terms.wordIds) {
      if (read.stems[id] === '') read.stems[id] = numberStem(vocabulary.words.keys[id] as string);
      if ((read.groups[id] ??= lexiconGroups(read.stems[id] as string)).length > 0) ids.push(id);
    }
    known = Int32Array.from(ids);
    groupedWordsOf.set(block, known);
  }
  return known;
}

/** Group id → weight while one meaning vector is made (0 elsewhere): no map per vector. */
let groupScratch = new Float64Array(1024);

function meaningVector(
  vocabulary: TermVocabulary,
  block: BlockAnalysis,
  side: 'reference' | 'other',
  weighting: Weighting,
): MeaningVector {
  const terms = weighting.vector(block, side);
  const keys: number[] = Array.from(terms.terms);
  const weights: number[] = Array.from(terms.weights);
  const read = readOf(vocabulary);
  const touched: number[] = [];
  for (const id of groupedWords(vocabulary, block)) {
    const groups = read.groups[id] as readonly number[];
    const share = weighting.termWeight(vocabulary.wordTerm[id] as number) / Math.sqrt(groups.length);
    if (share === 0) continue;
    for (const g of groups) {
      if (g >= groupScratch.length) {
        const grown = new Float64Array(Math.max(2 * groupScratch.length, g + 1));
        grown.set(groupScratch);
        groupScratch = grown;
      }
      const known = groupScratch[g] as number;
      if (known === 0) touched.push(g);
      if (share > known) groupScratch[g] = share;
    }
  }
  let squares = terms.norm * terms.norm;
  for (const g of touched) {
    const w = groupScratch[g] as number;
    groupScratch[g] = 0;
    keys.push(-1 - g);
    weights.push(w);
    squares += w * w;
  }
  return { keys, weights, norm: Math.sqrt(squares) };
}

/**
 * Pairs of the given free blocks whose meaning cosine (terms and lexicon groups, meaningVector) reaches
 * `floor`, found through an inverted index of the other side's keys (a key in more than max(32, √free blocks) of
 * the other side's free blocks is left out of the products: a slight underestimate, only for large statements).
 */
export function meaningCandidates(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  weighting: Weighting,
  freeReference: readonly number[],
  freeOther: readonly number[],
  floor: number,
): { reference: number; other: number; meaning: number }[] {
  const result: { reference: number; other: number; meaning: number }[] = [];
  if (freeReference.length === 0 || freeOther.length === 0) return result;
  const cap = Math.max(32, Math.ceil(Math.sqrt(freeReference.length + freeOther.length)));
  // A block whose length the paraphrase test refuses against every block of the other side is in no pair: its vector
  // is not made. An other block's keys count towards the cap below, so those are left out only when no key can pass
  // the cap (each vector holds a key once, so a list holds at most freeOther.length blocks).
  const referenceWords = wordsOf(reference, freeReference);
  const otherWords = wordsOf(other, freeOther);
  const refVectors: MeaningVector[] = [];
  for (let m = 0; m < freeReference.length; m++)
    refVectors.push(
      fitsAny(referenceWords[m] as number, otherWords)
        ? meaningVector(
            reference.vocabulary,
            reference.body[freeReference[m] as number] as BlockAnalysis,
            'reference',
            weighting,
          )
        : NO_MEANING,
    );
  const dropOthers = freeOther.length <= cap;
  const otherVectors: MeaningVector[] = [];
  for (let n = 0; n < freeOther.length; n++)
    otherVectors.push(
      !dropOthers || fitsAny(otherWords[n] as number, referenceWords)
        ? meaningVector(
            other.vocabulary,
            other.body[freeOther[n] as number] as BlockAnalysis,
            'other',
            weighting,
          )
        : NO_MEANING,
    );
  const index = new Map<number, number[]>();
  for (let n = 0; n < otherVectors.length; n++) {
    const v = otherVectors[n] as MeaningVector;
    for (let i = 0; i < v.keys.length; i++) {
      const k = v.keys[i] as number;
      const list = index.get(k);
      if (list) list.push(n, v.weights[i] as number);
      else index.set(k, [n, v.weights[i] as number]);
    }
  }
  const dots = new Float64Array(freeOther.length);
  for (let m = 0; m < refVectors.length; m++) {
    const v = refVectors[m] as MeaningVector;
    const met: number[] = [];
    for (let i = 0; i < v.keys.length; i++) {
      const list = index.get(v.keys[i] as number);
      if (!list || list.length > 2 * cap) continue;
      const w = v.weights[i] as number;
      for (let p = 0; p < list.length; p += 2) {
        const n = list[p] as number;
        if (dots[n] === 0) met.push(n);
        dots[n] = (dots[n] as number) + w * (list[p + 1] as number);
      }
    }
    const words = referenceWords[m] as number;
    for (const n of met.sort(ascending)) {
      const meaning = (dots[n] as number) / (v.norm * (otherVectors[n] as MeaningVector).norm);
      dots[n] = 0;
      // A pair of lengths the paraphrase test refuses at once is not worth proposing (nor marking for themes).
      if (!lengthsFit(words, otherWords[n] as number)) continue;
      if (meaning >= floor)
        result.push({ reference: freeReference[m] as number, other: freeOther[n] as number, meaning });
    }
  }
  return result;
}

/** A vector of no keys, in place of one not made (a block in no pair). */
const NO_MEANING: MeaningVector = { keys: [], weights: [], norm: 0 };

/** Whether word counts are within LENGTH_RATIO of each other (the paraphrase test refuses the pair at once if not). */
function lengthsFit(a: number, b: number): boolean {
  return !(a > LENGTH_RATIO * b || b > LENGTH_RATIO * a);
}

/** Whether `words` fits any of `others` (lengthsFit). */
function fitsAny(words: number, others: Int32Array): boolean {
  for (let k = 0; k < others.length; k++) if (lengthsFit(words, others[k] as number)) return true;
  return false;
}

/** The word counts of the blocks at `indices`. */
function wordsOf(analysis: StatementAnalysis, indices: readonly number[]): Int32Array {
  const words = new Int32Array(indices.length);
  for (let k = 0; k < indices.length; k++)
    words[k] = (analysis.body[indices[k] as number] as BlockAnalysis).terms.words;
  return words;
}

function ascending(a: number, b: number): number {
  return a - b;
}
