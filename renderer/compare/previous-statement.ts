/** Year over year: the statement of the same kind given the latest earlier year, to compare the open one with. */
import type { Statement } from '../../shared/statements/model';

/** What the choice reads of a statement (a summary or a full statement). */
export type Dated = Pick<Statement, 'id' | 'title' | 'metadata'>;

/** The previous statement of the same kind, or why there is none (shown on the disabled toggle). */
export type PreviousStatement<T extends Dated = Statement> =
  { readonly kind: 'found'; readonly statement: T } | { readonly kind: 'none'; readonly reason: string };

/**
 * The statement among `candidates` with the same kind (closing with closing, opening with opening) from the latest
 * year before `statement`'s, at any meeting. Within that year the latest date wins (unknown dates last), then the
 * title, so the choice never depends on the library's order.
 */
export function previousOfKind<T extends Dated>(
  statement: Dated,
  candidates: readonly T[],
): PreviousStatement<T> {
  const { kind, year } = statement.metadata;
  if (kind === null)
    return {
      kind: 'none',
      reason: 'The kind of this statement is unknown: set it with Edit in the library.',
    };
  if (year === null)
    return {
      kind: 'none',
      reason: 'The year of this statement is unknown: set it with Edit in the library.',
    };
  let best: T | null = null;
  for (const candidate of candidates) {
    const candidateYear = candidate.metadata.year;
    if (candidate.id === statement.id || candidate.metadata.kind !== kind) continue;
    if (candidateYear === null || candidateYear >= year) continue;
    if (best === null || isLater(candidate, best)) best = candidate;
  }
  return best === null
    ? { kind: 'none', reason: `No earlier ${kind} statement is in the library.` }
    : { kind: 'found', statement: best };
}

function isLater(a: Dated, b: Dated): boolean {
  const ya = a.metadata.year ?? 0;
  const yb = b.metadata.year ?? 0;
  if (ya !== yb) return ya > yb;
  const da = a.metadata.date;
  const db = b.metadata.date;
  if (da !== db) return db === null || (da !== null && da > db);
  return a.title.localeCompare(b.title, 'en') < 0;
}
