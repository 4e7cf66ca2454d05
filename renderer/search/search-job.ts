/** The search job the analysis worker runs: the folded index is kept between keystrokes, keyed by the corpus. */
import {
  buildSearchIndex,
  parseQuery,
  search,
  withSpellings,
  type SearchFoldCache,
  type SearchIndex,
  type SearchResults,
} from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { contentKey } from '../../shared/statements/summary';
import { findAcronyms } from '../../shared/themes/acronyms';
import { knownAcronyms } from '../../shared/themes/lexicon';
import { forgetAllBut } from '../worker/content-cache';

/** What the window sends: the query, the corpus key, and the statements when the worker may not have them. */
export interface SearchJobInput {
  readonly query: string;
  /** Names the set of statements (ids, titles, years); a new key makes the worker ask for the statements. */
  readonly corpusKey: string;
  /** Sent only when the window believes the worker lacks this corpus. */
  readonly statements: readonly Statement[] | null;
  /** Match a theme's spellings too: words in any order, plurals, acronyms and long forms. */
  readonly spellings?: boolean;
}

/** The worker's answer: results, or a request to send the statements again. */
export type SearchJobOutput =
  { readonly kind: 'results'; readonly results: SearchResults } | { readonly kind: 'need-statements' };

/** The key of a set of statements: what the index depends on (text by id, order by year, date and title). */
export function corpusKey(statements: readonly Statement[]): string {
  return statements
    .map((s) => `${s.id}\u0001${s.title}\u0001${s.metadata.year ?? ''}\u0001${s.metadata.date ?? ''}`)
    .join('\u0000');
}

interface Cached {
  readonly key: string;
  readonly index: SearchIndex;
  readonly statements: readonly Statement[];
  /** The corpus's acronyms, found on the first search with spellings. */
  acronyms: Readonly<Record<string, string>> | null;
}

// eslint-disable-next-line no-restricted-syntax -- pure cache: the folded index of the last corpus, in the worker.
let cached: Cached | null = null;
// Pure cache: folded paragraphs by content, so a corpus with one statement more folds only that one.
const folded: SearchFoldCache = { blocks: new Map(), keyOf: contentKey };

/** Runs one search, rebuilding the index only when the corpus changed (and folding only texts not seen before). */
export function runSearchJob(input: SearchJobInput): SearchJobOutput {
  if (cached?.key !== input.corpusKey) {
    if (input.statements === null) return { kind: 'need-statements' };
    cached = {
      key: input.corpusKey,
      index: buildSearchIndex(input.statements, folded),
      statements: input.statements,
      acronyms: null,
    };
    forgetAllBut(folded.blocks, new Set(input.statements.map(contentKey)), input.statements.length);
  }
  const query = parseQuery(input.query);
  if (!input.spellings) return { kind: 'results', results: search(cached.index, query) };
  cached.acronyms ??= findAcronyms(
    cached.statements.map((s) => s.blocks.map((b) => b.text)),
    knownAcronyms,
  );
  return { kind: 'results', results: search(cached.index, withSpellings(query, cached.acronyms)) };
}
