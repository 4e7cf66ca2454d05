/** Cuts a paragraph's word-change runs at theme occurrences too, so <mark> and <ins>/<del> nest cleanly. */
import type { TextRun } from '../compare/side-text';

/** A highlighted range of a paragraph's text: character offsets, and its place among the occurrences. */
export interface MarkRange {
  readonly start: number;
  readonly end: number;
  /** Position in the stepping order (0-based). */
  readonly index: number;
}

/** A piece of a run, inside a mark or not. */
export interface MarkedPiece {
  readonly text: string;
  readonly mark: MarkRange | null;
}

/** A run (kept, inserted or deleted) split into pieces at the marks' boundaries. */
export interface MarkedRun {
  readonly mark: TextRun['mark'];
  readonly pieces: readonly MarkedPiece[];
}

/**
 * Splits `runs` (which spell the paragraph's text in order) at every boundary of `ranges` (offsets into that
 * text). Each run keeps its kind; its pieces say which range, if any, covers them. Ranges may come in any order;
 * overlapping ranges are treated as one piece per range start.
 */
export function markRuns(runs: readonly TextRun[], ranges: readonly MarkRange[]): readonly MarkedRun[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const marked: MarkedRun[] = [];
  let offset = 0;
  let next = 0;
  for (const run of runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    const pieces: MarkedPiece[] = [];
    let at = runStart;
    // Skip ranges that end before this run.
    while (next < sorted.length && (sorted[next] as MarkRange).end <= runStart) next++;
    let r = next;
    while (at < runEnd) {
      const range = sorted[r];
      if (!range || range.start >= runEnd) {
        pieces.push({ text: run.text.slice(at - runStart), mark: null });
        break;
      }
      if (range.end <= at) {
        r++;
        continue;
      }
      if (range.start > at) {
        pieces.push({ text: run.text.slice(at - runStart, range.start - runStart), mark: null });
        at = range.start;
      }
      const end = Math.min(range.end, runEnd);
      pieces.push({ text: run.text.slice(at - runStart, end - runStart), mark: range });
      at = end;
      if (range.end <= runEnd) r++;
    }
    marked.push({ mark: run.mark, pieces: pieces.filter((p) => p.text.length > 0) });
  }
  return marked;
}
