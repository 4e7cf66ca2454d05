import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../shared/search/search';
import { searchSummary } from './search-summary';

const LAST = { statements: [], paragraphCount: 4, occurrenceCount: 7 } as unknown as SearchResults;

describe('searchSummary', () => {
  it('counts the hits of the answer, with thousands separated', () => {
    expect(searchSummary({ status: 'ready', results: LAST }, 1200, 3, 2001, 'rough')).toBe(
      '2,001 hits in 1,200 paragraphs of 3 statements.',
    );
    expect(searchSummary({ status: 'ready', results: LAST }, 1, 1, 1, 'rough')).toBe(
      '1 hit in 1 paragraph of 1 statement.',
    );
    expect(searchSummary({ status: 'ready', results: LAST }, 0, 0, 0, ' scope ')).toBe(
      'No paragraph holds “scope”.',
    );
  });

  it('says a new query is searched, not the counts of the last results still shown', () => {
    // The view passes the counts of the results it shows: while searching, the last query's.
    const text = searchSummary({ status: 'searching', previous: LAST }, 4, 2, 7, 'rough diamonds');
    expect(text).toBe('Searching for “rough diamonds”…');
    expect(text).not.toMatch(/\d+ hits? in/);
    expect(searchSummary({ status: 'searching', previous: null }, 0, 0, 0, 'rough')).toBe(
      'Searching for “rough”…',
    );
  });

  it('says partial answers are partial', () => {
    const text = searchSummary(
      { status: 'partial', results: LAST, indexed: 1000, total: 3000 },
      4,
      2,
      7,
      'kp',
    );
    expect(text).toBe(
      '7 hits in 4 paragraphs of 2 statements so far; still searching (1,000 of 3,000 statements read).',
    );
  });

  it('asks for a query, or a longer one', () => {
    expect(searchSummary({ status: 'idle' }, 0, 0, 0, '')).toBe(
      'Type to search every statement in the library.',
    );
    expect(searchSummary({ status: 'idle' }, 0, 0, 0, 'k')).toMatch(/^Type at least \d+ letters\.$/);
  });
});
