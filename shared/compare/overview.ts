/** overview(reference, statements): how each reference body paragraph lives on across many statements. */
import { bodyBlocks, type Block, type Statement, type StatementHeader } from '../statements/model';
import { analyseStatement, type StatementAnalysis } from './analyse';
import { builtinEchoOptions, compareAnalysed, type CompareOptions } from './compare';
import type { AlignmentOp, Comparison, EchoKind, LineageCell, LineageSummary, Overview } from './model';
import { createTermVocabulary, type TermVocabulary } from './text-terms';
import { countWords, equalWords } from './word-diff';

/** Statements by year (unknown years last), then title, then id. */
export function byYear(a: StatementHeader, b: StatementHeader): number {
  const ya = a.metadata.year;
  const yb = b.metadata.year;
  if (ya !== yb) {
    if (ya === null) return 1;
    if (yb === null) return -1;
    return ya - yb;
  }
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One statement's column of the overview: a cell per reference body paragraph, and its summary. */
export interface OverviewColumn {
  readonly cells: readonly LineageCell[];
  readonly summary: LineageSummary;
}

/**
 * Columns kept between runs, keyed by content: `keyOf` must change whenever a statement's text does (a content
 * hash), so adding one statement to a large library compares only that one.
 */
export interface OverviewColumnCache {
  readonly columns: Map<string, OverviewColumn>;
  readonly keyOf: (statement: Statement) => string;
}

/** Options of overview(). */
export interface OverviewOptions {
  /** Called after each statement is compared: `done` of `total` statements (the app's progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Columns already worked out for this reference and these texts. */
  readonly cache?: OverviewColumnCache;
}

/**
 * The lineage matrix: one row per reference body paragraph, one column per statement (by year). A cell
 * holds the op and similarity of the paragraph's link in that statement, or op null when it has none
 * (dropped there), and how the statement echoes it (quotes it or talks about its topic), if it does.
 */
export function overview(
  reference: Statement,
  statements: readonly Statement[],
  options: OverviewOptions = {},
): Overview {
  const { cache } = options;
  const referenceKey = cache ? cache.keyOf(reference) : '';
  const keyOf = (statement: Statement) => (cache ? `${referenceKey}|${cache.keyOf(statement)}` : '');
  const missing = statements.filter((s) => !cache?.columns.has(keyOf(s)));
  const done = statements.length - missing.length;
  for (let n = 1; n <= done; n++) options.onProgress?.(n, statements.length);
  const worked = overviewColumns(reference, missing, (n) =>
    options.onProgress?.(done + n, statements.length),
  );
  const fresh = new Map(missing.map((s, i) => [s, worked[i] as OverviewColumn]));
  for (const [statement, column] of fresh) cache?.columns.set(keyOf(statement), column);
  return assembleOverview(
    reference,
    statements,
    (s) => fresh.get(s) ?? (cache?.columns.get(keyOf(s)) as OverviewColumn),
  );
}

/**
 * The columns of `statements` against `reference`, in their order: the comparing part of overview(), for a
 * caller that keeps columns by content (the app's worker). `onProgress(done)` after each statement.
 */
export function overviewColumns(
  reference: Statement,
  statements: readonly Statement[],
  onProgress?: (done: number) => void,
): OverviewColumn[] {
  if (statements.length === 0) return [];
  const vocabulary = createTermVocabulary();
  const rows = bodyBlocks(reference);
  const rowIndex = new Map(rows.map((b, i) => [b.id, i]));
  const referenceWords = rows.reduce((n, b) => n + countWords(b.text), 0);
  const referenceAnalysis = analyseStatement(reference, vocabulary);
  const columns: OverviewColumn[] = [];
  for (let index = 0; index < statements.length; index++) {
    const statement = statements[index] as Statement;
    columns.push(columnOf(referenceAnalysis, statement, vocabulary, rows, rowIndex, referenceWords));
    onProgress?.(index + 1);
  }
  return columns;
}

/**
 * One statement's column (a function of the module, not a callback made anew on each call, which the engine
 * optimises anew: README, session 12).
 */
function columnOf(
  referenceAnalysis: StatementAnalysis,
  statement: Statement,
  vocabulary: TermVocabulary,
  rows: readonly Block[],
  rowIndex: ReadonlyMap<string, number>,
  referenceWords: number,
): OverviewColumn {
  const analysis = analyseStatement(statement, vocabulary, referenceAnalysis);
  const comparison = compareAnalysed(referenceAnalysis, analysis, CELLS_ONLY);
  const echoes = echoesByReference(comparison);
  const column: LineageCell[] = [];
  for (const row of rows) column.push({ ...NO_LINK, ...echoes.get(row.id) });
  for (const entry of comparison.alignment) {
    if (entry.op === 'removed') continue;
    for (const id of entry.reference) {
      const row = rowIndex.get(id);
      if (row !== undefined)
        column[row] = {
          op: entry.op,
          similarity: entry.similarity,
          other: entry.other,
          ...(echoes.get(id) ?? NO_ECHO),
        };
    }
  }
  return { cells: column, summary: summaryOf(statement, comparison, referenceWords) };
}

/** The overview of `statements` (ordered by year here) from their columns against `reference`. */
export function assembleOverview<S extends StatementHeader>(
  reference: Statement,
  statements: readonly S[],
  columnOf: (statement: S) => OverviewColumn,
): Overview {
  const rows = bodyBlocks(reference);
  const ordered = [...statements].sort(byYear);
  const cells: LineageCell[][] = rows.map(() => []);
  const summaries = ordered.map((statement, index) => {
    const column = columnOf(statement);
    rows.forEach((_, row) => ((cells[row] as LineageCell[])[index] = column.cells[row] ?? NO_LINK));
    return column.summary.statementId === statement.id
      ? column.summary
      : { ...column.summary, statementId: statement.id };
  });
  return { reference, statements: ordered, rows, cells, summaries };
}

/**
 * What a cell needs of a comparison: no shared terms, echoes without their reasons and passages; the word diffs by
 * the typed engine (the same diffs as jsdiff's, faster).
 */
const CELLS_ONLY: CompareOptions = {
  terms: false,
  echoes: { ...builtinEchoOptions, detail: false },
  diffEngine: 'typed',
};

const NO_ECHO = { echo: null, echoedBy: [] } as const;
const NO_LINK: LineageCell = { op: null, similarity: 0, other: [], ...NO_ECHO };

/** Per reference block id: the strongest kind of echo (reuse over topic) and the other blocks that echo it. */
export function echoesByReference(
  comparison: Comparison,
): Map<string, { echo: EchoKind; echoedBy: readonly string[] }> {
  const result = new Map<string, { echo: EchoKind; echoedBy: string[] }>();
  for (const e of comparison.echoes) {
    for (const id of e.reference) {
      const known = result.get(id);
      if (!known) result.set(id, { echo: e.kind, echoedBy: [...e.other] });
      else {
        if (e.kind === 'reuse') known.echo = 'reuse';
        for (const o of e.other) if (!known.echoedBy.includes(o)) known.echoedBy.push(o);
      }
    }
  }
  return result;
}

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
  const linked = new Set(comparison.alignment.filter((e) => e.op !== 'removed').flatMap((e) => e.reference));
  const echoed = [...echoesByReference(comparison).keys()].filter((id) => !linked.has(id)).length;
  return {
    statementId: statement.id,
    retained: referenceWords === 0 ? 0 : Math.min(1, retained / referenceWords),
    echoed,
    ...counts,
  };
}
