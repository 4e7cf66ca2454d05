/** Wide HTML reports (overview, themes): short numbered column heads, a legend of full titles, pages of columns. */
import { markedTitle } from '../statements/model';
import { columnNames, type ColumnName, type ColumnSubject } from '../statements/column-names';
import { escapeHtml } from './compare-html';

/** At most this many statement columns in one table: a landscape A4 page holds them beside the row heads. */
export const COLUMNS_PER_PAGE = 12;

/** A statement as a wide report's column: what names it and what the legend says of it. */
export interface ReportColumn extends ColumnSubject {
  readonly sample: boolean;
  /** The legend's full line after the title, e.g. "file.txt". */
  readonly source?: string;
}

/** One table's share of the columns: their indexes into the full list. */
export interface ColumnPage {
  /** 0-based index of the first column. */
  readonly start: number;
  /** 0-based index after the last column. */
  readonly end: number;
}

/** The columns cut into pages of at most `perPage`, as evenly as that allows (30 → 10 + 10 + 10, not 12 + 12 + 6). */
export function columnPages(count: number, perPage = COLUMNS_PER_PAGE): readonly ColumnPage[] {
  if (count === 0) return [{ start: 0, end: 0 }];
  const pages = Math.ceil(count / perPage);
  const size = Math.ceil(count / pages);
  return Array.from({ length: pages }, (_, i) => ({ start: i * size, end: Math.min(count, (i + 1) * size) }));
}

/** The style of wide reports: landscape pages, narrow statement columns, one table page per sheet of paper. */
export const WIDE_REPORT_CSS = `
@page { size: A4 landscape; margin: 10mm; }
body { max-width: 1400px; }
.table-scroll { overflow-x: auto; }
table.wide { table-layout: fixed; width: 100%; }
table.wide th.row-head, table.wide td.row-head { width: 18rem; text-align: left; }
table.wide th.col { text-align: center; vertical-align: bottom; font-size: .78rem; line-height: 1.25; overflow-wrap: break-word; hyphens: auto; }
table.wide th.col .year { display: block; font-weight: 700; color: #111; font-size: .85rem; }
table.wide th.col .city { display: block; }
table.wide th.col .kind, table.wide th.col .title { display: block; font-weight: 400; font-style: italic; }
table.wide th.col sup { color: var(--muted); font-weight: 400; }
h2.table-page { font-size: 1rem; margin: 1.25rem 0 .25rem; break-after: avoid; }
ol.column-legend { columns: 2 24rem; column-gap: 2rem; font-size: .85rem; padding-left: 2.2rem; }
ol.column-legend li { break-inside: avoid; }
ol.column-legend .muted { font-size: inherit; }
@media print {
  body { font-size: 9pt; }
  .table-scroll { overflow: visible; }
  section.table-page + section.table-page, h2.column-legend { break-before: page; }
  table.wide th, table.wide td { padding: .2rem .25rem; }
  table.wide th.row-head, table.wide td.row-head { width: 21%; font-size: 7.5pt; line-height: 1.25; }
  table.wide th.col { font-size: 7pt; padding: .2rem .1rem; }
  table.wide th.col .kind, table.wide th.col .title { font-size: 6.5pt; }
  table.wide td { font-size: 8pt; line-height: 1.25; }
  ol.column-legend { columns: 2; font-size: 8pt; }
}
`.trim();

/** The head of every column: year, city, and the kind or title where those repeat; its number in the legend. */
export function columnHeads(columns: readonly ReportColumn[]): readonly string[] {
  const names = columnNames(columns);
  return columns.map((column, index) => {
    const name = names[index] as ColumnName;
    const place = name.short.replace(/^\S+\s/, '');
    const parts = [
      `<span class="year">${escapeHtml(String(column.metadata.year ?? '?'))} <sup>${index + 1}</sup></span>`,
      `<span class="city">${escapeHtml(place)}</span>`,
      name.kind === null ? '' : `<span class="kind">${escapeHtml(name.kind)}</span>`,
      name.title === null ? '' : `<span class="title">${escapeHtml(name.title)}</span>`,
    ];
    return `<th class="col" scope="col" title="${escapeHtml(markedTitle(column))}">${parts.join('')}</th>`;
  });
}

/** The legend of full titles, numbered as the column heads are. */
export function columnLegend(columns: readonly ReportColumn[]): string {
  const names = columnNames(columns);
  const items = columns.map((column, i) => {
    const source = column.source ? ` <span class="muted">— ${escapeHtml(column.source)}</span>` : '';
    return `<li><strong>${escapeHtml(names[i]?.full ?? '')}</strong>: ${escapeHtml(markedTitle(column))}${source}</li>`;
  });
  return [
    '<h2 class="column-legend">Statements</h2>',
    '<p class="legend">The columns are headed by year, city and, where those repeat, kind or the start of the title; the number leads here to the full title.</p>',
    `<ol class="column-legend">${items.join('')}</ol>`,
  ].join('\n');
}

function pageHeading(page: ColumnPage, count: number, pages: number): string {
  if (pages <= 1) return '';
  return `<h2 class="table-page">Statements ${page.start + 1}–${page.end} of ${count}</h2>`;
}

/** What a wide table holds besides its statement columns. */
export interface WideTable<Row> {
  /** Its class beside "wide": "matrix", "themes". */
  readonly className: string;
  /** The head of the row-head column. */
  readonly rowHeadTitle: string;
  readonly rows: readonly Row[];
  /** The row head cell's inner HTML. */
  readonly rowHead: (row: Row, index: number) => string;
  /** The whole cell of row and column `column` (0-based, over all columns). */
  readonly cell: (row: Row, index: number, column: number) => string;
}

/** The table in pages of columns ("Statements 1–10 of 30" over each when there is more than one). */
export function wideTables<Row>(columns: readonly ReportColumn[], table: WideTable<Row>): string[] {
  const heads = columnHeads(columns);
  const pages = columnPages(columns.length);
  return pages.flatMap((page) => {
    const indexes = Array.from({ length: page.end - page.start }, (_, i) => page.start + i);
    return [
      '<section class="table-page">',
      pageHeading(page, columns.length, pages.length),
      `<div class="table-scroll"><table class="${table.className} wide"><thead><tr><th class="row-head" scope="col">${escapeHtml(table.rowHeadTitle)}</th>`,
      ...indexes.map((c) => heads[c] ?? ''),
      '</tr></thead><tbody>',
      ...table.rows.map(
        (row, r) =>
          `<tr><td class="row-head">${table.rowHead(row, r)}</td>${indexes.map((c) => table.cell(row, r, c)).join('')}</tr>`,
      ),
      '</tbody></table></div>',
      '</section>',
    ];
  });
}
