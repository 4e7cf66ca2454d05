/** Every report writer by kind of result and format: the one map the CLI prints from and the app's Export saves from. */
import type { Comparison, Overview } from '../compare/model';
import type { Themes } from '../themes/model';
import { compareCsv } from './compare-csv';
import { compareHtml } from './compare-html';
import { compareMarkdown } from './compare-markdown';
import { overviewCsv } from './overview-csv';
import { overviewHtml } from './overview-html';
import { overviewMarkdown } from './overview-markdown';
import { themesCsv } from './themes-csv';
import { themesHtml } from './themes-html';
import { themesJson } from './themes-json';

/** The result each kind of report is written from. */
export interface ReportSubjects {
  readonly comparison: Comparison;
  readonly overview: Overview;
  readonly themes: Themes;
}

/** A kind of report: comparison, overview or themes. */
export type ReportKind = keyof ReportSubjects;

type WriterTable = {
  readonly [K in ReportKind]: Readonly<Record<string, (subject: ReportSubjects[K]) => string>>;
};

/** The writers, in the order the CLI lists the formats (its default, json, first). */
export const REPORT_WRITERS = {
  comparison: {
    json: (comparison: Comparison) => JSON.stringify(comparison, null, 2),
    md: compareMarkdown,
    html: compareHtml,
    csv: compareCsv,
  },
  overview: {
    json: (overview: Overview) => JSON.stringify(overview, null, 2),
    csv: overviewCsv,
    md: overviewMarkdown,
    html: overviewHtml,
  },
  themes: {
    json: (themes: Themes) => JSON.stringify(themesJson(themes), null, 2),
    csv: themesCsv,
    html: themesHtml,
  },
} as const satisfies WriterTable;

/** A format a kind of report can be written in. */
export type ReportFormat<K extends ReportKind> = keyof (typeof REPORT_WRITERS)[K] & string;

/** The formats of a kind of report, in the CLI's order. */
export function reportFormats<K extends ReportKind>(kind: K): readonly ReportFormat<K>[] {
  return Object.keys(REPORT_WRITERS[kind]) as ReportFormat<K>[];
}

/** True when `format` is one a kind of report is written in. */
export function isReportFormat<K extends ReportKind>(kind: K, format: string): format is ReportFormat<K> {
  return Object.hasOwn(REPORT_WRITERS[kind], format);
}

/** The report of `subject` in `format`, as the writer returns it (the CLI and Export add the final newline). */
export function writeReport<K extends ReportKind>(
  kind: K,
  subject: ReportSubjects[K],
  format: ReportFormat<K>,
): string {
  const writers: WriterTable[K] = REPORT_WRITERS[kind];
  const writer = writers[format];
  if (!writer) throw new Error(`A ${kind} report cannot be written as ${format}.`);
  return writer(subject);
}
