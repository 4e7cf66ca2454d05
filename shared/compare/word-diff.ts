/**
 * Word-level diff of two paragraph texts (jsdiff over word, space and punctuation tokens), cleaned up so a
 * rewritten sentence reads as one deletion and one insertion rather than confetti around "the" and "of".
 */
import { diffArrays } from 'diff';
import type { DiffPart } from './model';
import { MYERS_MAX_EDITS, myersMatches } from './myers-matches';
import { STOP_WORDS } from './stop-words';
import {
  countWords as countTextWords,
  foldWord,
  isSpaceCode,
  startsWord,
  textTokens,
  type WordOptions,
} from '../text/words';

/** Words as the compare view diffs and counts them: Han and kana one character at a time, as written. */
export const DIFF_WORDS: WordOptions = { cjk: 'each' };

/** Splits text into tokens that join back to exactly the text: words, whitespace runs, single other characters. */
export function diffTokens(text: string): string[] {
  return textTokens(text, DIFF_WORDS);
}

/** Beyond this many edits per token pair, paragraphs are too different to diff word by word; all is replaced. */
const EDIT_BUDGET = 40_000_000;

/**
 * What matches the tokens between anchors: jsdiff's diffArrays (the compare view's word diffs), or myersMatches, the
 * same algorithm over the ids in typed arrays, with the same result (myers-matches.test.ts), for the overview's
 * thousands of diffs.
 */
export type DiffEngine = 'jsdiff' | 'typed';

interface Segment {
  readonly equal: boolean;
  readonly reference: string[];
  readonly other: string[];
}

function isWord(token: string): boolean {
  return startsWord(token, 0);
}

function wordCount(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) if (isWord(t)) n++;
  return n;
}

/** True when an equal run carries nothing a reader would call a match: only spaces, punctuation and stop words. */
function contentWords(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) if (isWord(t) && !STOP_WORDS.has(foldWord(t, 'lower'))) n++;
  return n;
}

/** A whitespace token (tokens are never empty; `\s` as the scanner reads it, without a regular expression per token). */
function isSpace(token: string): boolean {
  return isSpaceCode(token.charCodeAt(0));
}

/** Matched index pairs of two id arrays: common ends directly, the middle by the engine (none past the budget). */
function gapMatches(
  a: readonly number[],
  b: readonly number[],
  offsetA: number,
  offsetB: number,
  out: number[],
  engine: DiffEngine,
): void {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    out.push(offsetA + start, offsetB + start);
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  if (endA > start && endB > start) {
    const budget = Math.max(64, Math.floor(EDIT_BUDGET / (endA - start + (endB - start))));
    if (engine === 'typed' && Math.min(endA - start + (endB - start), budget) <= MYERS_MAX_EDITS)
      myersMatches(a, start, endA, b, start, endB, budget, out, offsetA + start, offsetB + start);
    else {
      const changes = diffArrays(a.slice(start, endA), b.slice(start, endB), { maxEditLength: budget });
      let i = offsetA + start;
      let j = offsetB + start;
      for (const change of changes ?? []) {
        if (change.added) j += change.count;
        else if (change.removed) i += change.count;
        else for (let k = 0; k < change.count; k++) out.push(i++, j++);
      }
    }
  }
  for (let k = 0; k < a.length - endA; k++) out.push(offsetA + endA + k, offsetB + endB + k);
}

/**
 * Matched index pairs (flat: a position, b position) of two token arrays given as ids (equal tokens, equal ids;
 * `anchors[id]` 1 for a content word): content words found exactly once on each side anchor the match (their
 * longest increasing run, as in patience diff), and jsdiff (or the engine given) matches the gaps between anchors. Anchoring on
 * distinctive words keeps jsdiff's work small and the result readable.
 */
