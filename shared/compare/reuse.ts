/**
 * Reuse detection: passages two statements share, found even inside otherwise new paragraphs (a press
 * release quoting a speech with small edits).
 *
 * The approach of Passim's query mode: word n-grams of the other statement's paragraphs still to look at are
 * posted in an index and the reference's are looked up there; each n-gram both share is a seed; seeds close together on both sides form a cluster,
 * and a Smith–Waterman local alignment over the cluster's window (words equal by stem; substitutions, gaps
 * and insertions cost one) gives the passage, which must span at least MIN_PASSAGE_WORDS words (or MIN_QUOTED_WORDS
 * quoted word for word in quotation marks) and be more than a name (passage-checks.ts).
 */
import type { BlockAnalysis } from './analyse';
import type { WordSpan } from '../text/words';
import { isNameMention, quotedWords } from './passage-checks';
import { wordSpans } from './text-terms';

/** Words per seed n-gram. */
const SEED_WORDS = 4;
/** An n-gram found more often than this in the reference (boilerplate) opens no seed. */
const MAX_POSTINGS = 8;
/** Seeds further apart than this (words, either side) start a new cluster. */
const CLUSTER_GAP = 16;
/** Words of context around a cluster the local alignment may extend into. */
const WINDOW_PAD = 12;
/** A passage spans at least this many words on each side. */
export const MIN_PASSAGE_WORDS = 8;
/** A shorter passage counts when the other text puts it in quotation marks, word for word: at least this long. */
const MIN_QUOTED_WORDS = 5;
/** At least this share of a passage's words (other side) are matched. */
const MIN_MATCHED_SHARE = 0.7;

const MATCH = 2;
const MISMATCH = -2;
const GAP = -2;

/** One shared passage: word positions [from, to) in a reference block and an other block. */
export interface ReusedPassage {
  /** Positions among the body blocks. */
  readonly reference: number;
  readonly other: number;
  /** Word positions in each block (as TextTerms.sequence counts them); see passageOffsets for characters. */
  readonly referenceFrom: number;
  readonly referenceTo: number;
  readonly otherFrom: number;
  readonly otherTo: number;
  /** Words of the passage on the other side. */
  readonly words: number;
}

/** Character offsets of the words [from, to) of a text (read again only for a passage kept). */
export function passageOffsets(text: string, from: number, to: number): { start: number; end: number } {
  const spans = wordSpans(text);
  return { start: (spans[from] as WordSpan).start, end: (spans[to - 1] as WordSpan).end };
}

/** A 32-bit hash of the n-gram at i (a collision only costs a local alignment that finds nothing). */
function gramKey(keys: Int32Array, i: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < SEED_WORDS; k++) h = Math.imul(h ^ (keys[i + k] as number), 0x01000193);
  return h;
}

/**
 * The n-grams of the other paragraphs looked at, in typed arrays (a Map of arrays cost more than all the rest of the
 * reuse search): an open-addressing table from an n-gram's hash to its number, and each occurrence's number in
 * text order.
 */
interface OtherGrams {
  /** Table size - 1 (a power of two less one). */
  readonly mask: number;
  /** Per table slot: the hash held there. */
  readonly slotHash: Int32Array;
  /** Per table slot: the n-gram's number, or -1 for an empty slot. */
  readonly slotGram: Int32Array;
  /** Number of distinct n-grams. */
  readonly grams: number;
  /** Each occurrence's n-gram number, paragraph after paragraph, in text order. */
  readonly gramAt: Int32Array;
}

/** The table slot of a hash: its own, or the empty one where it would go. */
function slotOf(mask: number, slotHash: Int32Array, slotGram: Int32Array, hash: number): number {
  let slot = (hash ^ (hash >>> 15)) & mask;
  while ((slotGram[slot] as number) >= 0 && slotHash[slot] !== hash) slot = (slot + 1) & mask;
  return slot;
}

/** The n-grams of the other paragraphs looked at, numbered in a table. */
function gramsOf(looked: readonly BlockAnalysis[]): OtherGrams {
  let total = 0;
  for (const o of looked) total += Math.max(0, o.terms.sequence.length - SEED_WORDS + 1);
  let size = 16;
  while (size < 2 * total) size *= 2;
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const slotGram = new Int32Array(size).fill(-1);
  const gramAt = new Int32Array(total);
  let grams = 0;
  let at = 0;
  for (const o of looked) {
    const t = o.terms.sequence;
    for (let i = 0; i + SEED_WORDS <= t.length; i++) {
      const hash = gramKey(t, i);
      const slot = slotOf(mask, slotHash, slotGram, hash);
      let gram = slotGram[slot] as number;
      if (gram < 0) {
        gram = grams++;
        slotGram[slot] = gram;
        slotHash[slot] = hash;
      }
      gramAt[at++] = gram;
    }
  }
  return { mask, slotHash, slotGram, grams, gramAt };
}

