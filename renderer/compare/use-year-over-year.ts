/** Which statement the open one is compared against: the reference, or the previous statement of its kind. */
import { useMemo } from 'react';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import { useAppState } from '../state/store-context';
import type { Against } from './against-toggle';
import { previousOfKind, type PreviousStatement } from './previous-statement';

/** The year-over-year state of the compare view. */
export interface YearOverYear {
  readonly against: Against;
  readonly setAgainst: (against: Against) => void;
  /** The previous statement of the open one's kind (or why none), null when nothing is open. */
  readonly previous: PreviousStatement<StatementSummary> | null;
  /** What the compare view puts on the left: the previous statement when chosen and found (and its text is here), else the reference. */
  readonly left: Statement | null;
}

/**
 * The choice (kept in the store); `candidates` are the statements the library shows, `resolve` gives a summary's full statement
 * once its text is here.
 */
export function useYearOverYear(
  reference: Statement | null,
  other: StatementSummary | null,
  candidates: readonly StatementSummary[],
  resolve: (summary: StatementSummary) => Statement | undefined,
): YearOverYear {
  const against = useAppState((state) => state.against);
  const setAgainst = useAppState((state) => state.setAgainst);
  const previous = useMemo(() => (other ? previousOfKind(other, candidates) : null), [other, candidates]);
  const left =
    against === 'previous' && previous?.kind === 'found' ? (resolve(previous.statement) ?? null) : reference;
  return { against, setAgainst, previous, left };
}
