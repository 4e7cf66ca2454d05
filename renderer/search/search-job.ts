/**
 * The search job the search worker runs. The worker keeps the texts it was sent and their folded paragraphs by content
 * hash, so a library with one statement more is sent and folded only that one; it indexes the corpus a slice at a
 * time, in the results' order, and answers a query at once from what is indexed so far (saying how far that is).
 */
import {
  foldStatement,
  parseQuery,
  search,
  searchOrder,
  withSpellings,
  type IndexedBlock,
  type SearchHit,
  type SearchQuery,
  type SearchResults,
} from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { findAcronyms } from '../../shared/themes/acronyms';
import { knownAcronyms } from '../../shared/themes/lexicon';
import { forgetAllBut } from '../worker/content-cache';

/** One statement of the corpus as the window sends it: its text only when the worker has not been sent that text. */
export interface SearchCorpusEntry {
  readonly id: string;
  readonly title: string;
  readonly metadata: Pick<Statement['metadata'], 'year' | 'date'>;
  /** Hash of the statement's blocks (the library summary's): equal hashes, equal text. */
  readonly hash: string;
  /** The blocks, or null when the window has sent this text (this hash) to the worker before. */
  readonly blocks: Statement['blocks'] | null;
}

/** What the window sends: the query, the corpus key, and the corpus when the worker may not have it. */
export interface SearchJobInput {
  readonly query: string;
  /** Names the corpus (ids, titles, years, dates, hashes); a new key makes the worker ask for the corpus. */
  readonly corpusKey: string;
  /** Sent only when the window believes the worker lacks this corpus. */
  readonly corpus: readonly SearchCorpusEntry[] | null;
  /** Match a theme's spellings too: words in any order, plurals, acronyms and long forms. */
  readonly spellings?: boolean;
}

/** The worker's answer: results (complete when `indexed` is `total`), or a request for the corpus or some texts. */
export type SearchJobOutput =
  | {
      readonly kind: 'results';
      readonly results: SearchResults;
      /** Statements searched, the first in the results' order; fewer than `total` while the index is being built. */
      readonly indexed: number;
      readonly total: number;
    }
  | { readonly kind: 'need-corpus' }
  /** The worker has forgotten (or never had) these texts: send the corpus again with their blocks. */
  | { readonly kind: 'need-texts'; readonly hashes: readonly string[] };

/** The key of a corpus: what the index depends on (text by hash, order by year, date and title). */
export function corpusKey(entries: readonly Omit<SearchCorpusEntry, 'blocks'>[]): string {
  return entries
    .map(
      (s) =>
        `${s.id}\u0001${s.hash}\u0001${s.title}\u0001${s.metadata.year ?? ''}\u0001${s.metadata.date ?? ''}`,
    )
    .join('\u0000');
}

/** The corpus entry of `statement`, whose text's hash is `hash`, with `blocks` (null: the worker has its text). */
export function corpusEntry(
  statement: Statement,
  hash: string,
  blocks: Statement['blocks'] | null,
): SearchCorpusEntry {
  const { year, date } = statement.metadata;
  return { id: statement.id, title: statement.title, metadata: { year, date }, hash, blocks };
}

/** Texts sent to the search worker ahead of any search (the window sends them while idle), by their hashes. */
export interface SearchTextsInput {
  readonly texts: readonly { readonly hash: string; readonly blocks: Statement['blocks'] }[];
}

/**
 * Keeps the texts sent ahead of a search and folds them now, a few at a time between other messages, so the corpus
 * that names them later is indexed at once. Answers how many were folded.
 */
export function takeSearchTexts(state: SearchWorkerState, input: SearchTextsInput): number {
  let folded = 0;
  for (const { hash, blocks } of input.texts) {
    state.texts.set(hash, blocks);
    if (state.folded.has(hash)) continue;
    state.folded.set(hash, foldStatement({ blocks }));
    folded++;
  }
  return folded;
}

/** Folding one slice of the index takes about this long before the worker looks at its messages again. */
export const INDEX_SLICE_MS = 40;

/** What the worker keeps between messages. */
export interface SearchWorkerState {
  /** Texts sent, by hash. */
  readonly texts: Map<string, Statement['blocks']>;
  /** Folded body paragraphs, by hash. */
  readonly folded: Map<string, readonly IndexedBlock[]>;
  corpus: IndexedCorpus | null;
  /** True while a slice of indexing is scheduled (see `indexInBackground`). */
  scheduled: boolean;
}

interface IndexedCorpus {
  readonly key: string;
  /** The corpus in the results' order. */
  readonly entries: readonly Omit<SearchCorpusEntry, 'blocks'>[];
  /** The index of the first `statements.length` entries. */
  readonly statements: { readonly id: string; readonly blocks: readonly IndexedBlock[] }[];
  /** The corpus's acronyms, found on the first search with spellings. */
  acronyms: Readonly<Record<string, string>> | null;
}

/** A worker's empty state. */
export function createSearchWorkerState(): SearchWorkerState {
  return { texts: new Map(), folded: new Map(), corpus: null, scheduled: false };
}

/**
 * Runs one search: takes in the corpus when sent, indexes for up to `budgetMs` more (everything with Infinity), and
 * searches what is indexed.
 */
export function runSearchJob(
  state: SearchWorkerState,
  input: SearchJobInput,
  budgetMs = INDEX_SLICE_MS,
): SearchJobOutput {
  if (input.corpus !== null) {
    const missing = takeCorpus(state, input.corpusKey, input.corpus);
    if (missing.length > 0) return { kind: 'need-texts', hashes: missing };
  }
  const corpus = state.corpus;
  if (corpus?.key !== input.corpusKey) return { kind: 'need-corpus' };
  indexMore(state, budgetMs);
  const query = parseQuery(input.query);
  const index = { statements: corpus.statements };
  let results: SearchResults;
  if (input.spellings) {
    corpus.acronyms ??= findAcronyms(
      corpus.entries.map((entry) => (state.texts.get(entry.hash) ?? []).map((b) => b.text)),
      knownAcronyms,
    );
    results = search(index, withSpellings(query, corpus.acronyms));
  } else {
    results = search(index, query);
  }
  return { kind: 'results', results, indexed: corpus.statements.length, total: corpus.entries.length };
}

