/** Names of statement columns (overview, themes, their reports): year and city, and the kind and title where those repeat. */
import type { StatementMetadata } from './model';

/** What a column is named from: a Statement, or the themes' summary of one. */
export interface ColumnSubject {
  readonly title: string;
  readonly metadata: Pick<StatementMetadata, 'year' | 'city' | 'meeting' | 'kind'>;
}

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

/** "2021 Moscow", "2018 Closing Statement of…", "year unknown Paste". */
export function shortName(statement: ColumnSubject): string {
  const { year, city } = statement.metadata;
  const place = city ?? firstWords(statement.title, 3);
  return `${year ?? 'year unknown'} ${place}`;
}

/** The first `count` words of a text, with an ellipsis when there are more. */
export function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= count) return words.join(' ');
  return `${words.slice(0, count).join(' ')}…`;
}

function kindWords(statement: ColumnSubject): string | null {
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

const SAMPLE_PREFIX = /^sample\s*[—–-]\s*/i;

/**
 * The words that tell titles apart: the words all of a group's titles begin with are dropped but the last of them
 * ("Sample — Closing statement of the coalition, 2021 a" and "… b" → "…2021 a", "…2021 b"), then six words.
 */
function distinguishingTitles(titles: readonly string[]): string[] {
  const words = titles.map((t) => t.replace(SAMPLE_PREFIX, '').trim().split(/\s+/).filter(Boolean));
  const first = words[0] ?? [];
  let common = 0;
  while (
    words.every((w) => common < w.length - 1 && w[common]?.toLowerCase() === first[common]?.toLowerCase())
  )
    common++;
  const cut = Math.max(0, common - 1);
  return words.map((w) => `${cut > 0 ? '…' : ''}${firstWords(w.slice(cut).join(' '), 6)}`);
}

/** One name per statement, in order: more words only where year and city do not tell columns apart. */
export function columnNames(statements: readonly ColumnSubject[]): ColumnName[] {
  const shorts = statements.map(shortName);
  const shortRepeats = repeated(shorts);
  const kinds = statements.map((s, i) => (shortRepeats(shorts[i] as string) ? kindWords(s) : null));
  const withKind = shorts.map((short, i) => `${short}\u0000${kinds[i] ?? ''}`);
  const kindRepeats = repeated(withKind);
  const titled = statements.map(
    (_, i) => shortRepeats(shorts[i] as string) && (kinds[i] === null || kindRepeats(withKind[i] as string)),
  );
  // Titles are told apart within their group: the columns that share year, city and kind (grouped in one pass: a
  // pass over every column per group took ~0.1 s at 3,000 generated statements, most sharing year and city).
  const groups = new Map<string, number[]>();
  for (let i = 0; i < statements.length; i++) {
    if (!titled[i]) continue;
    const key = withKind[i] as string;
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  }
  const titles = new Map<number, string>();
  for (const members of groups.values()) {
    const words = distinguishingTitles(members.map((i) => statements[i]?.title ?? ''));
    members.forEach((index, k) => titles.set(index, words[k] ?? ''));
  }
  return statements.map((_, i) => {
    const short = shorts[i] as string;
    const kind = kinds[i] ?? null;
    const title = titles.get(i) ?? null;
    return { short, kind, title, full: [short, kind, title].filter((p) => p !== null).join(', ') };
  });
}
