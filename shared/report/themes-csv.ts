/** The themes report as CSV: one row per theme × statement. */
import type { Themes } from '../themes/model';
import { csvDocument, textCell } from './csv';
import { markedTitle } from '../statements/model';

/** The CSV columns, in order. */
export const THEMES_CSV_COLUMNS = [
  'label',
  'source',
  'statement',
  'title',
  'year',
  'count',
  'per1000',
] as const;

/**
 * One row per theme and statement (in the order of `themes.themes`, then `themes.statements`), with a header
 * row; RFC 4180 quoting, CRLF line ends. An unknown year is an empty cell.
 */
export function themesCsv(themes: Themes): string {
  const rows: string[] = [];
  const byId = new Map(themes.statements.map((s) => [s.id, s]));
  for (const theme of themes.themes) {
    for (const { statement, count, per1000 } of theme.counts) {
      const s = byId.get(statement);
      rows.push(
        [
          textCell(theme.label),
          theme.source,
          textCell(statement),
          textCell(s ? markedTitle(s) : ''),
          s?.year === null || s?.year === undefined ? '' : String(s.year),
          String(count),
          String(per1000),
        ].join(','),
      );
    }
  }
  return csvDocument(THEMES_CSV_COLUMNS, rows);
}
