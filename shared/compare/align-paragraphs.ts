/**
 * Paragraph alignment: which reference body blocks became which other body blocks.
 *
 * 1. Anchors: paragraphs with the same normalised text (k-th occurrence with k-th occurrence).
 * 2. Fuzzy candidates among the rest, found through an inverted index of the rarer terms and scored by
 *    weighted cosine (IDF over both statements' paragraphs, the topic's generic words down-weighted).
 * 3. The heaviest order-preserving chain over anchors and candidates above CHAIN_THRESHOLD.
 * 4. A move pass: strong pairs left over (MOVE_THRESHOLD) link out of order, strongest first.
 * 5. Split/merge passes: a link grows by a free neighbour on one side when a good share of that neighbour
 *    is found in the linked text and it explains part of that text the link's pieces did not.
 * 6. Heavy paraphrase: weaker pairs still free that have a paraphrase's shape (paraphrase.ts) link too; pairs of
 *    free blocks that share little by stems but much by meaning (lexicon groups) are proposed to it as well.
 *
 * A pair under CLAIM_CHECK_BELOW whose paragraphs state opposite evaluations (evaluation.ts) links in none of these.
 */
import type { BlockAnalysis, StatementAnalysis } from './analyse';
import { evaluation } from './evaluation';
import { heaviestChain, type WeightedPair } from './heaviest-chain';
import {
  findParaphrases,
  meaningCandidates,
  PARAPHRASE_MIN_COSINE,
  paraphraseLengthsFit,
} from './paraphrase';
import { containment, cosine, type TermVector, type Weighting } from './similarity';
import { builtinAcronyms, builtinEchoThemes, isGenericTheme, markThemes } from './theme-marks';

/** A link between consecutive reference blocks and consecutive other blocks (body positions, ascending). */
export interface Link {
  readonly reference: readonly number[];
  readonly other: readonly number[];
  /** 1 for equal normalised text; otherwise the cosine of the joined texts. */
  readonly similarity: number;
  /** One block each side with equal normalised text. */
  readonly exact: boolean;
}

/**
 * Calibrated on the calibration seeds of testing/generators/seed-sets.ts (calibration.test.ts): unrelated
 * same-topic paragraphs score at most 0.16 in 99.9% of pairs, while 99% of paragraphs with 30–35% of their
 * words edited score at least 0.36.
 */
export const CHAIN_THRESHOLD = 0.25;
/** Out-of-order links need a little more evidence. */
export const MOVE_THRESHOLD = 0.3;
/** Share of a neighbour's weight that must be found in the linked text to join it as a piece. */
export const PIECE_CONTAINMENT = 0.25;
/** A piece must explain at least this much more of the linked text (share of its weight). */
const PIECE_GAIN = 0.03;
/**
 * Below this similarity a pair whose paragraphs state opposite evaluations (evaluation.ts) is not linked: same
 * subject, opposite claims. Calibration: 99% of paragraphs with 30–35% of their words edited score at least 0.36.
 */
const CLAIM_CHECK_BELOW = 0.36;
/** Candidates fully scored per reference paragraph (the best by rare-term overlap). */
const CANDIDATES_PER_BLOCK = 64;

interface Candidate {
  readonly reference: number;
  readonly other: number;
  readonly similarity: number;
}

function exactPairs(reference: StatementAnalysis, other: StatementAnalysis): Candidate[] {
  const queues = new Map<string, number[]>();
  for (const b of reference.body) {
    const queue = queues.get(b.key);
    if (queue) queue.push(b.index);
    else queues.set(b.key, [b.index]);
  }
  const taken = new Map<string, number>();
  const pairs: Candidate[] = [];
  for (const b of other.body) {
    const queue = queues.get(b.key);
    const next = taken.get(b.key) ?? 0;
    if (!queue || next >= queue.length) continue;
    taken.set(b.key, next + 1);
    pairs.push({ reference: queue[next] as number, other: b.index, similarity: 1 });
  }
  return pairs;
}

