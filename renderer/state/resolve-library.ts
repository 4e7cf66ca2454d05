/** What a location means in a library: the reference, the statement compared with it, the statements shown. */
import type { LibrarySnapshot } from '../../shared/ipc/contract';
import type { StatementSummary } from '../../shared/statements/summary';
import { visibleStatements } from '../themes/themes-input';
import type { Location } from './location';

/** The statements a location names, as found in the library (a removed or unknown id names nothing), as summaries. */
export interface ResolvedLibrary {
  /** The chosen reference, else the library's default; null while loading or when both are gone. */
  readonly reference: StatementSummary | null;
  /** The statement open next to the reference (never the reference itself). */
  readonly other: StatementSummary | null;
  /** The statements the library shows: samples only when not hidden, the reference always. */
  readonly visible: readonly StatementSummary[];
}

/** Resolves the location's ids against the snapshot. */
export function resolveLibrary(
  snapshot: LibrarySnapshot | null,
  location: Pick<Location, 'reference' | 'other'>,
): ResolvedLibrary {
  if (!snapshot) return { reference: null, other: null, visible: [] };
  const byId = (id: string | null) =>
    id === null ? undefined : snapshot.statements.find((s) => s.id === id);
  const reference = byId(location.reference) ?? byId(snapshot.referenceId) ?? null;
  const other = location.other !== reference?.id ? (byId(location.other) ?? null) : null;
  const visible = visibleStatements(snapshot.statements, snapshot.samplesHidden, [reference?.id]);
  return { reference, other, visible };
}
