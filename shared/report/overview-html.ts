/** The overview as a standalone, printable HTML page: the lineage matrix in pages of columns and a summary per statement. */
import type { LineageCell, Overview } from '../compare/model';
import { ECHO_LEGEND, echoLabel, echoSymbol, opLabel, opSymbol } from '../compare/op-labels';
import { columnNames } from '../statements/column-names';
import { markedTitle, type StatementHeader } from '../statements/model';
import { columnLegend, WIDE_REPORT_CSS, wideTables, type ReportColumn } from './column-pages';
import { escapeHtml, htmlHead } from './compare-html';
import { describeStatement, opLegend } from './compare-text';
import { retainedChart, shade, shadeLegend } from './overview-chart';

const OVERVIEW_CSS = `
table.matrix td { text-align: center; white-space: nowrap; font-size: .85rem; padding: .35rem .25rem; }
table.matrix td.row-head { text-align: left; white-space: normal; font-size: .8rem; }
table.matrix td.none { color: var(--muted); }
table.matrix td.echo { background: repeating-linear-gradient(135deg, #fff8e6 0 6px, #fdf0cc 6px 12px); color: #5a4300; }
table.matrix td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.matrix td .num { font-size: .7rem; white-space: normal; }
svg text { fill: #111; }
table.summary th:first-child { width: 16rem; }
`.trim();

function cell(c: LineageCell | undefined): string {
  if (c?.op === null && c.echo !== null)
    return `<td class="echo ${c.echo}" title="${escapeHtml(`no link; ${echoLabel(c.echo)}`)}"><span aria-hidden="true">${escapeHtml(echoSymbol(c.echo))}</span><span class="num">${escapeHtml(echoLabel(c.echo))}</span></td>`;
  if (!c || c.op === null) return '<td class="none" title="no link">·</td>';
  const similarity = c.op === 'unchanged' ? '' : ` ${c.similarity.toFixed(2)}`;
  return `<td class="${c.op}" style="background: ${shade(c.similarity)}" title="${escapeHtml(opLabel(c.op))}"><span aria-hidden="true">${escapeHtml(opSymbol(c.op))}</span>${similarity}<span class="num">${escapeHtml(opLabel(c.op))}</span></td>`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 140 ? flat : `${flat.slice(0, 139).trimEnd()}…`;
}

/** A statement as a report column: its name facts, and its file for the legend. */
export function statementColumn(statement: StatementHeader): ReportColumn {
  return {
    title: statement.title,
    sample: statement.sample,
    metadata: statement.metadata,
    source: statement.source.fileName,
  };
}

/** The matrix: one table per page of at most 12 statement columns, each with the reference paragraphs as rows. */
function matrix(overview: Overview): string[] {
  return wideTables(overview.statements.map(statementColumn), {
    className: 'matrix',
    rowHeadTitle: 'Reference paragraph',
    rows: overview.rows,
    rowHead: (block, r) => `<span class="num">¶${r + 1}</span>${escapeHtml(excerpt(block.text))}`,
    cell: (_, r, c) => cell(overview.cells[r]?.[c]),
  });
}

/** The whole overview as one HTML document. */
export function overviewHtml(overview: Overview): string {
  const names = columnNames(overview.statements);
  return [
    htmlHead(`Overview: ${markedTitle(overview.reference)}`).replace(
      '</style>',
      `\n${OVERVIEW_CSS}\n${WIDE_REPORT_CSS}</style>`,
    ),
    '<body>',
    '<h1>Overview</h1>',
    `<p>Reference: ${escapeHtml(describeStatement(overview.reference))}</p>`,
    `<p class="legend">${escapeHtml(opLegend())}; · no link (dropped); ${escapeHtml(ECHO_LEGEND)} (pale, hatched). Numbers are similarities; the deeper the blue, the closer the link.</p>`,
    shadeLegend(),
    ...matrix(overview),
    columnLegend(overview.statements.map(statementColumn)),
    '<h2>Per statement</h2>',
    retainedChart(overview.statements, overview.summaries),
    '<table class="summary"><thead><tr><th>Statement</th><th>Retained</th><th>Echoed</th><th>Kept</th><th>Reworded</th><th>Moved</th><th>Split</th><th>Merged</th><th>Added</th><th>Dropped</th></tr></thead><tbody>',
    ...overview.summaries.map((s, c) => {
      const statement = overview.statements[c];
      const full = statement ? describeStatement(statement) : s.statementId;
      const name = names[c] ? `${c + 1}. ${names[c].full}` : full;
      const counts = [s.unchanged, s.changed, s.moved, s.split, s.merged, s.added, s.removed];
      return `<tr><td title="${escapeHtml(full)}">${escapeHtml(name)}</td><td>${Math.round(s.retained * 100)}%</td><td>${s.echoed}</td>${counts.map((n) => `<td>${n}</td>`).join('')}</tr>`;
    }),
    '</tbody></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
