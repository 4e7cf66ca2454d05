/** The search view's one-line summary of the state of a search: what is asked, how many hits, what is still read. */
import { MIN_QUERY_LENGTH, type SearchState } from './use-search';

/** The summary shown above the results (a status line read out by screen readers). */
export function searchSummary(
  state: SearchState,
  paragraphs: number,
  groups: number,
  occurrences: number,
  query: string,
): string {
  switch (state.status) {
    case 'idle':
      return query.trim() === ''
        ? 'Type to search every statement in the library.'
        : `Type at least ${MIN_QUERY_LENGTH} letters.`;
    case 'error':
      return `The search failed: ${state.message}`;
    case 'searching':
      // The last query's results stay on screen while a new one runs, but not its counts: they would read as the
      // answer to the new query (and a test waiting for the answer's counts would take them for it).
      return `Searching for “${query.trim()}”…`;
    case 'ready':
      if (paragraphs === 0) return `No paragraph holds “${query.trim()}”.`;
      return `${plural(occurrences, 'hit')} in ${plural(paragraphs, 'paragraph')} of ${plural(groups, 'statement')}.`;
    case 'partial': {
      // The first statements' results while the rest are indexed: never mistaken for the whole answer.
      const still = `still searching (${state.indexed.toLocaleString('en')} of ${plural(state.total, 'statement')} read).`;
      if (paragraphs === 0) return `No paragraph holds “${query.trim()}” so far; ${still}`;
      return `${plural(occurrences, 'hit')} in ${plural(paragraphs, 'paragraph')} of ${plural(groups, 'statement')} so far; ${still}`;
    }
  }
}

/** "1 hit", "2,000 hits". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