/**
 * The passages the other statement's body shares with the reference's (each list a body: block k at position k,
 * as analyseStatement makes it). `skip(other)` and
 * `skipReference(reference)` (body positions) leave out paragraphs not worth looking at (kept word for word);
 * `skipPair(reference, other)` a pair whose shared passages are known to be of no interest.
 */
export function findReuse(
  references: readonly BlockAnalysis[],
  others: readonly BlockAnalysis[],
  skip: (other: number) => boolean,
  skipReference: (reference: number) => boolean,
  skipPair: (reference: number, other: number) => boolean,
): ReusedPassage[] {
  // The n-grams of the other paragraphs still to look at are posted, and the reference paragraphs still to look at
  // are scanned against them: where each of those n-grams occurs in the reference, in text order. Words are
  // compared as their TextTerms.sequence keys (content words by stem, stop words by form).
  const looked = others.filter((o) => o.terms.words >= MIN_PASSAGE_WORDS && !skip(o.index));
  const { mask, slotHash, slotGram, grams, gramAt } = gramsOf(looked);
  const scanned = grams === 0 ? [] : references.filter((r) => !skipReference(r.index));
  let most = 0;
  for (const r of scanned) most += Math.max(0, r.terms.sequence.length - SEED_WORDS + 1);
  // The reference's occurrences of those n-grams in text order, then gathered by n-gram number.
  const hitGram = new Int32Array(most);
  const hitBlock = new Int32Array(most);
  const hitPosition = new Int32Array(most);
  let hits = 0;
  const counts = new Int32Array(grams + 1);
  for (const r of scanned) {
    const t = r.terms.sequence;
    for (let j = 0; j + SEED_WORDS <= t.length; j++) {
      const gram = slotGram[slotOf(mask, slotHash, slotGram, gramKey(t, j))] as number;
      if (gram < 0) continue;
      hitGram[hits] = gram;
      hitBlock[hits] = r.index;
      hitPosition[hits++] = j;
      counts[gram + 1] = (counts[gram + 1] as number) + 1;
    }
  }
  // Per n-gram number, its reference occurrences (block, word position) in text order, from offsets[g] to offsets[g + 1].
  const offsets = counts;
  for (let g = 1; g <= grams; g++) offsets[g] = (offsets[g] as number) + (offsets[g - 1] as number);
  const next = offsets.slice(0, grams);
  const blocks = new Int32Array(hits);
  const positions = new Int32Array(hits);
  for (let h = 0; h < hits; h++) {
    const gram = hitGram[h] as number;
    const k = next[gram] as number;
    next[gram] = k + 1;
    blocks[k] = hitBlock[h] as number;
    positions[k] = hitPosition[h] as number;
  }
  // Seeds per (reference, other) pair (keyed reference * others + other), as flat (other position, reference
  // position) pairs; a pair to skip is known at its first seed and gathers none.
  const seeds = new Map<number, { reference: number; other: number; skip: boolean; pairs: number[] }>();
  let at = 0;
  for (const o of looked) {
    const t = o.terms.sequence;
    for (let i = 0; i + SEED_WORDS <= t.length; i++) {
      const gram = gramAt[at++] as number;
      const from = offsets[gram] as number;
      const to = offsets[gram + 1] as number;
      // An n-gram the reference uses often (boilerplate: more than MAX_POSTINGS times in the paragraphs looked at)
      // opens no seed.
      if (to - from > MAX_POSTINGS) continue;
      for (let p = from; p < to; p++) {
        const r = blocks[p] as number;
        const pairKey = r * others.length + o.index;
        const entry = seeds.get(pairKey);
        if (entry) {
          if (!entry.skip) entry.pairs.push(i, positions[p] as number);
        } else {
          const skipped = skipPair(r, o.index);
          seeds.set(pairKey, {
            reference: r,
            other: o.index,
            skip: skipped,
            pairs: skipped ? [] : [i, positions[p] as number],
          });
        }
      }
    }
  }
  const found: ReusedPassage[] = [];
  for (const { reference, other, skip: skipped, pairs } of seeds.values()) {
    if (skipped) continue;
    const refBlock = references[reference] as BlockAnalysis;
    const otherBlock = others[other] as BlockAnalysis;
    for (const cluster of clusters(pairs)) {
      const aligned = localAlignment(refBlock.terms.sequence, otherBlock.terms.sequence, cluster);
      const passage = aligned && keptPassage(aligned, refBlock.block.text, otherBlock.block.text);
      if (passage) found.push({ reference, other, ...passage });
    }
  }
  return dropOverlaps(found);
}

