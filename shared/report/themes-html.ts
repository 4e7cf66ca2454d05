/** The themes as a standalone, printable HTML page: themes × statements in pages of columns, names and acronyms. */
import { markedTitle } from '../statements/model';
import type { Theme, ThemeStatement, Themes } from '../themes/model';
import { columnLegend, WIDE_REPORT_CSS, wideTables, type ReportColumn } from './column-pages';
import { escapeHtml, htmlHead } from './compare-html';
import { shade } from './overview-chart';

const THEMES_CSS = `
table.themes td { text-align: center; font-size: .85rem; padding: .35rem .25rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.themes td.row-head { text-align: left; }
table.themes td.zero { color: var(--muted); }
table.themes td .num { font-size: .7rem; }
`.trim();

const TREND_WORDS: Readonly<Record<Theme['trend'], string>> = {
  rising: '↗ rising',
  falling: '↘ falling',
  steady: '→ steady',
  new: '✚ new',
  gone: '✖ gone',
};

function themeColumn(statement: ThemeStatement): ReportColumn {
  return {
    title: statement.title,
    sample: statement.sample,
    metadata: {
      year: statement.year,
      city: statement.city,
      meeting: statement.meeting,
      kind: statement.kind,
    },
  };
}

function matrix(themes: Themes): string[] {
  const densest = Math.max(0, ...themes.themes.flatMap((t) => t.counts.map((c) => c.per1000)));
  return wideTables(themes.statements.map(themeColumn), {
    className: 'themes',
    rowHeadTitle: 'Theme',
    rows: themes.themes,
    rowHead: (theme) =>
      `<strong>${escapeHtml(theme.label)}</strong><span class="num">${escapeHtml(`${theme.source} · ${TREND_WORDS[theme.trend]} · ${theme.total} in all`)}</span><span class="terms">${escapeHtml(theme.terms.slice(0, 6).join(', '))}</span>`,
    cell: (theme, _, c) => {
      const count = theme.counts[c];
      if (!count || count.count === 0) return '<td class="zero" title="not found">·</td>';
      const share = densest > 0 ? count.per1000 / densest : 0;
      const label = `${count.count} ${count.count === 1 ? 'occurrence' : 'occurrences'}, ${count.per1000.toFixed(1)} per 1,000 words`;
      return `<td style="background: ${shade(share)}" title="${escapeHtml(label)}">${count.per1000.toFixed(1)}<span class="num">×${count.count}</span></td>`;
    },
  });
}

function shifts(themes: Themes): string[] {
  if (themes.reference === null || themes.relative.length === 0) return [];
  const labels = new Map(themes.themes.map((t) => [t.id, t.label]));
  const titles = new Map(themes.statements.map((s) => [s.id, s]));
  const list = (ids: readonly string[]) =>
    escapeHtml(ids.map((id) => labels.get(id) ?? id).join(', ') || '—');
  return [
    '<h2>Against the reference</h2>',
    '<table><thead><tr><th>Statement</th><th>Keeps</th><th>Loses</th><th>Raises</th></tr></thead><tbody>',
    ...themes.relative.map((shift) => {
      const s = titles.get(shift.statement);
      const name = s ? `${s.year ?? '?'} ${markedTitle(s)}` : shift.statement;
      return `<tr><td>${escapeHtml(name)}</td><td>${list(shift.keeps)}</td><td>${list(shift.loses)}</td><td>${list(shift.raises)}</td></tr>`;
    }),
    '</tbody></table>',
  ];
}

/** The whole themes report as one HTML document. */
export function themesHtml(themes: Themes): string {
  const reference = themes.statements.find((s) => s.id === themes.reference);
  const acronyms = Object.entries(themes.acronyms);
  return [
    htmlHead('Themes').replace('</style>', `\n${THEMES_CSS}\n${WIDE_REPORT_CSS}</style>`),
    '<body>',
    '<h1>Themes</h1>',
    `<p>${themes.themes.length} themes across ${themes.statements.length} statements${reference ? `; reference: ${escapeHtml(markedTitle(reference))}` : ''}.</p>`,
    '<p class="legend">Each cell: occurrences per 1,000 body words (the deeper the blue, the denser), and below it the count (×n); · not found. Under each theme: where it comes from (discovered, lexicon, user), its trend over the years and its total.</p>',
    ...matrix(themes),
    columnLegend(themes.statements.map(themeColumn)),
    ...shifts(themes),
    themes.names.length > 0
      ? `<h2>Recurring names</h2><p>${escapeHtml(themes.names.map((n) => `${n.label} (${n.kind}, ${n.total})`).join(' · '))}</p>`
      : '',
    acronyms.length > 0
      ? `<h2>Acronyms</h2><p>${escapeHtml(acronyms.map(([short, long]) => `${short}: ${long}`).join(' · '))}</p>`
      : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
