/** Cuts a paragraph's runs at its quoted passages, so a passage can be marked around its <ins>/<del> runs. */
import { markRuns } from '../themes/mark-runs';
import type { QuoteMark } from './row-echoes';
import type { TextRun } from './side-text';

/** Consecutive runs inside one quoted passage, or outside any. */
export interface QuoteSegment {
  readonly quote: QuoteMark | null;
  readonly runs: readonly TextRun[];
}

/**
 * Splits `runs` (which spell the paragraph's text in order) at the boundaries of `quotes` (offsets into that
 * text) and groups them: each segment is inside one passage or outside all. Joining the segments' runs gives
 * the text back, cut at the boundaries; each piece keeps its run's mark.
 */
export function cutAtQuotes(runs: readonly TextRun[], quotes: readonly QuoteMark[]): readonly QuoteSegment[] {
  const ranges = quotes.map((quote, index) => ({ start: quote.start, end: quote.end, index }));
  const segments: { quote: QuoteMark | null; runs: TextRun[] }[] = [];
  for (const run of markRuns(runs, ranges)) {
    for (const piece of run.pieces) {
      const quote = piece.mark === null ? null : (quotes[piece.mark.index] ?? null);
      const cut = { mark: run.mark, text: piece.text };
      const last = segments.at(-1);
      if (last && last.quote === quote) last.runs.push(cut);
      else segments.push({ quote, runs: [cut] });
    }
  }
  return segments;
}