/**
 * The local alignment's passage as a quotation, or null: under MIN_PASSAGE_WORDS only the words the other text quotes
 * word for word in quotation marks (the scheme “continues to lose relevance and credibility”), cut to the quotation;
 * never a passage that only names a body again ("the Ad hoc Committee on Review and Reform, its").
 */
function keptPassage(
  aligned: Omit<ReusedPassage, 'reference' | 'other'> & { readonly matched: number },
  referenceText: string,
  otherText: string,
): Omit<ReusedPassage, 'reference' | 'other'> | null {
  const { matched, ...passage } = aligned;
  const referenceWords = passage.referenceTo - passage.referenceFrom;
  let kept = passage;
  if (passage.words < MIN_PASSAGE_WORDS || referenceWords < MIN_PASSAGE_WORDS) {
    if (matched !== passage.words || matched !== referenceWords) return null;
    const quoted = quotedWords(otherText, passage.otherFrom, passage.otherTo);
    if (!quoted || quoted.to - quoted.from < MIN_QUOTED_WORDS) return null;
    const from = passage.referenceFrom + quoted.from - passage.otherFrom;
    const words = quoted.to - quoted.from;
    kept = {
      referenceFrom: from,
      referenceTo: from + words,
      otherFrom: quoted.from,
      otherTo: quoted.to,
      words,
    };
  }
  const name = isNameMention(
    { text: referenceText, from: kept.referenceFrom, to: kept.referenceTo },
    { text: otherText, from: kept.otherFrom, to: kept.otherTo },
  );
  return name ? null : kept;
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

/** The local alignment's score table, reused from cluster to cluster (a pure cache: each use writes what it reads). */
let scores = new Int32Array(4096);

/** Smith–Waterman over the cluster's window; the best local alignment if it is long and close enough. */
function localAlignment(
  ref: Int32Array,
  other: Int32Array,
  c: Cluster,
): (Omit<ReusedPassage, 'reference' | 'other'> & { readonly matched: number }) | null {
  const a0 = Math.max(0, c.referenceFrom - WINDOW_PAD);
  const a1 = Math.min(ref.length, c.referenceTo + SEED_WORDS + WINDOW_PAD);
  const b0 = Math.max(0, c.otherFrom - WINDOW_PAD);
  const b1 = Math.min(other.length, c.otherTo + SEED_WORDS + WINDOW_PAD);
  const n = a1 - a0;
  const m = b1 - b0;
  const cells = (n + 1) * (m + 1);
  if (scores.length < cells) scores = new Int32Array(Math.max(cells, 2 * scores.length));
  const score = scores;
  // Row 0 and column 0 are the zeros the recurrence starts from; every other cell is written before it is read.
  score.fill(0, 0, m + 1);
  for (let x = 1; x <= n; x++) score[x * (m + 1)] = 0;
  let best = 0;
  let bestAt = -1;
  for (let x = 1; x <= n; x++) {
    const ka = ref[a0 + x - 1] as number;
    for (let y = 1; y <= m; y++) {
      const at = x * (m + 1) + y;
      const diagonal =
        (score[at - m - 2] as number) + (ka === (other[b0 + y - 1] as number) ? MATCH : MISMATCH);
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
    const equal = (ref[a0 + x - 1] as number) === (other[b0 + y - 1] as number);
    if (s === (score[at - m - 2] as number) + (equal ? MATCH : MISMATCH)) {
      if (equal) matched++;
      x--;
      y--;
    } else if (s === (score[at - m - 1] as number) + GAP) x--;
    else y--;
  }
  const otherWords = endY - y;
  const referenceWords = endX - x;
  if (otherWords < MIN_QUOTED_WORDS || referenceWords < MIN_QUOTED_WORDS) return null;
  if (matched < MIN_MATCHED_SHARE * Math.max(otherWords, referenceWords)) return null;
  return {
    referenceFrom: a0 + x,
    referenceTo: a0 + endX,
    otherFrom: b0 + y,
    otherTo: b0 + endY,
    words: otherWords,
    matched,
  };
}

/** Keeps the longer of passages that overlap on the same pair of blocks. */
function dropOverlaps(passages: ReusedPassage[]): ReusedPassage[] {
  const sorted = [...passages].sort((a, b) => b.words - a.words || a.otherFrom - b.otherFrom);
  const kept: ReusedPassage[] = [];
  for (const p of sorted) {
    const clash = kept.some(
      (k) =>
        k.reference === p.reference &&
        k.other === p.other &&
        p.otherFrom < k.otherTo &&
        k.otherFrom < p.otherTo,
    );
    if (!clash) kept.push(p);
  }
  return kept.sort((a, b) => a.other - b.other || a.otherFrom - b.otherFrom || a.reference - b.reference);
}