/** Indexes the current corpus for up to `budgetMs`; true while some of it is left to index. */
export function indexMore(state: SearchWorkerState, budgetMs = INDEX_SLICE_MS): boolean {
  const corpus = state.corpus;
  if (!corpus) return false;
  const started = performance.now();
  let folded = 0;
  while (corpus.statements.length < corpus.entries.length) {
    const entry = corpus.entries[corpus.statements.length] as Omit<SearchCorpusEntry, 'blocks'>;
    let blocks = state.folded.get(entry.hash);
    if (!blocks) {
      // At least one statement each time, so every call gets further.
      if (folded++ > 0 && performance.now() - started >= budgetMs) return true;
      blocks = foldStatement({ blocks: state.texts.get(entry.hash) ?? [] });
      state.folded.set(entry.hash, blocks);
    }
    corpus.statements.push({ id: entry.id, blocks });
  }
  return false;
}

/** Keeps the texts sent and makes `entries` the corpus; answers the hashes of texts the worker lacks. */
function takeCorpus(
  state: SearchWorkerState,
  key: string,
  entries: readonly SearchCorpusEntry[],
): readonly string[] {
  const missing: string[] = [];
  for (const entry of entries) {
    if (entry.blocks !== null) state.texts.set(entry.hash, entry.blocks);
    else if (!state.texts.has(entry.hash)) missing.push(entry.hash);
  }
  if (missing.length > 0) return missing;
  const kept = new Set(entries.map((entry) => entry.hash));
  forgetAllBut(state.texts, kept, entries.length);
  forgetAllBut(state.folded, kept, entries.length);
  const order = searchOrder(entries.map(({ id, title, metadata, hash }) => ({ id, title, metadata, hash })));
  state.corpus = { key, entries: order, statements: [], acronyms: null };
  return missing;
}

/**
 * Goes on indexing the current corpus a slice at a time, each slice a task of its own (`schedule`), so messages (a
 * query) are answered between slices.
 */
export function indexInBackground(state: SearchWorkerState, schedule: (slice: () => void) => void): void {
  if (state.scheduled || !state.corpus || state.corpus.statements.length === state.corpus.entries.length)
    return;
  state.scheduled = true;
  schedule(() => {
    state.scheduled = false;
    if (indexMore(state)) indexInBackground(state, schedule);
  });
}

/**
 * Search results as they cross from the worker to the window: ids in two arrays of strings and every count in one
 * typed array (handed over, not copied). A structured clone of the hits as objects — tens of thousands of them for
 * a common phrase in a library of thousands — took longer than the search itself.
 */
export interface PackedSearchResults {
  readonly query: SearchQuery;
  /** The ids of the statements with hits, in the results' order. */
  readonly statementIds: readonly string[];
  /** The ids of every hit's paragraph, statement after statement. */
  readonly blockIds: readonly string[];
  /** Per statement: its hit count and occurrence count; then per hit: its paragraph number and occurrences. */
  readonly counts: Int32Array;
  readonly paragraphCount: number;
  readonly occurrenceCount: number;
}

/** What the search worker answers: SearchJobOutput with its results packed. */
export type SearchWorkerOutput =
  | Exclude<SearchJobOutput, { readonly kind: 'results' }>
  | {
      readonly kind: 'results';
      readonly packed: PackedSearchResults;
      readonly indexed: number;
      readonly total: number;
    };

/** `output` as the worker sends it (its results packed). */
export function packSearchOutput(output: SearchJobOutput): SearchWorkerOutput {
  if (output.kind !== 'results') return output;
  const { results, indexed, total } = output;
  const counts = new Int32Array(results.statements.length * 2 + results.paragraphCount * 2);
  const blockIds: string[] = [];
  let at = 0;
  let hitAt = results.statements.length * 2;
  for (const statement of results.statements) {
    counts[at++] = statement.hits.length;
    counts[at++] = statement.occurrenceCount;
    for (const hit of statement.hits) {
      blockIds.push(hit.blockId);
      counts[hitAt++] = hit.paragraph;
      counts[hitAt++] = hit.occurrences;
    }
  }
  const packed: PackedSearchResults = {
    query: results.query,
    statementIds: results.statements.map((s) => s.statementId),
    blockIds,
    counts,
    paragraphCount: results.paragraphCount,
    occurrenceCount: results.occurrenceCount,
  };
  return { kind: 'results', packed, indexed, total };
}

/** The search results `packed` holds. */
export function unpackSearchResults(packed: PackedSearchResults): SearchResults {
  const { counts, blockIds } = packed;
  let at = 0;
  let hitAt = packed.statementIds.length * 2;
  let block = 0;
  const statements = packed.statementIds.map((statementId) => {
    const hitCount = counts[at++] as number;
    const occurrenceCount = counts[at++] as number;
    const hits: SearchHit[] = [];
    for (let k = 0; k < hitCount; k++) {
      const paragraph = counts[hitAt++] as number;
      const occurrences = counts[hitAt++] as number;
      hits.push({ blockId: blockIds[block++] as string, paragraph, occurrences });
    }
    return { statementId, hits, occurrenceCount };
  });
  return {
    query: packed.query,
    statements,
    paragraphCount: packed.paragraphCount,
    occurrenceCount: packed.occurrenceCount,
  };
}
