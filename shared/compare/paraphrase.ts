/**
 * Heavy paraphrase: a paragraph that says what a reference paragraph says, sentence by sentence, in
 * mostly new words. Its paragraph cosine is too low for the alignment's thresholds (a topical decoy on the
 * same subject can score as high), so it is told apart by its shape instead:
 *
 * - it shares a specific theme with the reference paragraph (built-in lexicon, theme-marks.ts);
 * - about as long (word counts within LENGTH_RATIO of each other): it says the same things;
 * - sentence by sentence: in one order-preserving one-to-one pairing of the sentences, at least two
 *   pairs and at least 60% of the sentences on each side share weighted terms (SENTENCE_MATCH), where
 *   words meet on their first PREFIX letters ("professionalism" ~ "professional");
 * - one paraphrase per paragraph on each side, the best covered first.
 *
 * A decoy (same topic, different content) matches one sentence, rarely two; a paragraph that picks up one
 * point of a longer one is much shorter. Calibrated on the calibration statements of testing/echo-truth.
 */
import type { BlockAnalysis, StatementAnalysis } from './analyse';
import { cosine, type TermVector, type Weighting } from './similarity';
import { stem, words, type Vocabulary } from './text-terms';

/** Pairs below this paragraph cosine are not considered (nothing in common at all). */
export const PARAPHRASE_MIN_COSINE = 0.04;
/** Word counts within this factor of each other. */
const LENGTH_RATIO = 1.5;
/** Weighted-term similarity at which two sentences say the same thing in other words. */
const SENTENCE_MATCH = 0.09;
/** Share of the sentences, on each side, that must find a match. */
const SENTENCE_SHARE = 0.6;
/** Letters words share to meet as the same word. */
const PREFIX = 5;

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
  const sentenceCache = new Map<string, TermVector[]>();
  const prefixes = new Map<string, number>();
  const sentencesOf = (b: BlockAnalysis, side: string): TermVector[] => {
    const key = `${side}${b.index}`;
    let s = sentenceCache.get(key);
    if (!s) {
      s = sentences(b.block.text, reference.vocabulary, weighting, prefixes);
      sentenceCache.set(key, s);
    }
    return s;
  };
  const scored: (ParaphrasePair & { coverage: number; chain: number })[] = [];
  for (const c of candidates) {
    if (!sharesTheme(c.reference, c.other)) continue;
    const r = reference.body[c.reference] as BlockAnalysis;
    const o = other.body[c.other] as BlockAnalysis;
    const a = r.terms.words;
    const b = o.terms.words;
    if (a === 0 || b === 0 || a > LENGTH_RATIO * b || b > LENGTH_RATIO * a) continue;
    const rs = sentencesOf(r, 'r');
    const os = sentencesOf(o, 'o');
    const { matched, chain } = monotoneMatches(rs, os);
    if (matched < 2 || !enough(matched, rs.length) || !enough(matched, os.length)) continue;
    const similarity = cosine(weighting.vector(r, 'reference'), weighting.vector(o, 'other'));
    scored.push({
      reference: c.reference,
      other: c.other,
      similarity,
      chain,
      coverage: matched / rs.length + matched / os.length,
    });
  }
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

/** At least SENTENCE_SHARE of `total` (exact for shares such as 3 of 5). */
function enough(matched: number, total: number): boolean {
  return matched * 100 >= Math.round(SENTENCE_SHARE * 100) * total;
}

/** A text's sentences as weighted word prefixes (ids from `prefixes`; weights from the term weighting). */
function sentences(
  text: string,
  vocabulary: Vocabulary,
  weighting: Weighting,
  prefixes: Map<string, number>,
): TermVector[] {
  return text
    .split(/(?<=[.!?;:])\s+/)
    .map((sentence): TermVector | null => {
      const byKey = new Map<number, number>();
      for (const w of words(sentence)) {
        const id = vocabulary.wordIds.get(w);
        if (id === undefined) continue;
        const term = vocabulary.wordTerm[id] as number;
        if (term < 0) continue;
        const prefix = stem(w).slice(0, PREFIX);
        let key = prefixes.get(prefix);
        if (key === undefined) {
          key = prefixes.size;
          prefixes.set(prefix, key);
        }
        byKey.set(key, Math.max(byKey.get(key) ?? 0, weighting.termWeight(term)));
      }
      if (byKey.size === 0) return null;
      const terms = Int32Array.from(byKey.keys()).sort();
      const weights = Float64Array.from(terms, (k) => byKey.get(k) as number);
      let squares = 0;
      let total = 0;
      for (const w of weights) {
        squares += w * w;
        total += w;
      }
      return { terms, weights, norm: Math.sqrt(squares), total };
    })
    .filter((s): s is TermVector => s !== null);
}

/**
 * The monotone one-to-one sentence pairing (both sides in order) with the most matching pairs
 * (similarity ≥ SENTENCE_MATCH): how many, and the sum of their similarities.
 */
function monotoneMatches(
  rs: readonly TermVector[],
  os: readonly TermVector[],
): { matched: number; chain: number } {
  const m = os.length;
  let count = new Int32Array(m + 1);
  let sum = new Float64Array(m + 1);
  const better = (c1: number, s1: number, c2: number, s2: number) => c1 > c2 || (c1 === c2 && s1 > s2);
  for (const x of rs) {
    const rowCount = new Int32Array(m + 1);
    const rowSum = new Float64Array(m + 1);
    os.forEach((y, j) => {
      const sim = cosine(x, y);
      let c = count[j + 1] as number;
      let t = sum[j + 1] as number;
      if (better(rowCount[j] as number, rowSum[j] as number, c, t)) {
        c = rowCount[j] as number;
        t = rowSum[j] as number;
      }
      if (sim >= SENTENCE_MATCH && better((count[j] as number) + 1, (sum[j] as number) + sim, c, t)) {
        c = (count[j] as number) + 1;
        t = (sum[j] as number) + sim;
      }
      rowCount[j + 1] = c;
      rowSum[j + 1] = t;
    });
    count = rowCount;
    sum = rowSum;
  }
  return { matched: count[m] as number, chain: sum[m] as number };
}
