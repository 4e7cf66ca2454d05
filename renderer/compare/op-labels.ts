/** How each alignment op is shown: a symbol and a word (the CLI's, from shared/), so colour is never the only cue. */
import type { AlignmentEntry, AlignmentOp } from '../../shared/compare/model';
import { ALIGNMENT_OPS, opLabel, opSymbol } from '../../shared/compare/op-labels';

/** The symbol and word of an op. */
export interface OpLabel {
  readonly symbol: string;
  readonly word: string;
}

/** The label of each op, used in the gutter, the legend and ARIA labels alike. */
export const OP_LABELS: Readonly<Record<AlignmentOp, OpLabel>> = Object.fromEntries(
  ALIGNMENT_OPS.map((op) => [op, { symbol: opSymbol(op), word: opLabel(op) }]),
) as Record<AlignmentOp, OpLabel>;

/** Similarity as a whole percentage: 0.823 → "82%". */
export function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`;
}

/** True when the op links paragraphs on both sides, so a similarity is meaningful. */
export function hasSimilarity(entry: AlignmentEntry): boolean {
  return entry.op !== 'added' && entry.op !== 'removed';
}
