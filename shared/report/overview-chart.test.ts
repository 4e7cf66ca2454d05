import { describe, expect, it } from 'vitest';
import { overview } from '../compare/overview';
import { makeStatement } from '../../testing/generators/make-statement';
import { overviewHtml } from './overview-html';
import { retainedChart, shade, shadeLegend } from './overview-chart';

describe('shade', () => {
  it('runs from white for no similarity to a mid blue for identical paragraphs, clamped', () => {
    expect(shade(0)).toBe('rgb(255, 255, 255)');
    expect(shade(1)).toBe('rgb(115, 177, 213)');
    expect(shade(2)).toBe(shade(1));
    expect(shade(-1)).toBe(shade(0));
  });
});

describe('retainedChart', () => {
  const reference = makeStatement(['Peer review must be strengthened.', 'We thank the host.'], {
    title: 'Reference',
    year: 2019,
  });
  const half = makeStatement(['Peer review must be strengthened.', 'Something else entirely <b>new</b>.'], {
    title: 'Half <script>x</script>',
    year: 2020,
  });
  const same = makeStatement(['Peer review must be strengthened.', 'We thank the host.'], {
    title: 'Same',
    year: 2021,
  });
  const result = overview(reference, [same, half]);

  it('draws one bar per statement, as long as its share retained, labelled with the share and escaped', () => {
    const svg = retainedChart(result.statements, result.summaries);
    const bars = [...svg.matchAll(/<rect x="260" y="\d+" width="(\d+)" height="14" fill="#0072b2"\/>/g)].map(
      (m) => Number(m[1]),
    );
    expect(bars).toEqual(result.summaries.map((s) => Math.round(s.retained * 360)));
    expect(bars[1]).toBe(360);
    expect(bars[0]).toBeLessThan(360);
    expect(svg).toContain('2020 Half &#60;script&#62;x&#60;/script&#62;');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('>100%</text>');
  });

  it('is in the overview HTML with the shade legend, and matrix cells are shaded by similarity', () => {
    const html = overviewHtml(result);
    expect(html).toContain(shadeLegend());
    expect(html).toContain('<svg class="chart"');
    const kept = result.cells[0]?.[0];
    expect(kept?.op).toBe('unchanged');
    expect(html).toContain(`style="background: ${shade(kept?.similarity ?? 0)}"`);
  });
});
