/**
 * Heavy paraphrase: a paragraph that says what a reference paragraph says, sentence by sentence, in
 * mostly new words. Its paragraph cosine is too low for the alignment's thresholds (a topical decoy on the
 * same subject can score as high), so it is told apart by its shape instead:
 *
 * - it shares a specific theme with the reference paragraph (built-in lexicon, theme-marks.ts);
 * - about as long (word counts within LENGTH_RATIO of each other): it says the same things;
 * - sentence by sentence: an order-preserving pairing of the sentences, one to one or one to two (a long
 *   sentence said in two), pairs at least MIN_GROUPS groups of sentences that share weighted terms
 *   (SENTENCE_MATCH), covering at least COVERAGE of the sentences of both paragraphs together. Words meet on
 *   their Porter2 stems ("professionalism" ~ "professional"; wink-porter2-stemmer);
 * - a paragraph of one sentence against one needs that one pair only;
 * - it stands out: the sum of the groups' similarities reaches MIN_CHAIN and STAND_OUT times the next best
 *   sum of either paragraph with another candidate (random same-topic text matches many paragraphs a
 *   little; a paraphrase matches one much better than the rest);
 * - one paraphrase per paragraph on each side, the best covered first.
 *
 * A decoy (same topic, different content) matches one sentence, rarely two; a paragraph that picks up one
 * point of a longer one is much shorter. Calibrated on the calibration statements of testing/echo-truth and
 * the calibration seeds of the generated pairs (measured: 9 links over the 400 calibration seeds of unrelated
 * same-topic pairs; none over the held-apart seeds).
 */
// The package ships no types; this reference brings ours into every project that compiles this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./porter2-stemmer.d.ts" />
import porter2 from 'wink-porter2-stemmer';
import type { BlockAnalysis, StatementAnalysis } from './analyse';
import { cosine, type Weighting } from './similarity';
import { words, type TermVocabulary } from './text-terms';

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
/** Sum of the matching groups' similarities a paraphrase needs. */
const MIN_CHAIN = 0.3;
/** The pair's sum must be this many times the next best sum of either paragraph with another. */
const STAND_OUT = 2.5;

/** A sentence (or two) as weighted stems: stem id → weight, and its Euclidean length. */
interface SentenceVector {
  readonly weights: ReadonlyMap<number, number>;
  readonly norm: number;
}