function matchTokens(
  a: readonly number[],
  b: readonly number[],
  anchors: Uint8Array,
  engine: DiffEngine,
): number[] {
  // Per id: position + 1 when seen once in a, -1 when seen more than once (0: not seen).
  // Loops, not forEach callbacks made anew on each call, which the engine optimises anew (README, session 12).
  const inA = new Int32Array(anchors.length);
  for (let i = 0; i < a.length; i++) {
    const t = a[i] as number;
    inA[t] = inA[t] === 0 ? i + 1 : -1;
  }
  const inB = new Int32Array(anchors.length);
  const order: number[] = [];
  for (let j = 0; j < b.length; j++) {
    const t = b[j] as number;
    if ((inA[t] as number) <= 0) continue;
    if (inB[t] === 0) order.push(t);
    inB[t] = inB[t] === 0 ? j + 1 : -1;
  }
  const unique: number[][] = [];
  for (const t of order) {
    const j = inB[t] as number;
    if (j > 0 && anchors[t] === 1) unique.push([(inA[t] as number) - 1, j - 1]);
  }
  unique.sort((x, y) => (x[0] as number) - (y[0] as number));
  const out: number[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of longestIncreasing(unique) as [number, number][]) {
    gapMatches(a.slice(i, ai), b.slice(j, bj), i, j, out, engine);
    out.push(ai, bj);
    i = ai + 1;
    j = bj + 1;
  }
  gapMatches(a.slice(i), b.slice(j), i, j, out, engine);
  return out;
}

/** The longest run of pairs (sorted by first index) whose second index increases (patience sorting). */
function longestIncreasing(pairs: readonly number[][]): number[][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const value = (pairs[k] as number[])[1] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (((pairs[tails[mid] as number] as number[])[1] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1] as number;
    tails[lo] = k;
  }
  const result: number[][] = [];
  for (
    let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
    k >= 0;
    k = previous[k] as number
  ) {
    result.push(pairs[k] as number[]);
  }
  return result.reverse();
}

/**
 * The ids of the tokens that are not whitespace, in order (`at` gets their positions), ids given in order of
 * first appearance (`anchor` gets whether each new token is a content word).
 */
function idsOf(
  tokens: readonly string[],
  at: number[],
  ids: Map<string, number>,
  anchor: number[],
): number[] {
  const result: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (isSpace(t)) continue;
    at.push(i);
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
      anchor.push(isWord(t) && !STOP_WORDS.has(t.toLowerCase()) ? 1 : 0);
    }
    result.push(id);
  }
  return result;
}

/** Adds the tokens [a, b) of the reference and [c, d) of the other to the last segment when it is of the same kind. */
function pushTokens(
  segments: Segment[],
  reference: readonly string[],
  other: readonly string[],
  equal: boolean,
  a: number,
  b: number,
  c: number,
  d: number,
): void {
  if (a >= b && c >= d) return;
  let last = segments[segments.length - 1];
  if (!last || last.equal !== equal) {
    last = { equal, reference: [], other: [] };
    segments.push(last);
  }
  for (let i = a; i < b; i++) last.reference.push(reference[i] as string);
  for (let j = c; j < d; j++) last.other.push(other[j] as string);
}

/** The unmatched tokens [a, b) and [c, d): a change, with a space run equal on both sides at either end kept equal. */
function pushGap(
  segments: Segment[],
  reference: readonly string[],
  other: readonly string[],
  a: number,
  b: number,
  c: number,
  d: number,
): void {
  let trailing = false;
  if (a < b && c < d && isSpace(reference[a] as string) && reference[a] === other[c]) {
    pushTokens(segments, reference, other, true, a, a + 1, c, c + 1);
    a++;
    c++;
  }
  if (a < b && c < d && isSpace(reference[b - 1] as string) && reference[b - 1] === other[d - 1]) {
    trailing = true;
    b--;
    d--;
  }
  pushTokens(segments, reference, other, false, a, b, c, d);
  if (trailing) pushTokens(segments, reference, other, true, b, b + 1, d, d + 1);
}

/**
 * Diffs the words and punctuation only (whitespace tokens are left out of the matching, halving its work),
 * then lays the whitespace back: a space run next to matched tokens is equal when both sides have the same.
 * The tokens are matched as small integer ids (one per distinct token of the two texts). Its helpers are functions
 * of the module, not closures made anew on each call, which the engine optimises anew (README, session 12).
 */
function segmentsOf(reference: readonly string[], other: readonly string[], engine: DiffEngine): Segment[] {
  const ids = new Map<string, number>();
  const anchor: number[] = [];
  const refAt: number[] = [];
  const otherAt: number[] = [];
  const refIds = idsOf(reference, refAt, ids, anchor);
  const otherIds = idsOf(other, otherAt, ids, anchor);
  const matches = matchTokens(refIds, otherIds, Uint8Array.from(anchor), engine);

  const segments: Segment[] = [];
  let r = 0;
  let o = 0;
  for (let m = 0; m < matches.length; m += 2) {
    const ri = refAt[matches[m] as number] as number;
    const oi = otherAt[matches[m + 1] as number] as number;
    pushGap(segments, reference, other, r, ri, o, oi);
    pushTokens(segments, reference, other, true, ri, ri + 1, oi, oi + 1);
    r = ri + 1;
    o = oi + 1;
  }
  pushGap(segments, reference, other, r, reference.length, o, other.length);
  return segments;
}

