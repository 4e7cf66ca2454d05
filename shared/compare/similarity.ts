/** Weighted-term similarity between paragraphs (and runs of paragraphs) of two statements. */
import type { BlockAnalysis, StatementAnalysis } from './analyse';
import { GENERIC_WEIGHT } from './stop-words';

/** A paragraph (or several) as weighted terms: ids ascending, weights aligned. */
export interface TermVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  /** Euclidean length. */
  readonly norm: number;
  /** Sum of the weights. */
  readonly total: number;
}

/** Pseudo-documents added to the IDF numerator, so short statements do not make every word look rare. */
const PSEUDO_DOCUMENTS = 10;

/** Term weighting over the paragraphs of both statements (IDF from both, so it is the same either way round). */
export interface Weighting {
  /** The weight of one occurrence of a term: IDF, lowered for the topic's generic words. */
  termWeight(term: number): number;
  /** Number of body blocks (both sides) containing the term. */
  documentFrequency(term: number): number;
  /** The vector of one block, cached. */
  vector(block: BlockAnalysis, side: 'reference' | 'other'): TermVector;
  /** The vector of several blocks taken together. */
  groupVector(blocks: readonly BlockAnalysis[], side: 'reference' | 'other'): TermVector;
}

/** Builds the weighting for one comparison (both analyses share one vocabulary). */
export function makeWeighting(reference: StatementAnalysis, other: StatementAnalysis): Weighting {
  return new TermWeighting(reference, other);
}

/**
 * The weighting of one comparison. A class, not an object of closures: its methods are made once, so the engine
 * optimises each once, where closures made anew for each comparison were optimised again and again (README, session
 * 12).
 */
class TermWeighting implements Weighting {
  private readonly reference: StatementAnalysis;
  private readonly other: StatementAnalysis;
  private readonly documents: number;
  /** Weights by term id, computed on first use (NaN: not yet). */
  private readonly termWeights: Float64Array;
  private readonly referenceVectors = new Map<number, TermVector>();
  private readonly otherVectors = new Map<number, TermVector>();

  constructor(reference: StatementAnalysis, other: StatementAnalysis) {
    this.reference = reference;
    this.other = other;
    this.documents = reference.body.length + other.body.length + PSEUDO_DOCUMENTS;
    this.termWeights = new Float64Array(reference.vocabulary.terms.keys.length).fill(NaN);
  }

  documentFrequency(term: number): number {
    return (this.reference.documentFrequency[term] ?? 0) + (this.other.documentFrequency[term] ?? 0);
  }

  termWeight(term: number): number {
    let weight = this.termWeights[term] as number;
    if (weight === weight) return weight;
    weight = Math.log(this.documents / Math.max(1, this.documentFrequency(term)));
    if (this.reference.vocabulary.termGeneric[term]) weight *= GENERIC_WEIGHT;
    this.termWeights[term] = weight;
    return weight;
  }

  private build(terms: Int32Array, counts: Int32Array): TermVector {
    const weights = new Float64Array(terms.length);
    let squares = 0;
    let total = 0;
    for (let i = 0; i < terms.length; i++) {
      const w = (1 + Math.log(counts[i] as number)) * this.termWeight(terms[i] as number);
      weights[i] = w;
      squares += w * w;
      total += w;
    }
    return { terms, weights, norm: Math.sqrt(squares), total };
  }

  vector(block: BlockAnalysis, side: 'reference' | 'other'): TermVector {
    const cache = side === 'reference' ? this.referenceVectors : this.otherVectors;
    const known = cache.get(block.index);
    if (known) return known;
    const made = this.build(block.terms.terms, block.terms.counts);
    cache.set(block.index, made);
    return made;
  }

