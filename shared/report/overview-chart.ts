/** The overview report's pictures: heat-map shades for the matrix and an SVG bar chart of what each statement kept. */
import type { LineageSummary } from '../compare/model';
import { markedTitle, type StatementHeader } from '../statements/model';
import { columnNames } from '../statements/column-names';
import { escapeHtml } from './compare-html';

// Okabe–Ito blue, laid over white in proportion to the similarity: light enough that black text stays above 7:1.
const SHADE_RGB = [0, 114, 178] as const;
const MAX_SHADE = 0.55;

/** The background of a matrix cell for a link of `similarity` (0..1): white for none, deeper blue for closer. */
export function shade(similarity: number): string {
  const share = Math.max(0, Math.min(1, similarity)) * MAX_SHADE;
  const [r, g, b] = SHADE_RGB.map((c) => Math.round(255 + (c - 255) * share)) as [number, number, number];
  return `rgb(${r}, ${g}, ${b})`;
}

/** A legend for the shades: five swatches from 0 to 1, as SVG. */
export function shadeLegend(): string {
  const steps = [0, 0.25, 0.5, 0.75, 1];
  const swatches = steps
    .map(
      (s, i) =>
        `<rect x="${110 + i * 44}" y="2" width="40" height="18" fill="${shade(s)}" stroke="#999"/>` +
        `<text x="${130 + i * 44}" y="34" text-anchor="middle">${s.toFixed(2)}</text>`,
    )
    .join('');
  return [
    `<svg class="legend-shades" width="340" height="40" role="img" aria-label="Cell shade: similarity of the link, from 0 (white) to 1 (deepest blue)" xmlns="http://www.w3.org/2000/svg" font-size="11" font-family="system-ui, sans-serif">`,
    `<text x="0" y="15">Similarity</text>`,
    swatches,
    '</svg>',
  ].join('');
}

/** A horizontal bar per statement: the share of the reference's body words it retained, with its value written. */
export function retainedChart(
  statements: readonly StatementHeader[],
  summaries: readonly LineageSummary[],
): string {
  const labelWidth = 260;
  const barWidth = 360;
  const rowHeight = 22;
  const top = 8;
  const height = top + summaries.length * rowHeight + 34;
  // The bars are named as the matrix columns are (year, city, and kind or title where those repeat), numbered as the legend.
  const names = columnNames(statements);
  const bars = summaries
    .map((summary, i) => {
      const statement = statements[i];
      const label = statement
        ? `${statement.metadata.year ?? '?'} ${markedTitle(statement)}`
        : summary.statementId;
      const name = names[i] ? `${i + 1}. ${names[i].full}` : label;
      const short = name.length > 42 ? `${name.slice(0, 41)}…` : name;
      const y = top + i * rowHeight;
      const width = Math.round(summary.retained * barWidth);
      const percent = `${Math.round(summary.retained * 100)}%`;
      return [
        `<g><title>${escapeHtml(`${label}: ${percent} of the reference retained`)}</title>`,
        `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(short)}</text>`,
        `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="14" fill="#f1f1f1"/>`,
        `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="14" fill="#0072b2"/>`,
        `<text x="${labelWidth + barWidth + 6}" y="${y + 14}">${percent}</text></g>`,
      ].join('');
    })
    .join('');
  const axisY = top + summaries.length * rowHeight + 4;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (t) =>
        `<line x1="${labelWidth + t * barWidth}" y1="${axisY}" x2="${labelWidth + t * barWidth}" y2="${axisY + 4}" stroke="#555"/>` +
        `<text x="${labelWidth + t * barWidth}" y="${axisY + 16}" text-anchor="middle">${t * 100}%</text>`,
    )
    .join('');
  return [
    `<svg class="chart" width="${labelWidth + barWidth + 50}" height="${height}" role="img" aria-label="Share of the reference's body words each statement retained" xmlns="http://www.w3.org/2000/svg" font-size="12" font-family="system-ui, sans-serif">`,
    bars,
    `<line x1="${labelWidth}" y1="${axisY}" x2="${labelWidth + barWidth}" y2="${axisY}" stroke="#555"/>`,
    ticks,
    '</svg>',
    `<p class="legend"><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="#0072b2"/></svg> share of the reference's body words the statement retained (kept word for word in linked paragraphs)</p>`,
  ].join('\n');
}