function fuzzyCandidates(
  references: readonly BlockAnalysis[],
  others: readonly BlockAnalysis[],
  weighting: Weighting,
  documents: number,
): Candidate[] {
  // Only rarer terms open candidates: a pair that shares nothing but common words is no pair.
  const cap = Math.max(32, Math.ceil(Math.sqrt(documents)));
  const index = new Map<number, number[]>();
  // Loops and functions of the module, not callbacks made anew on each call, which the engine optimises anew
  // (README, session 12).
  for (let k = 0; k < others.length; k++) {
    for (const term of (others[k] as BlockAnalysis).terms.terms) {
      if (weighting.documentFrequency(term) > cap) continue;
      const list = index.get(term);
      if (list) list.push(k);
      else index.set(term, [k]);
    }
  }
  const result: Candidate[] = [];
  // Rare-term overlap per other block, and the blocks in the order first met (as a Map would hold them).
  const overlap = new Float64Array(others.length);
  const met = new Uint8Array(others.length);
  for (const r of references) {
    const vector = weighting.vector(r, 'reference');
    const order: number[] = [];
    for (let t = 0; t < vector.terms.length; t++) {
      const list = index.get(vector.terms[t] as number);
      if (!list) continue;
      const weight = vector.weights[t] as number;
      for (const k of list) {
        if (met[k] === 0) {
          met[k] = 1;
          order.push(k);
        }
        overlap[k] = (overlap[k] as number) + weight;
      }
    }
    let ranked: [number, number][] = [];
    for (const k of order) ranked.push([k, overlap[k] as number]);
    for (const k of order) {
      overlap[k] = 0;
      met[k] = 0;
    }
    if (ranked.length > CANDIDATES_PER_BLOCK) {
      ranked = ranked.sort(byOverlap).slice(0, CANDIDATES_PER_BLOCK);
    }
    for (const [k] of ranked) {
      const o = others[k] as BlockAnalysis;
      const similarity = cosine(vector, weighting.vector(o, 'other'));
      if (similarity >= PARAPHRASE_MIN_COSINE)
        result.push({ reference: r.index, other: o.index, similarity });
    }
  }
  return result;
}

/** Most overlap first, then by position. */
function byOverlap(a: readonly [number, number], b: readonly [number, number]): number {
  return b[1] - a[1] || a[0] - b[0];
}

interface MutableLink {
  reference: number[];
  other: number[];
  similarity: number;
  exact: boolean;
}

/** Aligns the body blocks of two analysed statements; blocks in no link are removed (reference) or added (other). */
export function alignParagraphs(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  weighting: Weighting,
): Link[] {
  const exact = exactPairs(reference, other);
  const refPaired = new Uint8Array(reference.body.length);
  const otherPaired = new Uint8Array(other.body.length);
  for (const p of exact) {
    refPaired[p.reference] = 1;
    otherPaired[p.other] = 1;
  }
  const fuzzy = fuzzyCandidates(
    reference.body.filter((b) => !refPaired[b.index]),
    other.body.filter((b) => !otherPaired[b.index]),
    weighting,
    reference.body.length + other.body.length,
  );
  const sameClaim = sameClaimCheck(reference, other);

  const links: MutableLink[] = [];
  const refLink = new Int32Array(reference.body.length).fill(-1);
  const otherLink = new Int32Array(other.body.length).fill(-1);
  const link = (c: Candidate): void => {
    refLink[c.reference] = links.length;
    otherLink[c.other] = links.length;
    const isExact = c.similarity === 1 && refPaired[c.reference] === 1 && otherPaired[c.other] === 1;
    links.push({ reference: [c.reference], other: [c.other], similarity: c.similarity, exact: isExact });
  };

  // The order-preserving backbone; squared weights prefer one strong link to two weak ones.
  const candidates = [...exact, ...fuzzy.filter((c) => c.similarity >= CHAIN_THRESHOLD && sameClaim(c))];
  const weighted: WeightedPair[] = candidates.map((c) => ({
    reference: c.reference,
    other: c.other,
    weight: c.similarity ** 2,
  }));
  for (const k of heaviestChain(weighted)) link(candidates[k] as Candidate);

  // Moves: what is left, strongest first.
  const leftovers = candidates
    .filter((c) => c.similarity >= MOVE_THRESHOLD && refLink[c.reference] === -1 && otherLink[c.other] === -1)
    .sort((a, b) => b.similarity - a.similarity || a.reference - b.reference || a.other - b.other);
  for (const c of leftovers) if (refLink[c.reference] === -1 && otherLink[c.other] === -1) link(c);

  growPieces(reference, other, weighting, links, refLink, otherLink);
  const weak = fuzzy.filter((c) => refLink[c.reference] === -1 && otherLink[c.other] === -1);
  weak.push(...proposedByMeaning(reference, other, weighting, refLink, otherLink, weak));
  if (weak.length > 0) {
    // Pairs of lengths the paraphrase test refuses at once are left out before their paragraphs' themes, acronyms
    // and sentences are read (only the pairs it measures read them: the same links).
    const fitting = weak.filter((c) => paraphraseLengthsFit(reference, other, c));
    const shares = specificThemesShared(reference, other, fitting);
    for (const p of findParaphrases(reference, other, weighting, fitting, shares)) if (sameClaim(p)) link(p);
  }
  return links.map((l) => ({ ...l, reference: [...l.reference], other: [...l.other] }));
}

