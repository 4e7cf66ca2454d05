/** Search in its own worker, so a long overview or comparison never holds up typing (and the other way round). */
import type { SearchResults } from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { createAnalysisClient } from '../worker/analysis-client';
import { corpusKey } from './search-job';

/** Searches `statements` for `query` in the search worker; the statements cross only when they changed. */
export type SearchClient = (
  statements: readonly Statement[],
  query: string,
  spellings?: boolean,
) => Promise<SearchResults>;

/** A search worker (started on the first search) and the function that asks it. */
export function createSearchClient(): SearchClient {
  const worker = createAnalysisClient();
  // The corpus the worker was last sent: a mirror of the worker's own cache.
  let sentKey: string | null = null;
  return async (statements, query, spellings = false) => {
    const key = corpusKey(statements);
    const send = sentKey !== key;
    sentKey = key;
    const first = await worker.run('search', {
      query,
      corpusKey: key,
      statements: send ? statements : null,
      spellings,
    });
    if (first.kind === 'results') return first.results;
    // The worker restarted (or another search changed its corpus in between): send the statements once more.
    const second = await worker.run('search', { query, corpusKey: key, statements, spellings });
    if (second.kind === 'results') return second.results;
    throw new Error('The search worker did not keep the statements it was sent.');
  };
}
