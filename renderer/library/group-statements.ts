/** Filtering and grouping of the library's statements for the sidebar. */
import type { Statement } from '../../shared/statements/model';

/** What the sidebar reads of a statement (a summary or a full statement). */
export type Listed = Pick<Statement, 'id' | 'title' | 'metadata'>;

/** The statements of one year (year null: unknown). */
export interface YearGroup<T extends Listed = Listed> {
  readonly year: number | null;
  readonly statements: readonly T[];
}

/** True when every word of the query occurs in the title, city, country or year (case- and accent-insensitive). */
export function matchesFilter(statement: Listed, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const { year, city, country } = statement.metadata;
  const haystack = fold(
    [statement.title, city ?? '', country ?? '', year === null ? '' : String(year)].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

/** Groups statements by year, newest first and unknown years last; within a year by date, then title. */
export function groupByYear<T extends Listed>(statements: readonly T[]): readonly YearGroup<T>[] {
  const byYear = new Map<number | null, T[]>();
  for (const statement of statements) {
    const list = byYear.get(statement.metadata.year) ?? [];
    list.push(statement);
    byYear.set(statement.metadata.year, list);
  }
  const years = [...byYear.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
  return years.map((year) => ({
    year,
    statements: (byYear.get(year) ?? []).slice().sort(compareWithinYear),
  }));
}

function compareWithinYear(a: Listed, b: Listed): number {
  const dateA = a.metadata.date ?? '';
  const dateB = b.metadata.date ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.title.localeCompare(b.title);
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
