/** Runs the search as the person types: debounced, in the search worker, stale answers dropped. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { foldQuery } from '../../shared/search/fold-text';
import type { SearchResults } from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { searchStatements } from './search-client';
import { corpusKey } from './search-job';
import { errorMessage } from '../../shared/error-message';

/** Fewer folded characters than this are not searched: one letter would match nearly every paragraph. */
export const MIN_QUERY_LENGTH = 2;

/** Where a search is. */
export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly previous: SearchResults | null }
  | { readonly status: 'ready'; readonly results: SearchResults }
  | { readonly status: 'error'; readonly message: string };

const DEBOUNCE_MS = 90;

/** The results for `query` over `statements` (with a theme's spellings when asked), recomputed on a change. */
export function useSearch(
  statements: readonly Statement[] | null,
  query: string,
  spellings = false,
): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const tooShort = foldQuery(query.replace(/["“”]/g, '')).length < MIN_QUERY_LENGTH;
  // The app hands a new array on every render; only a different set of statements searches again.
  const key = useMemo(() => (statements ? corpusKey(statements) : null), [statements]);
  const latest = useRef(statements);
  useEffect(() => {
    latest.current = statements;
  });

  // The search worker folds and indexes the statements as soon as they are here, before the first query needs it.
  useEffect(() => {
    const corpus = latest.current;
    if (key !== null && corpus !== null) searchStatements(corpus, '').catch(() => undefined);
  }, [key]);

  useEffect(() => {
    if (tooShort) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((last) => ({
      status: 'searching',
      previous: last.status === 'ready' ? last.results : last.status === 'searching' ? last.previous : null,
    }));
    // Until the texts are here the search waits, saying it is searching.
    const corpus = latest.current;
    if (corpus === null) return;
    const timer = window.setTimeout(() => {
      searchStatements(corpus, query, spellings).then(
        (results) => current && setState({ status: 'ready', results }),
        (failure: unknown) =>
          current &&
          setState({
            status: 'error',
            message: errorMessage(failure),
          }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, query, tooShort, spellings]);

  return state;
}
