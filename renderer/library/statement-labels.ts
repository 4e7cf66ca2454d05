/** Words the library shows for a statement: its kind badges, year and a one-line description. */
import type { Statement } from '../../shared/statements/model';

/** What the labels read of a statement (a summary or a full statement). */
export type Labelled = Pick<Statement, 'title' | 'sample' | 'metadata'>;

/** A badge shown next to a statement's title. */
export interface KindBadge {
  readonly kind: 'opening' | 'closing' | 'intersessional' | 'statement' | 'press';
  readonly label: string;
}

/** The kind badges of a statement: opening / closing / statement / press, and intersessional. */
export function kindBadges(statement: Labelled): readonly KindBadge[] {
  const badges: KindBadge[] = [];
  const { kind, meeting } = statement.metadata;
  if (kind) badges.push({ kind, label: kind });
  if (meeting === 'intersessional') badges.push({ kind: 'intersessional', label: 'intersessional' });
  return badges;
}

/** The facts the library asks the user to fill in when they are unknown: "kind", "year". */
export function unknownFacts(statement: Labelled): readonly ('kind' | 'year')[] {
  return [
    ...(statement.metadata.kind === null ? (['kind'] as const) : []),
    ...(statement.metadata.year === null ? (['year'] as const) : []),
  ];
}

/** The edit action's words: "Edit", or what it would set when kind or year is unknown ("Set kind and year"). */
export function editLabel(statement: Labelled): string {
  const unknown = unknownFacts(statement);
  return unknown.length ? `Set ${unknown.join(' and ')}` : 'Edit';
}

/** "2019" or "year unknown". */
export function yearLabel(statement: Labelled): string {
  return statement.metadata.year === null ? 'year unknown' : String(statement.metadata.year);
}

/** The title with the year when the title does not already say it: "CSC closing statement (2021)". */
export function titleWithYear(statement: Labelled): string {
  const year = statement.metadata.year;
  if (year === null || statement.title.includes(String(year))) return statement.title;
  return `${statement.title} (${year})`;
}

/** The accessible name of a statement in lists: its title, year, kinds, and "Sample" for samples. */
export function accessibleName(statement: Labelled, isReference: boolean): string {
  const parts = [titleWithYear(statement), ...kindBadges(statement).map((b) => b.label)];
  if (statement.sample) parts.push('Sample');
  if (isReference) parts.push('Reference');
  return parts.join(', ');
}
