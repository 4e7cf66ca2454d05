import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { compare } from '../compare/compare';
import { overview } from '../compare/overview';
import { themes } from '../themes/themes';
import { compareCsv } from './compare-csv';
import { compareHtml } from './compare-html';
import { compareMarkdown } from './compare-markdown';
import { overviewCsv } from './overview-csv';
import { overviewHtml } from './overview-html';
import { overviewMarkdown } from './overview-markdown';
import { isReportFormat, reportFormats, writeReport } from './report-writers';
import { themesCsv } from './themes-csv';
import { themesHtml } from './themes-html';
import { themesJson } from './themes-json';

const reference = makeStatement(
  ['Rough diamonds fund conflict in many places.', 'The coalition thanks the hosts.'],
  {
    title: 'Sample — reference',
    year: 2019,
  },
);
const other = makeStatement(['Rough diamonds still fund conflict in several places.', 'A new paragraph.'], {
  title: 'Sample — other',
  year: 2022,
});

describe('the report writer map', () => {
  it('lists each kind’s formats in the order the CLI documents them', () => {
    expect(reportFormats('comparison')).toEqual(['json', 'md', 'html', 'csv']);
    expect(reportFormats('overview')).toEqual(['json', 'csv', 'md', 'html']);
    expect(reportFormats('themes')).toEqual(['json', 'csv', 'html']);
  });

  it('writes each format with its writer', () => {
    const c = compare(reference, other);
    expect(writeReport('comparison', c, 'json')).toBe(JSON.stringify(c, null, 2));
    expect(writeReport('comparison', c, 'md')).toBe(compareMarkdown(c));
    expect(writeReport('comparison', c, 'html')).toBe(compareHtml(c));
    expect(writeReport('comparison', c, 'csv')).toBe(compareCsv(c));
    const o = overview(reference, [other]);
    expect(writeReport('overview', o, 'json')).toBe(JSON.stringify(o, null, 2));
    expect(writeReport('overview', o, 'csv')).toBe(overviewCsv(o));
    expect(writeReport('overview', o, 'md')).toBe(overviewMarkdown(o));
    expect(writeReport('overview', o, 'html')).toBe(overviewHtml(o));
    const t = themes([reference, other], { reference });
    expect(writeReport('themes', t, 'json')).toBe(JSON.stringify(themesJson(t), null, 2));
    expect(writeReport('themes', t, 'csv')).toBe(themesCsv(t));
    expect(writeReport('themes', t, 'html')).toBe(themesHtml(t));
  });

  it('knows which formats a kind has, and refuses others by name', () => {
    expect(isReportFormat('themes', 'csv')).toBe(true);
    expect(isReportFormat('themes', 'md')).toBe(false);
    expect(isReportFormat('comparison', 'toString')).toBe(false);
    const t = themes([reference], {});
    expect(() => writeReport('themes', t, 'md' as never)).toThrow('A themes report cannot be written as md.');
  });
});
