/** overview(reference, statements): how each reference body paragraph lives on across many statements. */
import { bodyBlocks, type Statement } from '../statements/model';
import { analyseStatement } from './analyse';
import { compareAnalysed } from './compare';
import type { AlignmentOp, Comparison, LineageCell, LineageSummary, Overview } from './model';
import { createVocabulary } from './text-terms';
import { countWords, equalWords } from './word-diff';

/** Statements by year (unknown years last), then title, then id. */
export function byYear(a: Statement, b: Statement): number {
  const ya = a.metadata.year;
  const yb = b.metadata.year;
  if (ya !== yb) {
    if (ya === null) return 1;
    if (yb === null) return -1;
    return ya - yb;
  }
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Options of overview(). */
export interface OverviewOptions {
  /** Called after each statement is compared: `done` of `total` statements (the app's progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The lineage matrix: one row per reference body paragraph, one column per statement (by year). A cell
 * holds the op and similarity of the paragraph's link in that statement, or op null when it has none
 * (dropped there).
 */
export function overview(
  reference: Statement,
  statements: readonly Statement[],
  options: OverviewOptions = {},
): Overview {
  const vocabulary = createVocabulary();
  const referenceAnalysis = analyseStatement(reference, vocabulary);
  const rows = bodyBlocks(reference);
  const rowIndex = new Map(rows.map((b, i) => [b.id, i]));
  const referenceWords = rows.reduce((n, b) => n + countWords(b.text), 0);
  const ordered = [...statements].sort(byYear);
  const cells: LineageCell[][] = rows.map(() => []);
  const summaries = ordered.map((statement, column) => {
    const analysis = analyseStatement(statement, vocabulary, referenceAnalysis);
    const comparison = compareAnalysed(referenceAnalysis, analysis, { terms: false });
    for (const row of cells) row[column] = NO_LINK;
    for (const entry of comparison.alignment) {
      if (entry.op === 'removed') continue;
      for (const id of entry.reference) {
        const row = rowIndex.get(id);
        if (row !== undefined)
          (cells[row] as LineageCell[])[column] = {
            op: entry.op,
            similarity: entry.similarity,
            other: entry.other,
          };
      }
    }
    options.onProgress?.(column + 1, ordered.length);
    return summaryOf(statement, comparison, referenceWords);
  });
  return { reference, statements: ordered, rows, cells, summaries };
}

const NO_LINK: LineageCell = { op: null, similarity: 0, other: [] };

function summaryOf(statement: Statement, comparison: Comparison, referenceWords: number): LineageSummary {
  const counts: Record<AlignmentOp, number> = {
    unchanged: 0,
    changed: 0,
    moved: 0,
    split: 0,
    merged: 0,
    added: 0,
    removed: 0,
  };
  let retained = 0;
  for (const entry of comparison.alignment) {
    counts[entry.op]++;
    if (entry.op !== 'added' && entry.op !== 'removed') retained += equalWords(entry.diff);
  }
  return {
    statementId: statement.id,
    retained: referenceWords === 0 ? 0 : Math.min(1, retained / referenceWords),
    ...counts,
  };
}
