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
  const haystack = haystackOf(statement);
  return words.every((word) => haystack.includes(word));
}

// Pure cache: each listed object's folded text, so filtering thousands of statements per keystroke only scans.
// eslint-disable-next-line no-restricted-syntax -- pure cache: folded text per listed object.
const haystacks = new WeakMap<Listed, string>();

function haystackOf(statement: Listed): string {
  let haystack = haystacks.get(statement);
  if (haystack === undefined) {
    const { year, city, country } = statement.metadata;
    haystack = fold(
      [statement.title, city ?? '', country ?? '', year === null ? '' : String(year)].join(' '),
    );
    haystacks.set(statement, haystack);
  }
  return haystack;
}

/** A run of statements of one year, as the library list shows it: the first run of a year carries the heading. */
export interface YearChunk<T extends Listed = Listed> {
  readonly key: string;
  readonly year: number | null;
  readonly first: boolean;
  readonly statements: readonly T[];
}

/** Cuts year groups into runs of at most `size` statements (the rows the library list virtualises). */
export function chunkGroups<T extends Listed>(groups: readonly YearGroup<T>[], size: number): YearChunk<T>[] {
  return groups.flatMap((group) => {
    const chunks: YearChunk<T>[] = [];
    for (let at = 0; at < group.statements.length; at += size) {
      chunks.push({
        key: `${group.year ?? 'unknown'}:${at}`,
        year: group.year,
        first: at === 0,
        statements: group.statements.slice(at, at + size),
      });
    }
    return chunks;
  });
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
