import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/compare/compare';
import { overview } from '../../shared/compare/overview';
import { compareMarkdown } from '../../shared/report/compare-markdown';
import { overviewCsv } from '../../shared/report/overview-csv';
import { reportFormats } from '../../shared/report/report-writers';
import { themesJson } from '../../shared/report/themes-json';
import { makeStatement } from '../../testing/generators/make-statement';
import { themes } from '../../shared/themes/themes';
import { buildReport, formatsOf, slug, type ExportSource } from './export-reports';

const reference = makeStatement(
  ['Rough diamonds fund conflict in many places.', 'The coalition thanks the hosts.'],
  { title: 'Closing Statement, New Delhi', year: 2019 },
);
const other = makeStatement(
  ['Rough diamonds still fund conflict in several places.', 'A new paragraph on traceability.'],
  { title: 'Clôture — Gaborone 2022', year: 2022 },
);

describe('buildReport', () => {
  const comparison: ExportSource = { kind: 'comparison', comparison: compare(reference, other) };

  it('writes the report the CLI prints, named after the statements', () => {
    const file = buildReport(comparison, 'md');
    expect(file.content).toBe(compareMarkdown(compare(reference, other)));
    expect(file.name).toBe('comparison-2019-closing-statement-new-delhi-vs-2022-cloture-gaborone.md');
    expect(file.mime).toBe('text/markdown;charset=utf-8');
    const csv = buildReport({ kind: 'overview', overview: overview(reference, [other]) }, 'csv');
    expect(csv.content).toBe(overviewCsv(overview(reference, [other])));
    expect(csv.name).toBe('overview-2019-closing-statement-new-delhi.csv');
  });

  it('ends JSON with the newline the CLI prints after it', () => {
    const result = themes([reference, other], { reference });
    const file = buildReport({ kind: 'themes', themes: result }, 'json');
    expect(file.content).toBe(`${JSON.stringify(themesJson(result), null, 2)}\n`);
  });

  it('gives the HTML report as the content to print for PDF, and refuses formats a source lacks', () => {
    const pdf = buildReport(comparison, 'pdf');
    expect(pdf.name.endsWith('.pdf')).toBe(true);
    expect(pdf.content).toBe(buildReport(comparison, 'html').content);
    expect(() => buildReport(comparison, 'json')).toThrow('A comparison cannot be exported as json.');
    expect(formatsOf(comparison, false)).toEqual(['html', 'md', 'csv']);
    expect(formatsOf(comparison, true)).toEqual(['html', 'md', 'csv', 'pdf']);
  });

  it('offers only formats the shared writer map (the CLI’s) has, PDF being the printed HTML', () => {
    const sources: ExportSource[] = [
      comparison,
      { kind: 'overview', overview: overview(reference, [other]) },
      { kind: 'themes', themes: themes([reference, other], { reference }) },
    ];
    for (const source of sources) {
      const offered = formatsOf(source, true).filter((format) => format !== 'pdf');
      expect(offered.length).toBeGreaterThan(0);
      for (const format of offered) expect(reportFormats(source.kind)).toContain(format);
    }
  });
});

describe('slug', () => {
  it('keeps ASCII letters and digits, puts the year first unless the title has it, and stays short', () => {
    expect(slug('Côte d’Ivoire: Closing!', 2020)).toBe('2020-cote-d-ivoire-closing');
    expect(slug('2021 Plenary Moscow – Closing Speech by the Civil Society Coalition', 2021)).toBe(
      '2021-plenary-moscow-closing-speech-by-the',
    );
    expect(slug('Kimberley Process CSC Closing Speech New Delhi, India: 22 November 2019', 2019)).toBe(
      '2019-kimberley-process-csc-closing-speech',
    );
    expect(slug('Untitled', null)).toBe('untitled');
    expect(slug('…', null)).toBe('statement');
    expect(slug('A'.repeat(80), 2020)).toBe(`2020-${'a'.repeat(36)}`);
  });
});
