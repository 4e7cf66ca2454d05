import { describe, expect, it } from 'vitest';
import { compare } from '../compare/compare';
import { overview } from '../compare/overview';
import { themes } from '../themes/themes';
import { markedTitle } from '../statements/model';
import { makeStatement } from '../../testing/generators/make-statement';
import { compareCsv } from './compare-csv';
import { compareHtml } from './compare-html';
import { compareMarkdown } from './compare-markdown';
import { overviewCsv } from './overview-csv';
import { overviewHtml } from './overview-html';
import { overviewMarkdown } from './overview-markdown';
import { themesCsv } from './themes-csv';
import { themesJson } from './themes-json';

const paragraphs = [
  'The peer review system must be strengthened so that every participant is visited within three years.',
  'Artisanal miners deserve fair prices, safe working conditions and a voice in the process.',
];
const real = makeStatement(paragraphs, { title: 'Closing statement of an example network', year: 2019 });
// A sample whose stored title lacks the word (an older library), and one whose title already says it.
const bare = {
  ...makeStatement(paragraphs.slice(0, 1), { title: 'Gaborone closing remarks', year: 2022 }),
  sample: true,
};
const titled = {
  ...makeStatement(paragraphs, { title: 'Sample — Brussels closing', year: 2018 }),
  sample: true,
};

describe('every export marks a sample statement as a sample', () => {
  it('gives a sample\'s title "Sample — " once, and leaves other titles alone', () => {
    expect(markedTitle(bare)).toBe('Sample — Gaborone closing remarks');
    expect(markedTitle(titled)).toBe('Sample — Brussels closing');
    expect(markedTitle(real)).toBe('Closing statement of an example network');
  });

  it('in the comparison as HTML, Markdown and CSV', () => {
    const comparison = compare(real, bare);
    for (const report of [compareHtml(comparison), compareMarkdown(comparison), compareCsv(comparison)]) {
      expect(report).toContain('Sample — Gaborone closing remarks');
      expect(report).toMatch(/\(2022, sample\)/);
    }
    expect(compareCsv(compare(real, real))).not.toMatch(/sample/i);
  });

  it('in the overview as HTML, Markdown and CSV', () => {
    const result = overview(real, [bare, titled]);
    for (const report of [overviewHtml(result), overviewMarkdown(result), overviewCsv(result)]) {
      expect(report).toContain('Sample — Gaborone closing remarks');
      expect(report).toContain('Sample — Brussels closing');
      expect(report).not.toContain('Sample — Sample');
    }
  });

  it('in the themes as CSV and JSON', () => {
    const result = themes([real, bare]);
    expect(themesCsv(result)).toContain('Sample — Gaborone closing remarks');
    const json = themesJson(result);
    expect(json.statements.find((s) => s.id === bare.id)).toMatchObject({
      title: 'Sample — Gaborone closing remarks',
      sample: true,
    });
    expect(json.statements.find((s) => s.id === real.id)).toMatchObject({ sample: false });
  });
});
