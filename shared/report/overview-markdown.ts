/** The overview as a Markdown report: the lineage matrix and a summary per statement. */
import type { LineageCell, Overview } from '../compare/model';
import { ECHO_LEGEND, echoSymbol, opSymbol } from '../compare/op-labels';
import { escapeMarkdown } from './compare-markdown';
import { describeStatement, opLegend } from './compare-text';
import { markedTitle } from '../statements/model';

function cellText(cell: LineageCell | undefined): string {
  if (cell?.op === null && cell.echo !== null) return `${echoSymbol(cell.echo)} echo`;
  if (!cell || cell.op === null) return '·';
  return cell.op === 'unchanged' ? '=' : `${opSymbol(cell.op)} ${cell.similarity.toFixed(2)}`;
}

function columnName(overview: Overview, c: number): string {
  const s = overview.statements[c];
  return s ? escapeMarkdown(`${s.metadata.year ?? '?'} ${markedTitle(s)}`) : '';
}

/** The matrix (rows: reference paragraphs; columns: statements by year) and one summary line per statement. */
export function overviewMarkdown(overview: Overview): string {
  const columns = overview.statements.map((_, c) => columnName(overview, c));
  const lines = [
    '# Overview',
    '',
    `Reference: ${escapeMarkdown(describeStatement(overview.reference))}`,
    '',
    `Legend: ${opLegend()}; · no link (dropped); ${ECHO_LEGEND}. Numbers are similarities.`,
    '',
    `| ¶ | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...overview.rows.map(
      (_, r) =>
        `| ${r + 1} | ${overview.statements.map((__, c) => cellText(overview.cells[r]?.[c])).join(' | ')} |`,
    ),
    '',
    '## Per statement',
    '',
    '| Statement | Retained | Echoed | Kept | Reworded | Moved | Split | Merged | Added | Dropped |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...overview.summaries.map((s, c) =>
      [
        columns[c],
        `${Math.round(s.retained * 100)}%`,
        s.echoed,
        s.unchanged,
        s.changed,
        s.moved,
        s.split,
        s.merged,
        s.added,
        s.removed,
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
    '',
    '## Reference paragraphs',
    '',
    ...overview.rows.map((b, r) => `${r + 1}. ${escapeMarkdown(b.text.replace(/\s+/g, ' '))}`),
  ];
  return `${lines.join('\n')}\n`;
}
