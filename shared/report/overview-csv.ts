/** The overview as CSV: one row per reference paragraph × statement (long format, for spreadsheets and R). */
import type { Overview } from '../compare/model';
import { csvDocument, textCell } from './csv';
import { markedTitle } from '../statements/model';

/** The CSV columns, in order. */
export const OVERVIEW_CSV_COLUMNS = [
  'paragraph',
  'reference_block',
  'reference_excerpt',
  'statement',
  'title',
  'year',
  'op',
  'similarity',
  'other_blocks',
  'retained',
  'echo',
  'echoed_by',
  'echoed',
] as const;

const EXCERPT_LENGTH = 80;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/**
 * One row per reference body paragraph (1-based `paragraph`) and statement (in the overview's year order),
 * with a header row; RFC 4180 quoting, CRLF line ends. `op` is empty when the paragraph has no link in that
 * statement (dropped there); `other_blocks` lists the linked block ids separated by spaces; `retained` is the
 * statement's share of the reference body words kept (the same on each of its rows). `echo` is how the
 * statement echoes the paragraph (`reuse`: passages quoted; `topic`: a paragraph on its topic; empty: neither),
 * `echoed_by` the echoing block ids, `echoed` the statement's count of reference paragraphs it echoes without a
 * link (the same on each of its rows). Unknown year: empty.
 */
export function overviewCsv(overview: Overview): string {
  const rows: string[] = [];
  overview.rows.forEach((block, r) => {
    overview.statements.forEach((statement, c) => {
      const cell = overview.cells[r]?.[c];
      const summary = overview.summaries[c];
      rows.push(
        [
          String(r + 1),
          textCell(block.id),
          textCell(excerpt(block.text)),
          textCell(statement.id),
          textCell(markedTitle(statement)),
          statement.metadata.year === null ? '' : String(statement.metadata.year),
          cell?.op ?? '',
          cell && cell.op !== null ? cell.similarity.toFixed(3) : '',
          textCell((cell?.other ?? []).join(' ')),
          summary ? summary.retained.toFixed(3) : '',
          cell?.echo ?? '',
          textCell((cell?.echoedBy ?? []).join(' ')),
          summary ? String(summary.echoed) : '',
        ].join(','),
      );
    });
  });
  return csvDocument(OVERVIEW_CSV_COLUMNS, rows);
}
