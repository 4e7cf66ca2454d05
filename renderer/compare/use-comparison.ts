/** Runs compare(reference, other) in the analysis worker and keeps the latest result. */
import { useEffect, useRef, useState } from 'react';
import type { Comparison } from '../../shared/compare/model';
import type { Statement } from '../../shared/statements/model';
import type { UserTheme } from '../../shared/themes/user-theme';
import { useAppState } from '../state/store-context';
import { errorMessage } from '../../shared/error-message';

/** Where a comparison is. */
export type ComparisonState =
  | { readonly status: 'computing' }
  | { readonly status: 'ready'; readonly comparison: Comparison }
  | { readonly status: 'error'; readonly message: string };

/** The comparison of two statements (echoes through the user's themes too), recomputed when either or the
 * themes change; stale answers are dropped. */
export function useComparison(
  reference: Statement,
  other: Statement,
  userThemes: readonly UserTheme[],
): ComparisonState {
  const [state, setState] = useState<{ key: string; value: ComparisonState }>({
    key: '',
    value: { status: 'computing' },
  });
  // Ids are content hashes: a library refresh or a metadata edit does not change what is compared.
  const key = `${reference.id}|${other.id}`;
  // New user themes recompute the echoes; the last comparison of the same pair stays shown meanwhile.
  const themesKey = JSON.stringify(userThemes.map((theme) => [theme.label, theme.terms]));
  const analysis = useAppState((state) => state.analysis);
  const latest = useRef({ reference, other, userThemes });
  useEffect(() => {
    latest.current = { reference, other, userThemes };
  });

  useEffect(() => {
    let current = true;
    analysis.run('compare', latest.current).then(
      (comparison) => current && setState({ key, value: { status: 'ready', comparison } }),
      (failure: unknown) =>
        current &&
        setState({
          key,
          value: { status: 'error', message: errorMessage(failure) },
        }),
    );
    return () => {
      current = false;
    };
  }, [key, themesKey, analysis]);

  return state.key === key ? state.value : { status: 'computing' };
}
