/** Swapping the sides of a comparison: what compare(B, A) must equal, given compare(A, B). */
import type { AlignmentEntry, AlignmentOp } from './model';
import { mirrorDiff } from './word-diff';

/** The op seen from the other side: split ↔ merged, added ↔ removed. */
export function mirrorOp(op: AlignmentOp): AlignmentOp {
  switch (op) {
    case 'split':
      return 'merged';
    case 'merged':
      return 'split';
    case 'added':
      return 'removed';
    case 'removed':
      return 'added';
    case 'unchanged':
    case 'changed':
    case 'moved':
      return op;
  }
}

/** An alignment entry seen from the other side. */
export function mirrorEntry(entry: AlignmentEntry): AlignmentEntry {
  return {
    op: mirrorOp(entry.op),
    reference: entry.other,
    other: entry.reference,
    similarity: entry.similarity,
    terms: entry.terms,
    diff: mirrorDiff(entry.diff),
  };
}