  groupVector(blocks: readonly BlockAnalysis[], side: 'reference' | 'other'): TermVector {
    if (blocks.length === 1) return this.vector(blocks[0] as BlockAnalysis, side);
    // The blocks' sorted term lists merged one after the other, counts of a term shared added up.
    let terms = (blocks[0] as BlockAnalysis).terms.terms;
    let counts = (blocks[0] as BlockAnalysis).terms.counts;
    for (let k = 1; k < blocks.length; k++) {
      const { terms: bt, counts: bc } = (blocks[k] as BlockAnalysis).terms;
      const mergedTerms = new Int32Array(terms.length + bt.length);
      const mergedCounts = new Int32Array(terms.length + bt.length);
      let i = 0;
      let j = 0;
      let n = 0;
      while (i < terms.length || j < bt.length) {
        const x = i < terms.length ? (terms[i] as number) : Infinity;
        const y = j < bt.length ? (bt[j] as number) : Infinity;
        mergedTerms[n] = Math.min(x, y);
        mergedCounts[n++] = (x <= y ? (counts[i++] as number) : 0) + (y <= x ? (bc[j++] as number) : 0);
      }
      terms = mergedTerms.subarray(0, n);
      counts = mergedCounts.subarray(0, n);
    }
    return this.build(terms, counts);
  }
}

/** Cosine of two term vectors, 0..1. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] as number;
    const y = bt[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}

/**
 * cosine(a, b) for many `a` against one `b` at a time: `b`'s weights are spread by term id once, so each cosine is one
 * pass over `a`. The same value as cosine(a, b), bit for bit (the same products added in the same order). `terms`:
 * the vocabulary's number of terms; only the function of the latest `b` may be used.
 */
export function cosinesWith(terms: number): (b: TermVector) => (a: TermVector) => number {
  const weights = new Float64Array(terms);
  const holder = new Int32Array(terms);
  let turn = 0;
  return (b) => {
    const mine = ++turn;
    for (let j = 0; j < b.terms.length; j++) {
      const t = b.terms[j] as number;
      weights[t] = b.weights[j] as number;
      holder[t] = mine;
    }
    return (a) => {
      if (a.norm === 0 || b.norm === 0) return 0;
      let dot = 0;
      const at = a.terms;
      for (let i = 0; i < at.length; i++) {
        const t = at[i] as number;
        if (holder[t] === mine) dot += (a.weights[i] as number) * (weights[t] as number);
      }
      return Math.min(1, dot / (a.norm * b.norm));
    };
  };
}

/** How much of `part`'s weight is also in `whole`, 0..1 (high when part is a piece of whole). */
export function containment(part: TermVector, whole: TermVector): number {
  if (part.total === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < part.terms.length && j < whole.terms.length) {
    const x = part.terms[i] as number;
    const y = whole.terms[j] as number;
    if (x === y) shared += Math.min(part.weights[i++] as number, whole.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return shared / part.total;
}

function byScore(names: readonly string[]) {
  return (x: [number, number], y: [number, number]): number => {
    if (y[1] !== x[1]) return y[1] - x[1];
    const a = names[x[0]] as string;
    const b = names[y[0]] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** The shared term ids of two vectors, strongest first by product of weights (ties alphabetical by stem). */
export function sharedTerms(a: TermVector, b: TermVector, limit: number, names: readonly string[]): number[] {
  const shared: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] as number;
    const y = b.terms[j] as number;
    if (x === y) {
      const score = (a.weights[i++] as number) * (b.weights[j++] as number);
      if (score > 0) shared.push([x, score]);
    } else if (x < y) i++;
    else j++;
  }
  return shared
    .sort(byScore(names))
    .slice(0, limit)
    .map(([term]) => term);
}

/** The strongest term ids of one block by weight (ties alphabetical by stem), without building its vector. */
export function topTerms(
  block: BlockAnalysis,
  weighting: Weighting,
  limit: number,
  names: readonly string[],
): number[] {
  const { terms, counts } = block.terms;
  const ids: number[] = [];
  const scores: number[] = [];
  const before = (term: number, w: number, k: number): boolean =>
    w > (scores[k] as number) ||
    (w === scores[k] && (names[term] as string) < (names[ids[k] as number] as string));
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as number;
    const w = (1 + Math.log(counts[i] as number)) * weighting.termWeight(term);
    if (!(w > 0)) continue;
    if (ids.length === limit && !before(term, w, limit - 1)) continue;
    let k = ids.length;
    while (k > 0 && before(term, w, k - 1)) k--;
    ids.splice(k, 0, term);
    scores.splice(k, 0, w);
    if (ids.length > limit) {
      ids.pop();
      scores.pop();
    }
  }
  return ids;
}
