/** A search's phrases marked in both columns of the compare view, after a hit was opened there. */
import type { Comparison } from '../../shared/compare/model';
import { foldPlain } from '../../shared/text/fold';
import { findRanges, isEmptyQuery, parseQuery, type SearchQuery } from '../../shared/search/search';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import type { MarkRange } from '../themes/mark-runs';
import type { ThemeMarks } from '../themes/theme-marks';

/** The marks of `query` in every body paragraph of both statements, or null for an empty query. */
export function searchMarks(comparison: Comparison, query: string): ThemeMarks | null {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return null;
  return {
    reference: sideMarks(comparison.reference, parsed),
    other: sideMarks(comparison.other, parsed),
    current: null,
    label: `Search: ${query.trim()}`,
  };
}

function sideMarks(statement: Statement, query: SearchQuery): ReadonlyMap<string, readonly MarkRange[]> {
  const marks = new Map<string, readonly MarkRange[]>();
  let index = 0;
  for (const block of bodyBlocks(statement)) {
    // The cheap fold first: most paragraphs hold none of the phrases and need no offset maps.
    const folded = foldPlain(block.text);
    if (!query.phrases.every((phrase) => folded.includes(phrase))) continue;
    const ranges = findRanges(block.text, query);
    if (ranges.length > 0)
      marks.set(
        block.id,
        ranges.map((range) => ({ ...range, index: index++ })),
      );
  }
  return marks;
}