/** Porter2 stems as small integers, by word id and by stem (for one call). */
interface StemIds {
  readonly byWord: Map<number, number>;
  readonly byStem: Map<string, number>;
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
  const stems: StemIds = { byWord: new Map(), byStem: new Map() };
  const sentencesOf = (b: BlockAnalysis, side: string): SentenceVector[] => {
    const key = `${side}${b.index}`;
    let s = sentenceCache.get(key);
    if (!s) {
      s = sentences(b.block.text, reference.vocabulary, weighting, stems);
      sentenceCache.set(key, s);
    }
    return s;
  };
  const measured: (ParaphrasePair & { coverage: number; chain: number; groups: number; single: boolean })[] =
    [];
  const bestOfRef = new Map<number, number[]>();
  const bestOfOther = new Map<number, number[]>();
  const note = (map: Map<number, number[]>, key: number, chain: number) => {
    const top = map.get(key) ?? [0, 0];
    if (chain > (top[0] as number)) map.set(key, [chain, top[0] as number]);
    else if (chain > (top[1] as number)) map.set(key, [top[0] as number, chain]);
    else map.set(key, top);
  };
  for (const c of candidates) {
    if (!sharesTheme(c.reference, c.other)) continue;
    const r = reference.body[c.reference] as BlockAnalysis;
    const o = other.body[c.other] as BlockAnalysis;
    const a = r.terms.words;
    const b = o.terms.words;
    if (a === 0 || b === 0 || a > LENGTH_RATIO * b || b > LENGTH_RATIO * a) continue;
    const rs = sentencesOf(r, 'r');
    const os = sentencesOf(o, 'o');
    const m = monotoneGroups(rs, os);
    note(bestOfRef, c.reference, m.chain);
    note(bestOfOther, c.other, m.chain);
    const similarity = cosine(weighting.vector(r, 'reference'), weighting.vector(o, 'other'));
    measured.push({
      reference: c.reference,
      other: c.other,
      similarity,
      chain: m.chain,
      groups: m.groups,
      coverage: m.covered / (rs.length + os.length),
      single: rs.length === 1 && os.length === 1,
    });
  }
  const scored = measured.filter((x) => {
    if (!x.single && x.groups < MIN_GROUPS) return false;
    if (x.coverage < COVERAGE || x.chain < MIN_CHAIN) return false;
    // The pair must stand out: its chain well above either paragraph's next best.
    const r = bestOfRef.get(x.reference) as number[];
    const o = bestOfOther.get(x.other) as number[];
    const next = Math.max(
      r[0] === x.chain ? (r[1] as number) : (r[0] as number),
      o[0] === x.chain ? (o[1] as number) : (o[0] as number),
    );
    return x.chain >= STAND_OUT * next;
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

/** A text's sentences as weighted Porter2 stems (ids from `stems`; weights from the term weighting). */
function sentences(
  text: string,
  vocabulary: TermVocabulary,
  weighting: Weighting,
  stems: StemIds,
): SentenceVector[] {
  return text
    .split(/(?<=[.!?;:])\s+/)
    .map((sentence): SentenceVector | null => {
      const weights = new Map<number, number>();
      for (const w of words(sentence)) {
        const id = vocabulary.words.ids.get(w);
        if (id === undefined) continue;
        const term = vocabulary.wordTerm[id] as number;
        if (term < 0) continue;
        let key = stems.byWord.get(id);
        if (key === undefined) {
          const stem = porter2(w.replace(/'s?$/, ''));
          key = stems.byStem.get(stem) ?? stems.byStem.size;
          stems.byStem.set(stem, key);
          stems.byWord.set(id, key);
        }
        weights.set(key, Math.max(weights.get(key) ?? 0, weighting.termWeight(term)));
      }
      return weights.size === 0 ? null : vectorOf(weights);
    })
    .filter((s): s is SentenceVector => s !== null);
}

function vectorOf(weights: ReadonlyMap<number, number>): SentenceVector {
  let squares = 0;
  for (const w of weights.values()) squares += w * w;
  return { weights, norm: Math.sqrt(squares) };
}

/** Two sentences taken together: each stem at its larger weight. */
function joined(a: SentenceVector, b: SentenceVector): SentenceVector {
  const weights = new Map(a.weights);
  for (const [k, w] of b.weights) weights.set(k, Math.max(weights.get(k) ?? 0, w));
  return vectorOf(weights);
}

function similarity(a: SentenceVector, b: SentenceVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small.weights) dot += w * (large.weights.get(k) ?? 0);
  return dot / (a.norm * b.norm);
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
function monotoneGroups(rs: readonly SentenceVector[], os: readonly SentenceVector[]): Cell {
  const n = rs.length;
  const m = os.length;
  const empty: Cell = { covered: 0, chain: 0, groups: 0 };
  const table: Cell[][] = Array.from({ length: n + 1 }, () => new Array<Cell>(m + 1).fill(empty));
  const better = (x: Cell, y: Cell) =>
    x.covered > y.covered || (x.covered === y.covered && x.chain > y.chain);
  const pairsR = rs.map((s, i) => (i > 0 ? joined(rs[i - 1] as SentenceVector, s) : null));
  const pairsO = os.map((s, j) => (j > 0 ? joined(os[j - 1] as SentenceVector, s) : null));
  for (let i = 0; i <= n; i++) {
    const row = table[i] as Cell[];
    for (let j = 0; j <= m; j++) {
      let best = empty;
      if (i > 0) best = (table[i - 1] as Cell[])[j] as Cell;
      if (j > 0 && better(row[j - 1] as Cell, best)) best = row[j - 1] as Cell;
      const group = (di: number, dj: number, r: SentenceVector | null, o: SentenceVector | null) => {
        if (i < di || j < dj || !r || !o) return;
        const sim = similarity(r, o);
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
