/** What can be exported from each view and how: the same report writers the CLI prints with, byte for byte. */
import type { Comparison, Overview } from '../../shared/compare/model';
import { isReportFormat, writeReport } from '../../shared/report/report-writers';
import type { Themes } from '../../shared/themes/model';

/** Something a view shows that can be exported. */
export type ExportSource =
  | { readonly kind: 'comparison'; readonly comparison: Comparison }
  | { readonly kind: 'overview'; readonly overview: Overview }
  | { readonly kind: 'themes'; readonly themes: Themes };

/** A file format a report is written in. */
export type ExportFormat = 'html' | 'md' | 'csv' | 'json' | 'pdf';

/** One report ready to save: its file name, its text and its media type. */
export interface ReportFile {
  readonly name: string;
  readonly content: string;
  readonly mime: string;
}

const MIME: Readonly<Record<ExportFormat, string>> = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  pdf: 'application/pdf',
};

/** The formats of each source, in the order the export dialog offers them (PDF only where it can be printed). */
export function formatsOf(source: ExportSource, canPrintPdf: boolean): readonly ExportFormat[] {
  switch (source.kind) {
    case 'comparison':
      return canPrintPdf ? ['html', 'md', 'csv', 'pdf'] : ['html', 'md', 'csv'];
    case 'overview':
      return canPrintPdf ? ['html', 'md', 'csv', 'pdf'] : ['html', 'md', 'csv'];
    case 'themes':
      return canPrintPdf ? ['html', 'csv', 'json', 'pdf'] : ['html', 'csv', 'json'];
  }
}

/** "comparison", "overview", "themes": what a source is called in the dialog. */
export function describeSource(source: ExportSource): string {
  switch (source.kind) {
    case 'comparison':
      return `Comparison: ${source.comparison.reference.title} ↔ ${source.comparison.other.title}`;
    case 'overview':
      return `Overview: ${source.overview.statements.length} statements against ${source.overview.reference.title}`;
    case 'themes':
      return `Themes across ${source.themes.statements.length} statements`;
  }
}

/**
 * The report of `source` in `format`, exactly as the CLI prints it (`compare --format md`, `overview --format csv`,
 * `themes --format json`…): the CLI ends its output with one newline, so the file does too. For 'pdf' the content
 * is the HTML report the desktop app prints.
 */
export function buildReport(source: ExportSource, format: ExportFormat): ReportFile {
  const text = reportText(source, format === 'pdf' ? 'html' : format);
  return {
    name: `${baseName(source)}.${format}`,
    content: text.endsWith('\n') ? text : `${text}\n`,
    mime: MIME[format],
  };
}

function reportText(source: ExportSource, format: Exclude<ExportFormat, 'pdf'>): string {
  // The writers are shared/report's map, the CLI's too; the dialog offers only some of its formats.
  if (formatsOf(source, false).includes(format)) {
    switch (source.kind) {
      case 'comparison':
        if (isReportFormat('comparison', format)) return writeReport('comparison', source.comparison, format);
        break;
      case 'overview':
        if (isReportFormat('overview', format)) return writeReport('overview', source.overview, format);
        break;
      case 'themes':
        if (isReportFormat('themes', format)) return writeReport('themes', source.themes, format);
        break;
    }
  }
  throw new Error(`A ${source.kind} cannot be exported as ${format}.`);
}

/** The file name without extension: "comparison-2019-new-delhi-vs-2021-moscow". */
export function baseName(source: ExportSource): string {
  switch (source.kind) {
    case 'comparison':
      return `comparison-${slug(source.comparison.reference.title, source.comparison.reference.metadata.year)}-vs-${slug(source.comparison.other.title, source.comparison.other.metadata.year)}`;
    case 'overview':
      return `overview-${slug(source.overview.reference.title, source.overview.reference.metadata.year)}`;
    case 'themes':
      return 'themes';
  }
}

/** A short, safe piece of a file name from a title: the year, then whole words (ASCII letters, digits, dashes). */
export function slug(title: string, year: number | null): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && word !== String(year));
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    if (kept.length > 0 && length + 1 + word.length > 36) break;
    kept.push(word.slice(0, 36));
    length += (kept.length > 1 ? 1 : 0) + Math.min(word.length, 36);
  }
  return [...(year === null ? [] : [String(year)]), ...kept].join('-') || 'statement';
}
