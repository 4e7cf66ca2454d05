/** A comparison as a standalone, printable HTML page: inline CSS, no script, every text escaped. */
import type { AlignmentEntry, Comparison, DiffPart } from '../compare/model';
import { bodyBlocks, markedTitle } from '../statements/model';
import { describeStatement, opCounts, opLegend, opName, paragraphNumbers } from './compare-text';
import { describeEcho, echoHeadline } from './echo-text';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The shared style of the HTML reports: readable on screen, clean on paper, changes marked by more than colour. */
export const REPORT_CSS = `
:root { color-scheme: light; --ins: #d8f5dd; --del: #fde0e0; --rule: #ccc; --muted: #555; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; background: #fff; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; } dt { font-weight: 600; } dd { margin: 0; }
.legend, .muted { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-top: 1px solid var(--rule); padding: .5rem; vertical-align: top; text-align: left; }
th { font-size: .85rem; color: var(--muted); }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
th.op, td.op { width: 11rem; } td.op { font-size: .9rem; }
.symbol { display: inline-block; min-width: 1.2em; font-weight: 700; }
.num { color: var(--muted); font-size: .8rem; display: block; }
ins { background: var(--ins); text-decoration: underline; text-decoration-thickness: 2px; }
del { background: var(--del); text-decoration: line-through; }
tr.added td.other, tr.removed td.reference { background: #f6f6f6; }
.terms { font-size: .8rem; color: var(--muted); }
ul.echoes { padding-left: 1.2rem; } ul.echoes q { background: #fff4c2; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();

/** The head of an HTML report: charset, a CSP that allows no script and no fetch, the title and the style. */
export function htmlHead(title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
  ].join('\n');
}

function side(parts: readonly DiffPart[], which: 'reference' | 'other'): string {
  return parts
    .map((p) => {
      switch (p.op) {
        case 'equal':
          return escapeHtml(p.text);
        case 'delete':
          return which === 'reference' ? `<del>${escapeHtml(p.text)}</del>` : '';
        case 'insert':
          return which === 'other' ? `<ins>${escapeHtml(p.text)}</ins>` : '';
      }
    })
    .join('');
}

function row(entry: AlignmentEntry, comparison: Comparison): string {
  const facts: string[] = [];
  if (entry.op !== 'added' && entry.op !== 'removed') facts.push(`similarity ${entry.similarity.toFixed(2)}`);
  const terms =
    entry.terms.length > 0
      ? `<span class="terms">shared: ${entry.terms.map(escapeHtml).join(', ')}</span>`
      : '';
  const [symbol, ...word] = opName(entry.op).split(' ');
  const cell = (which: 'reference' | 'other'): string => {
    const ids = which === 'reference' ? entry.reference : entry.other;
    if (ids.length === 0) return `<td class="text ${which}"></td>`;
    const number = paragraphNumbers(ids, which === 'reference' ? comparison.reference : comparison.other);
    return `<td class="text ${which}"><span class="num">${number}</span>${side(entry.diff, which)}</td>`;
  };
  return [
    `<tr class="${entry.op}">`,
    `<td class="op"><span class="symbol" aria-hidden="true">${escapeHtml(symbol ?? '')}</span>${word.join(' ')}`,
    facts.length > 0 ? `<span class="num">${facts.join(' · ')}</span>` : '',
    terms,
    '</td>',
    cell('reference'),
    cell('other'),
    '</tr>',
  ].join('');
}

function frameSection(comparison: Comparison): string {
  if (comparison.frame.length === 0) return '';
  const text = (blocks: readonly { text: string }[]): string =>
    blocks.length === 0 ? '<span class="muted">—</span>' : blocks.map((b) => escapeHtml(b.text)).join('\n');
  const rows = comparison.frame.map(
    (f) =>
      `<tr><td class="op">${escapeHtml(f.role)}</td><td class="text">${text(f.reference)}</td><td class="text">${text(f.other)}</td></tr>`,
  );
  return [
    '<h2>Title, salutation, headings, signature and notes</h2>',
    '<table><thead><tr><th>Part</th><th>Reference</th><th>Other</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

/** Echoes: paragraphs that quote reference paragraphs or talk about their topic. */
function echoSection(comparison: Comparison): string {
  if (comparison.echoes.length === 0) return '';
  const items = comparison.echoes.map((echo) => {
    const d = describeEcho(echo, comparison);
    const quotes = d.quotes
      .map((q) => `<li><q>${escapeHtml(q.other)}</q> ← <q>${escapeHtml(q.reference)}</q></li>`)
      .join('');
    return [
      `<li><strong>${escapeHtml(echoHeadline(d))}</strong>`,
      d.reason ? ` <span class="terms">${escapeHtml(d.reason)}</span>` : '',
      quotes ? `<ul>${quotes}</ul>` : '',
      '</li>',
    ].join('');
  });
  return [
    '<h2>Echoes</h2>',
    '<p class="legend">Paragraphs of the other statement that quote a reference paragraph, or that talk about its topic in new words.</p>',
    `<ul class="echoes">${items.join('')}</ul>`,
  ].join('\n');
}

/** The whole report as one HTML document. */
export function compareHtml(comparison: Comparison): string {
  const { reference, other } = comparison;
  return [
    htmlHead(`Comparison: ${markedTitle(reference)} — ${markedTitle(other)}`),
    '<body>',
    '<header>',
    '<h1>Comparison</h1>',
    '<dl>',
    `<dt>Reference</dt><dd>${escapeHtml(describeStatement(reference))}</dd>`,
    `<dt>Other</dt><dd>${escapeHtml(describeStatement(other))}</dd>`,
    `<dt>Paragraphs</dt><dd>${bodyBlocks(reference).length} in the reference, ${bodyBlocks(other).length} in the other</dd>`,
    `<dt>Changes</dt><dd>${escapeHtml(opCounts(comparison) || 'none')}</dd>`,
    '</dl>',
    `<p class="legend">${escapeHtml(opLegend())}. <del>Struck-through</del> words are only in the reference, <ins>underlined</ins> words only in the other statement.</p>`,
    '</header>',
    frameSection(comparison),
    '<h2>Paragraphs</h2>',
    '<table><thead><tr><th class="op">Change</th><th>Reference</th><th>Other</th></tr></thead><tbody>',
    ...comparison.alignment.map((e) => row(e, comparison)),
    '</tbody></table>',
    echoSection(comparison),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
