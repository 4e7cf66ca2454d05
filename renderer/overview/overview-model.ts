/** What the overview heat map shows, worked out from an Overview: column headings, cell labels and links. */
import type { LineageCell, LineageSummary, Overview } from '../../shared/compare/model';
import { bodyBlocks, type Statement, type StatementHeader } from '../../shared/statements/model';
import { echoLabel, echoSymbol } from '../../shared/compare/op-labels';
import { OP_LABELS, percent } from '../compare/op-labels';
import { columnNames, firstWords, type ColumnName } from '../../shared/statements/column-names';

/** One column of the heat map: a statement and its summary. */
export interface OverviewColumn {
  readonly statement: StatementHeader;
  readonly summary: LineageSummary;
  /** "2021 Moscow", or "2021 Moscow, plenary closing" where another column shares the year and city. */
  readonly name: string;
  /** The parts of the name, for the column head. */
  readonly heading: ColumnName;
}

/** A paragraph of a compared statement that a cell links to. */
export interface LinkedParagraph {
  readonly number: number;
  readonly text: string;
}

/** One row of the heat map: a reference body paragraph. */
export interface OverviewRow {
  readonly blockId: string;
  /** 1-based number among the reference's body paragraphs. */
  readonly number: number;
  /** Its first words, for the row heading. */
  readonly start: string;
  readonly text: string;
}

/** The columns of an overview, in its (year) order. */
export function overviewColumns(overview: Overview): readonly OverviewColumn[] {
  const names = columnNames(overview.statements);
  return overview.statements.map((statement, index) => ({
    statement,
    summary: overview.summaries[index] ?? emptySummary(statement.id),
    name: names[index]?.full ?? '',
    heading: names[index] ?? { short: '', kind: null, title: null, full: '' },
  }));
}

/** The rows of an overview: one per reference body paragraph. */
export function overviewRows(overview: Overview): readonly OverviewRow[] {
  return overview.rows.map((block, index) => ({
    blockId: block.id,
    number: index + 1,
    start: firstWords(block.text, 9),
    text: block.text,
  }));
}

/** The op word and similarity of a cell: "reworded, 78% similar", "dropped", "dropped, topic echoed". */
export function cellSummary(cell: LineageCell): string {
  if (cell.op === null)
    return cell.echo === null ? OP_LABELS.removed.word : `${OP_LABELS.removed.word}, ${echoLabel(cell.echo)}`;
  return `${OP_LABELS[cell.op].word}, ${percent(cell.similarity)} similar`;
}

/** The accessible name of a cell: "¶3 in 2021 Moscow: reworded, 78% similar". */
export function cellLabel(row: OverviewRow, column: OverviewColumn, cell: LineageCell): string {
  return `¶${row.number} in ${column.name}: ${cellSummary(cell)}`;
}

/** The symbol of a cell: the op's; with no link, the echo's when the statement echoes it, else "dropped". */
export function cellSymbol(cell: LineageCell): string {
  if (cell.op === null) return cell.echo === null ? OP_LABELS.removed.symbol : echoSymbol(cell.echo);
  return OP_LABELS[cell.op].symbol;
}

/** The shade of a cell, 0..1: the similarity of its link (0 when it has none). */
export function cellShade(cell: LineageCell): number {
  return cell.op === null ? 0 : Math.max(0, Math.min(1, cell.similarity));
}

/** The paragraphs of the column's statement (its text fetched) the cell links to, in their order there. */
export function linkedParagraphs(statement: Statement, cell: LineageCell): readonly LinkedParagraph[] {
  const numbers = new Map(
    bodyBlocks(statement).map((block, i) => [block.id, { number: i + 1, text: block.text }]),
  );
  return cell.other
    .map((id) => numbers.get(id))
    .filter((p): p is LinkedParagraph => p !== undefined)
    .sort((a, b) => a.number - b.number);
}

function emptySummary(statementId: string): LineageSummary {
  return {
    statementId,
    retained: 0,
    echoed: 0,
    changed: 0,
    moved: 0,
    split: 0,
    merged: 0,
    added: 0,
    removed: 0,
    unchanged: 0,
  };
}