/**
 * Whether a pair may be linked as far as its claims go: a pair under CLAIM_CHECK_BELOW whose paragraphs state opposite
 * evaluations may not. Each paragraph's evaluation is read once, when a pair first needs it.
 */
function sameClaimCheck(
  reference: StatementAnalysis,
  other: StatementAnalysis,
): (pair: { reference: number; other: number; similarity: number }) => boolean {
  const unread = 2;
  const refEvaluation = new Int8Array(reference.body.length).fill(unread);
  const otherEvaluation = new Int8Array(other.body.length).fill(unread);
  const read = (known: Int8Array, blocks: readonly BlockAnalysis[], index: number): number => {
    if (known[index] === unread) known[index] = evaluation((blocks[index] as BlockAnalysis).block.text);
    return known[index] as number;
  };
  return (pair) =>
    pair.similarity >= CLAIM_CHECK_BELOW ||
    read(refEvaluation, reference.body, pair.reference) * read(otherEvaluation, other.body, pair.other) >= 0;
}

/**
 * Meaning cosine (terms and lexicon groups, paraphrase.ts meaningCandidates) at which blocks still free are proposed
 * to the paraphrase test: the paragraph cosine's floor, over meaning. Calibration statements of testing/echo-truth
 * and the 400 calibration seeds' unrelated pairs: the same figures from 0.03 to 0.1 (8 of 8 paraphrases, no decoy,
 * 1 false link generated and 0 on the real base, as without it); at 0.02 and below a calibration paraphrase no
 * longer stands out over the rivals proposed.
 */
const MEANING_FLOOR = PARAPHRASE_MIN_COSINE;

/**
 * Pairs of blocks still free that the rarer shared terms did not propose but whose words and phrases share
 * enough meaning (meaningCandidates): a paragraph reworded with synonyms. The paraphrase test still decides.
 */
function proposedByMeaning(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  weighting: Weighting,
  refLink: Int32Array,
  otherLink: Int32Array,
  proposed: readonly Candidate[],
): Candidate[] {
  // Loops, not filter and map: arrays of one kind, so meaningCandidates is not optimised again on meeting another.
  const freeReference: number[] = [];
  for (const b of reference.body) if (refLink[b.index] === -1) freeReference.push(b.index);
  const freeOther: number[] = [];
  for (const b of other.body) if (otherLink[b.index] === -1) freeOther.push(b.index);
  const known = new Set(proposed.map((c) => c.reference * other.body.length + c.other));
  return meaningCandidates(reference, other, weighting, freeReference, freeOther, MEANING_FLOOR)
    .filter((c) => !known.has(c.reference * other.body.length + c.other))
    .map((c) => ({
      reference: c.reference,
      other: c.other,
      similarity: cosine(
        weighting.vector(reference.body[c.reference] as BlockAnalysis, 'reference'),
        weighting.vector(other.body[c.other] as BlockAnalysis, 'other'),
      ),
    }));
}

/** Which built-in themes are specific (not generic). */
const specificBuiltin = builtinEchoThemes.map((t) => !isGenericTheme(t));

/**
 * Each block's specific built-in themes, marked once per analysed block (the overview's reference paragraphs are
 * candidates against statement after statement): a pure cache.
 */
const specificMarks = new WeakMap<BlockAnalysis, readonly number[]>();