/**
 * Folds equal runs between two changes into the changes when they are chance matches: filler (spaces,
 * punctuation, stop words), or a lone content word the changes on both sides are at least three times as
 * long as (diff-match-patch's semantic rule, counted in words and less eager, so kept phrases stay visible).
 */
function cleanUp(segments: Segment[]): Segment[] {
  // Word counts per side, computed once per segment: a merged segment adds up its parts.
  const counts = new WeakMap<Segment, { reference: number; other: number }>();
  const countsOf = (seg: Segment): { reference: number; other: number } => {
    let known = counts.get(seg);
    if (!known) {
      const reference = wordCount(seg.reference);
      known = { reference, other: seg.equal ? reference : wordCount(seg.other) };
      counts.set(seg, known);
    }
    return known;
  };
  const side = (seg: Segment): number => Math.max(countsOf(seg).reference, countsOf(seg).other);
  // Content words of an equal run, counted once: a run not folded is looked at again on every pass.
  const contents = new WeakMap<Segment, number>();
  let result = segments;
  let changed = true;
  while (changed) {
    changed = false;
    const next: Segment[] = [];
    for (let i = 0; i < result.length; i++) {
      const here = result[i] as Segment;
      const before = next[next.length - 1];
      const after = result[i + 1];
      if (here.equal && before && !before.equal && after && !after.equal) {
        let content = contents.get(here);
        if (content === undefined) {
          content = contentWords(here.reference);
          contents.set(here, content);
        }
        const words = countsOf(here).reference;
        if (content === 0 || (content === 1 && 3 * words <= Math.min(side(before), side(after)))) {
          const merged: Segment = {
            equal: false,
            reference: [...before.reference, ...here.reference, ...after.reference],
            other: [...before.other, ...here.other, ...after.other],
          };
          const [b, h, a] = [countsOf(before), countsOf(here), countsOf(after)];
          counts.set(merged, {
            reference: b.reference + h.reference + a.reference,
            other: b.other + h.other + a.other,
          });
          next[next.length - 1] = merged;
          i++;
          changed = true;
          continue;
        }
      }
      next.push(here);
    }
    result = next;
  }
  return result;
}

function partsOf(segments: readonly Segment[]): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
    else parts.push({ op, text });
  };
  for (const s of segments) {
    if (s.equal) push('equal', s.reference.join(''));
    else {
      push('delete', s.reference.join(''));
      push('insert', s.other.join(''));
    }
  }
  return parts;
}

/** Swaps the sides of a diff: insert ↔ delete, each change still listed deletion first. */
export function mirrorDiff(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) result.push({ op: 'delete', text: deleted });
    if (inserted) result.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    switch (part.op) {
      case 'equal':
        flush();
        result.push(part);
        break;
      case 'insert':
        deleted += part.text;
        break;
      case 'delete':
        inserted += part.text;
        break;
    }
  }
  flush();
  return result;
}

/**
 * The word diff of a reference text against an other text: equal+delete parts join to the reference,
 * equal+insert parts to the other. Symmetric: wordDiff(b, a) is mirrorDiff(wordDiff(a, b)).
 */
export function wordDiff(
  reference: string,
  other: string,
  tokensOf: (text: string) => readonly string[] = diffTokens,
  engine: DiffEngine = 'jsdiff',
): DiffPart[] {
  if (reference === other) return reference === '' ? [] : [{ op: 'equal', text: reference }];
  // Always diff in one canonical direction, so both directions agree on which words match.
  if (reference > other) return mirrorDiff(wordDiff(other, reference, tokensOf, engine));
  return partsOf(cleanUp(segmentsOf(tokensOf(reference), tokensOf(other), engine)));
}

/** The reference text a diff was made from (equal + delete parts). */
export function diffReference(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'insert' ? '' : p.text)).join('');
}

/** The other text a diff was made from (equal + insert parts). */
export function diffOther(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'delete' ? '' : p.text)).join('');
}

/** Words in the equal parts of a diff (what was retained). */
export function equalWords(parts: readonly DiffPart[]): number {
  let n = 0;
  for (const p of parts) if (p.op === 'equal') n += countWords(p.text);
  return n;
}

/** Words in a text, as the word diff counts them (its word tokens). */
export function countWords(text: string): number {
  return countTextWords(text, DIFF_WORDS);
}
