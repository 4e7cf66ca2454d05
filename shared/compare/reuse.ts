/**
 * Reuse detection: passages two statements share, found even inside otherwise new paragraphs (a press
 * release quoting a speech with small edits).
 *
 * The approach of Passim's query mode: word n-grams of the reference's body are posted in an index; each
 * n-gram of the other statement found there is a seed; seeds close together on both sides form a cluster,
 * and a Smith–Waterman local alignment over the cluster's window (words equal by stem; substitutions, gaps
 * and insertions cost one) gives the passage, which must span at least MIN_PASSAGE_WORDS words.
 */
import type { BlockAnalysis } from './analyse';
import { wordSpans, type Vocabulary, type WordSpan } from './text-terms';

/** Words per seed n-gram. */
const SEED_WORDS = 4;
/** An n-gram posted more often than this in the reference (boilerplate) opens no seed. */
const MAX_POSTINGS = 8;
/** Seeds further apart than this (words, either side) start a new cluster. */
const CLUSTER_GAP = 16;
/** Words of context around a cluster the local alignment may extend into. */
const WINDOW_PAD = 12;
/** A passage spans at least this many words on each side. */
export const MIN_PASSAGE_WORDS = 8;
/** At least this share of a passage's words (other side) are matched. */
const MIN_MATCHED_SHARE = 0.7;

/** Keys for words outside the vocabulary, different on each side. */
const REFERENCE_UNSEEN = -(2 ** 30);
const OTHER_UNSEEN = -(2 ** 29);

const MATCH = 2;
const MISMATCH = -2;
const GAP = -2;

/** One shared passage: word positions [start, end) in a reference block and an other block. */
export interface ReusedPassage {
  /** Positions among the body blocks. */
  readonly reference: number;
  readonly other: number;
  /** Character offsets into each block's text. */
  readonly referenceStart: number;
  readonly referenceEnd: number;
  readonly otherStart: number;
  readonly otherEnd: number;
  /** Words of the passage on the other side. */
  readonly words: number;
}

/** A block's words as comparable integer keys (content words by stem, others by form) with their spans. */
interface Tokens {
  readonly keys: Int32Array;
  readonly spans: readonly WordSpan[];
}

function tokens(block: BlockAnalysis, vocabulary: Vocabulary, unseenBase: number): Tokens {
  const spans = wordSpans(block.block.text);
  const keys = new Int32Array(spans.length);
  spans.forEach((s, i) => {
    const id = vocabulary.wordIds.get(s.word);
    if (id === undefined) {
      keys[i] = unseenBase - i; // not in the vocabulary (an odd character): matches nothing
      return;
    }
    const term = vocabulary.wordTerm[id] as number;
    // Content words meet by stem; stop words by form (negative, so the two never collide).
    keys[i] = term >= 0 ? term : -1 - id;
  });
  return { keys, spans };
}

function gramKey(keys: Int32Array, i: number): string {
  let key = '';
  for (let k = 0; k < SEED_WORDS; k++) key += `${keys[i + k] as number},`;
  return key;
}

/**
 * The passages the other statement's body shares with the reference's. `skip(reference, other)` (body
 * positions) leaves out pairs not worth looking at (paragraphs already known to be the same).
 */
export function findReuse(
  references: readonly BlockAnalysis[],
  others: readonly BlockAnalysis[],
  vocabulary: Vocabulary,
  skip: (reference: number, other: number) => boolean,
): ReusedPassage[] {
  const referenceTokens = new Map<number, Tokens>();
  const postings = new Map<string, number[]>();
  for (const r of references) {
    const t = tokens(r, vocabulary, REFERENCE_UNSEEN);
    referenceTokens.set(r.index, t);
    for (let i = 0; i + SEED_WORDS <= t.keys.length; i++) {
      const key = gramKey(t.keys, i);
      const list = postings.get(key);
      if (!list) postings.set(key, [r.index, i]);
      else if (list.length <= 2 * MAX_POSTINGS) list.push(r.index, i);
    }
  }
  const found: ReusedPassage[] = [];
  for (const o of others) {
    const words = o.terms.words;
    if (words < MIN_PASSAGE_WORDS) continue;
    const seeds = new Map<number, number[]>();
    const t = tokens(o, vocabulary, OTHER_UNSEEN);
    for (let i = 0; i + SEED_WORDS <= t.keys.length; i++) {
      const list = postings.get(gramKey(t.keys, i));
      if (!list || list.length > 2 * MAX_POSTINGS) continue;
      for (let p = 0; p < list.length; p += 2) {
        const r = list[p] as number;
        if (skip(r, o.index)) continue;
        const pairs = seeds.get(r);
        if (pairs) pairs.push(i, list[p + 1] as number);
        else seeds.set(r, [i, list[p + 1] as number]);
      }
    }
    if (seeds.size === 0) continue;
    for (const [r, pairs] of [...seeds].sort((a, b) => a[0] - b[0])) {
      const ref = referenceTokens.get(r) as Tokens;
      for (const cluster of clusters(pairs)) {
        const passage = localAlignment(ref, t, cluster);
        if (passage) found.push({ reference: r, other: o.index, ...passage });
      }
    }
  }
  return dropOverlaps(found);
}

