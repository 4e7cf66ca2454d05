/** Which statement the open one is compared against: the reference, or the previous statement of its kind. */
import { useMemo, useState } from 'react';
import type { Statement } from '../../shared/statements/model';
import type { Against } from './against-toggle';
import { previousOfKind, type PreviousStatement } from './previous-statement';

/** The year-over-year state of the compare view. */
export interface YearOverYear {
  readonly against: Against;
  readonly setAgainst: (against: Against) => void;
  /** The previous statement of the open one's kind (or why none), null when nothing is open. */
  readonly previous: PreviousStatement | null;
  /** What the compare view puts on the left: the previous statement when chosen and found, else the reference. */
  readonly left: Statement | null;
}

/** Tracks the choice; `candidates` are the statements the library shows. */
export function useYearOverYear(
  reference: Statement | null,
  other: Statement | null,
  candidates: readonly Statement[],
): YearOverYear {
  const [against, setAgainst] = useState<Against>('reference');
  const previous = useMemo(() => (other ? previousOfKind(other, candidates) : null), [other, candidates]);
  const left = against === 'previous' && previous?.kind === 'found' ? previous.statement : reference;
  return { against, setAgainst, previous, left };
}