/** Whether two blocks share a specific built-in theme, marking only the blocks among the candidates. */
function specificThemesShared(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  candidates: readonly Candidate[],
): (reference: number, other: number) => boolean {
  const marksOf = (blocks: readonly BlockAnalysis[], indices: readonly number[]) => {
    const wanted = [...new Set(indices)].map((i) => blocks[i] as BlockAnalysis);
    const unknown = wanted.filter((b) => !specificMarks.has(b));
    const marks = markThemes(unknown, builtinEchoThemes, builtinAcronyms, reference.vocabulary);
    unknown.forEach((b, k) =>
      specificMarks.set(
        b,
        (marks[k] ?? []).filter((t) => specificBuiltin[t]),
      ),
    );
    return new Map(wanted.map((b) => [b.index, specificMarks.get(b) as readonly number[]]));
  };
  const refMarks = marksOf(
    reference.body,
    candidates.map((c) => c.reference),
  );
  const otherMarks = marksOf(
    other.body,
    candidates.map((c) => c.other),
  );
  return (r, o) => {
    const mine = otherMarks.get(o) ?? [];
    return (refMarks.get(r) ?? []).some((t) => mine.includes(t));
  };
}

/** Split and merge passes: grows links by free neighbouring blocks that are pieces of the linked text. */
function growPieces(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  weighting: Weighting,
  links: MutableLink[],
  refLink: Int32Array,
  otherLink: Int32Array,
): void {
  const order = [...links.keys()].sort(
    (a, b) =>
      (links[b] as MutableLink).similarity - (links[a] as MutableLink).similarity ||
      ((links[a] as MutableLink).reference[0] as number) - ((links[b] as MutableLink).reference[0] as number),
  );
  for (const id of order) {
    const l = links[id] as MutableLink;
    if (l.exact) continue;
    for (;;) {
      const refBlocks = l.reference.map((i) => reference.body[i] as BlockAnalysis);
      const otherBlocks = l.other.map((j) => other.body[j] as BlockAnalysis);
      let best: { side: 'reference' | 'other'; index: number; gain: number } | null = null;
      const consider = (side: 'reference' | 'other', index: number, whole: TermVector): void => {
        const blocks = side === 'reference' ? reference.body : other.body;
        const taken = side === 'reference' ? refLink : otherLink;
        const block = blocks[index];
        if (!block || taken[index] !== -1) return;
        if (containment(weighting.vector(block, side), whole) < PIECE_CONTAINMENT) return;
        // The piece must explain part of the single block that the linked pieces leave unexplained.
        const pieces = side === 'reference' ? refBlocks : otherBlocks;
        const grownPieces = weighting.groupVector(sortedBlocks([...pieces, block]), side);
        const gain =
          containment(whole, grownPieces) - containment(whole, weighting.groupVector(pieces, side));
        if (gain < PIECE_GAIN) return;
        if (!best || gain > best.gain) best = { side, index, gain };
      };
      if (l.reference.length === 1) {
        const whole = weighting.groupVector(refBlocks, 'reference');
        consider('other', (l.other[0] as number) - 1, whole);
        consider('other', (l.other[l.other.length - 1] as number) + 1, whole);
      }
      if (l.other.length === 1) {
        const whole = weighting.groupVector(otherBlocks, 'other');
        consider('reference', (l.reference[0] as number) - 1, whole);
        consider('reference', (l.reference[l.reference.length - 1] as number) + 1, whole);
      }
      const chosen = best as { side: 'reference' | 'other'; index: number; gain: number } | null;
      if (!chosen) break;
      if (chosen.side === 'reference') {
        l.reference = [...l.reference, chosen.index].sort((a, b) => a - b);
        refLink[chosen.index] = id;
      } else {
        l.other = [...l.other, chosen.index].sort((a, b) => a - b);
        otherLink[chosen.index] = id;
      }
      l.similarity = cosine(
        weighting.groupVector(
          l.reference.map((i) => reference.body[i] as BlockAnalysis),
          'reference',
        ),
        weighting.groupVector(
          l.other.map((j) => other.body[j] as BlockAnalysis),
          'other',
        ),
      );
    }
  }
}

function sortedBlocks(blocks: BlockAnalysis[]): BlockAnalysis[] {
  return blocks.sort((a, b) => a.index - b.index);
}