interface Cluster {
  otherFrom: number;
  otherTo: number;
  referenceFrom: number;
  referenceTo: number;
}

/** Seeds (other, reference position pairs, in other order) grouped when close on both sides. */
function clusters(pairs: readonly number[]): Cluster[] {
  const seeds: [number, number][] = [];
  for (let p = 0; p < pairs.length; p += 2) seeds.push([pairs[p] as number, pairs[p + 1] as number]);
  seeds.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const result: Cluster[] = [];
  for (const [i, j] of seeds) {
    const c = result.find(
      (c) =>
        i - c.otherTo <= CLUSTER_GAP &&
        j >= c.referenceFrom - CLUSTER_GAP &&
        j - c.referenceTo <= CLUSTER_GAP,
    );
    if (c) {
      c.otherTo = Math.max(c.otherTo, i);
      c.referenceFrom = Math.min(c.referenceFrom, j);
      c.referenceTo = Math.max(c.referenceTo, j);
    } else result.push({ otherFrom: i, otherTo: i, referenceFrom: j, referenceTo: j });
  }
  return result;
}

/** Smith–Waterman over the cluster's window; the best local alignment if it is long and close enough. */
function localAlignment(
  ref: Tokens,
  other: Tokens,
  c: Cluster,
): Omit<ReusedPassage, 'reference' | 'other'> | null {
  const a0 = Math.max(0, c.referenceFrom - WINDOW_PAD);
  const a1 = Math.min(ref.keys.length, c.referenceTo + SEED_WORDS + WINDOW_PAD);
  const b0 = Math.max(0, c.otherFrom - WINDOW_PAD);
  const b1 = Math.min(other.keys.length, c.otherTo + SEED_WORDS + WINDOW_PAD);
  const n = a1 - a0;
  const m = b1 - b0;
  const score = new Int32Array((n + 1) * (m + 1));
  let best = 0;
  let bestAt = -1;
  for (let x = 1; x <= n; x++) {
    const ka = ref.keys[a0 + x - 1] as number;
    for (let y = 1; y <= m; y++) {
      const at = x * (m + 1) + y;
      const diagonal =
        (score[at - m - 2] as number) + (ka === (other.keys[b0 + y - 1] as number) ? MATCH : MISMATCH);
      const s = Math.max(0, diagonal, (score[at - m - 1] as number) + GAP, (score[at - 1] as number) + GAP);
      score[at] = s;
      if (s > best) {
        best = s;
        bestAt = at;
      }
    }
  }
  if (bestAt < 0) return null;
  // Trace back to where the alignment starts (a zero cell).
  let x = Math.floor(bestAt / (m + 1));
  let y = bestAt % (m + 1);
  const endX = x;
  const endY = y;
  let matched = 0;
  while (x > 0 && y > 0 && (score[x * (m + 1) + y] as number) > 0) {
    const at = x * (m + 1) + y;
    const s = score[at] as number;
    const equal = (ref.keys[a0 + x - 1] as number) === (other.keys[b0 + y - 1] as number);
    if (s === (score[at - m - 2] as number) + (equal ? MATCH : MISMATCH)) {
      if (equal) matched++;
      x--;
      y--;
    } else if (s === (score[at - m - 1] as number) + GAP) x--;
    else y--;
  }
  const otherWords = endY - y;
  const referenceWords = endX - x;
  if (otherWords < MIN_PASSAGE_WORDS || referenceWords < MIN_PASSAGE_WORDS) return null;
  if (matched < MIN_MATCHED_SHARE * Math.max(otherWords, referenceWords)) return null;
  return {
    referenceStart: (ref.spans[a0 + x] as WordSpan).start,
    referenceEnd: (ref.spans[a0 + endX - 1] as WordSpan).end,
    otherStart: (other.spans[b0 + y] as WordSpan).start,
    otherEnd: (other.spans[b0 + endY - 1] as WordSpan).end,
    words: otherWords,
  };
}

/** Keeps the longer of passages that overlap on the same pair of blocks. */
function dropOverlaps(passages: ReusedPassage[]): ReusedPassage[] {
  const sorted = [...passages].sort((a, b) => b.words - a.words || a.otherStart - b.otherStart);
  const kept: ReusedPassage[] = [];
  for (const p of sorted) {
    const clash = kept.some(
      (k) =>
        k.reference === p.reference &&
        k.other === p.other &&
        p.otherStart < k.otherEnd &&
        k.otherStart < p.otherEnd,
    );
    if (!clash) kept.push(p);
  }
  return kept.sort((a, b) => a.other - b.other || a.otherStart - b.otherStart || a.reference - b.reference);
}
