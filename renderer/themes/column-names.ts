/** Names of the themes view's columns: year and city, and the kind and title where those repeat. */
import type { Statement } from '../../shared/statements/model';
import { firstWords, shortName } from '../overview/overview-model';

/** What a column header shows. */
export interface ColumnName {
  /** "2022 Gaborone". */
  readonly short: string;
  /** Where another column has the same year and city: the meeting and kind ("plenary opening"), else null. */
  readonly kind: string | null;
  /** Where year, city and kind still repeat (or no kind is known): the title's first words, else null. */
  readonly title: string | null;
  /** The whole name, for labels: "2022 Gaborone, plenary opening". */
  readonly full: string;
}

function kindWords(statement: Statement): string | null {
  const { meeting, kind } = statement.metadata;
  const words: string[] = [];
  if (meeting !== null && meeting !== 'other') words.push(meeting);
  if (kind !== null) words.push(kind);
  return words.length > 0 ? words.join(' ') : null;
}

function repeated(keys: readonly string[]): (key: string) => boolean {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return (key) => (counts.get(key) ?? 0) > 1;
}

/** One name per statement, in order: more words only where year and city do not tell columns apart. */
export function columnNames(statements: readonly Statement[]): ColumnName[] {
  const shorts = statements.map(shortName);
  const shortRepeats = repeated(shorts);
  const kinds = statements.map((s, i) => (shortRepeats(shorts[i] as string) ? kindWords(s) : null));
  const withKind = shorts.map((short, i) => `${short}\u0000${kinds[i] ?? ''}`);
  const kindRepeats = repeated(withKind);
  return statements.map((statement, i) => {
    const short = shorts[i] as string;
    const kind = kinds[i] ?? null;
    const title =
      shortRepeats(short) && (kind === null || kindRepeats(withKind[i] as string))
        ? firstWords(statement.title, 6)
        : null;
    return { short, kind, title, full: [short, kind, title].filter((p) => p !== null).join(', ') };
  });
}
