/** Runs the search as the person types: in the search worker, one search at a time (the newest next), stale answers dropped. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { foldQuery } from '../../shared/text/fold';
import type { SearchResults } from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { useAppState } from '../state/store-context';
import { contentKey } from '../../shared/statements/summary';
import { searchCorpus, type SearchCorpus } from './search-client';
import { errorMessage } from '../../shared/error-message';
import { createSearchPacer } from './search-pacer';

/** Fewer folded characters than this are not searched: one letter would match nearly every paragraph. */
export const MIN_QUERY_LENGTH = 2;

/** Where a search is. */
export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly previous: SearchResults | null }
  /** Results from the first `indexed` of `total` statements (in the results' order) while the index is built. */
  | {
      readonly status: 'partial';
      readonly results: SearchResults;
      readonly indexed: number;
      readonly total: number;
    }
  | { readonly status: 'ready'; readonly results: SearchResults }
  | { readonly status: 'error'; readonly message: string };

/** A partial answer is asked again this long after it came (the worker indexes on meanwhile). */
const ASK_AGAIN_MS = 120;

/** The worker's answer to one request (statements, query and spellings). */
interface Answer {
  readonly request: string;
  readonly state: Extract<SearchState, { readonly status: 'partial' | 'ready' | 'error' }>;
}

/** The search corpus of `statements` (null while their texts are fetched), each keyed by its text's hash. */
export function useSearchCorpus(statements: readonly Statement[] | null): SearchCorpus | null {
  const texts = useAppState((state) => state.texts);
  // The app hands a new array on every render; only a different set of statements searches again.
  return useMemo(
    () => (statements ? searchCorpus(statements, (s) => texts.hashOf(s) ?? contentKey(s)) : null),
    [statements, texts],
  );
}

/**
 * The search worker folds and indexes `statements` as soon as they are here, before the first query needs them.
 * Returns their corpus, for the search view to search (worked out once for both).
 */
export function useSearchIndex(statements: readonly Statement[] | null): SearchCorpus | null {
  const searchStatements = useAppState((state) => state.searchStatements);
  const corpus = useSearchCorpus(statements);
  useEffect(() => {
    if (corpus !== null) searchStatements(corpus, '').catch(() => undefined);
  }, [corpus, searchStatements]);
  return corpus;
}

/** The results for `query` over `corpus` (with a theme's spellings when asked), recomputed on a change. */
export function useSearch(corpus: SearchCorpus | null, query: string, spellings = false): SearchState {
  const searchStatements = useAppState((state) => state.searchStatements);
  const tooShort = foldQuery(query.replace(/["“”]/g, '')).length < MIN_QUERY_LENGTH;
  const key = corpus?.key ?? null;
  const latest = useRef(corpus);
  useEffect(() => {
    latest.current = corpus;
  });
  // What is asked now; an answer counts only for the request it answers (stale answers are dropped).
  // Joined (the key's length first, so no two requests join alike), not JSON.stringify'd: at 3,000 statements the
  // corpus key is ~400 kB of control-character separators, which stringify escaped on every render.
  const request = tooShort
    ? null
    : `${spellings ? 1 : 0}${key === null ? '-' : key.length}:${key ?? ''}${query}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pacer] = useState(createSearchPacer);
  // A query too short to search forgets the last results: the next search starts without them.
  if (tooShort && answer !== null) setAnswer(null);
  const current = answer?.request === request ? answer : null;
  // A partial answer to this request is asked again; a complete one (or an error) is final.
  const partial = current?.state.status === 'partial' ? current : null;
  const final = current !== null && partial === null;

  useEffect(() => {
    // Until the texts are here the search waits, saying it is searching.
    const asked = latest.current;
    if (request === null || asked === null || final) return;
    let live = true;
    const send = () =>
      searchStatements(asked, query, spellings).then(
        ({ results, indexed, total }) =>
          live &&
          setAnswer({
            request,
            state:
              indexed < total ? { status: 'partial', results, indexed, total } : { status: 'ready', results },
          }),
        (failure: unknown) =>
          live && setAnswer({ request, state: { status: 'error', message: errorMessage(failure) } }),
      );
    // A new query goes at once, or after the search running (the newest only); a partial answer is asked again a
    // little later, the worker indexing on meanwhile.
    let cancel = partial ? () => undefined : pacer.ask(send);
    const timer = partial ? window.setTimeout(() => (cancel = pacer.ask(send)), ASK_AGAIN_MS) : undefined;
    return () => {
      live = false;
      window.clearTimeout(timer);
      cancel();
    };
  }, [key, request, query, spellings, searchStatements, pacer, partial, final]);

  // Idle, the answer to this request, or searching (showing the last results meanwhile).
  return useMemo((): SearchState => {
    if (request === null) return { status: 'idle' };
    if (current) return current.state;
    const previous =
      answer?.state.status === 'ready' || answer?.state.status === 'partial' ? answer.state.results : null;
    return { status: 'searching', previous };
  }, [request, current, answer]);
}
