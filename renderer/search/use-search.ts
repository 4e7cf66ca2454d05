/** Runs the search as the person types: debounced, in the search worker, stale answers dropped. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { foldQuery } from '../../shared/text/fold';
import type { SearchResults } from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { useAppState } from '../state/store-context';
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

/** The worker's answer to one request (statements, query and spellings). */
interface Answer {
  readonly request: string;
  readonly state: Extract<SearchState, { readonly status: 'ready' | 'error' }>;
}

/** The results for `query` over `statements` (with a theme's spellings when asked), recomputed on a change. */
export function useSearch(
  statements: readonly Statement[] | null,
  query: string,
  spellings = false,
): SearchState {
  const searchStatements = useAppState((state) => state.searchStatements);
  const tooShort = foldQuery(query.replace(/["“”]/g, '')).length < MIN_QUERY_LENGTH;
  // The app hands a new array on every render; only a different set of statements searches again.
  const key = useMemo(() => (statements ? corpusKey(statements) : null), [statements]);
  const latest = useRef(statements);
  useEffect(() => {
    latest.current = statements;
  });
  // What is asked now; an answer counts only for the request it answers (stale answers are dropped).
  const request = tooShort ? null : JSON.stringify([key, query, spellings]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  // A query too short to search forgets the last results: the next search starts without them.
  if (tooShort && answer !== null) setAnswer(null);

  // The search worker folds and indexes the statements as soon as they are here, before the first query needs it.
  useEffect(() => {
    const corpus = latest.current;
    if (key !== null && corpus !== null) searchStatements(corpus, '').catch(() => undefined);
  }, [key, searchStatements]);

  useEffect(() => {
    // Until the texts are here the search waits, saying it is searching.
    const corpus = latest.current;
    if (request === null || corpus === null) return;
    let current = true;
    const timer = window.setTimeout(() => {
      searchStatements(corpus, query, spellings).then(
        (results) => current && setAnswer({ request, state: { status: 'ready', results } }),
        (failure: unknown) =>
          current && setAnswer({ request, state: { status: 'error', message: errorMessage(failure) } }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, request, query, spellings, searchStatements]);

  // Idle, the answer to this request, or searching (showing the last results meanwhile).
  return useMemo((): SearchState => {
    if (request === null) return { status: 'idle' };
    if (answer?.request === request) return answer.state;
    return { status: 'searching', previous: answer?.state.status === 'ready' ? answer.state.results : null };
  }, [request, answer]);
}
