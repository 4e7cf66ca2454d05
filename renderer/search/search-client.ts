/** Search in its own worker, so a long overview or comparison never holds up typing (and the other way round). */
import type { SearchResults } from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { createAnalysisClient, type AnalysisClient } from '../worker/analysis-client';
import type { Foreground } from '../state/foreground';
import { corpusEntry, corpusKey, unpackSearchResults, type SearchCorpusEntry } from './search-job';

/** The statements searched, each with the hash of its text, and the key naming them. */
export interface SearchCorpus {
  readonly key: string;
  readonly statements: readonly Statement[];
  /** `hashes[i]` is the hash of `statements[i]`'s text (its library summary's). */
  readonly hashes: readonly string[];
}

/** What a search found so far: complete when `indexed` is `total` statements. */
export interface SearchAnswer {
  readonly results: SearchResults;
  readonly indexed: number;
  readonly total: number;
}

/** Searches a corpus for `query` in the search worker; a text crosses to the worker once. */
export type SearchClient = (
  corpus: SearchCorpus,
  query: string,
  spellings?: boolean,
) => Promise<SearchAnswer>;

/** The corpus of `statements`, whose hashes `hashOf` gives. */
export function searchCorpus(
  statements: readonly Statement[],
  hashOf: (statement: Statement) => string,
): SearchCorpus {
  const hashes = statements.map(hashOf);
  const key = corpusKey(statements.map((s, i) => corpusEntry(s, hashes[i] as string, null)));
  return { key, statements, hashes };
}

/**
 * Sends the texts of `statements` (`hashes[i]` the hash of `statements[i]`'s text) to the search worker ahead of any
 * search, those it has not been sent; it folds them at once, so the corpus naming them is indexed without folding.
 */
export type SearchTextsSender = (
  statements: readonly Statement[],
  hashes: readonly string[],
) => Promise<void>;

/** A search worker (started on its first job) and the two ways the window uses it. */
export interface SearchWorker {
  readonly search: SearchClient;
  readonly sendTexts: SearchTextsSender;
}

/**
 * The search worker run by `worker` (the window's own, started on the first job, unless a test hands one); each search
 * is held as `foreground` work, which background saves wait for.
 */
export function createSearchClient(
  worker: Pick<AnalysisClient, 'run'> = createAnalysisClient(),
  foreground?: Pick<Foreground, 'hold'>,
): SearchWorker {
  // A mirror of the worker's memory: the corpus it was last sent and the texts (by hash) it was sent.
  let sentKey: string | null = null;
  const sent = new Set<string>();
  const entries = (corpus: SearchCorpus): SearchCorpusEntry[] =>
    corpus.statements.map((statement, i) => {
      const hash = corpus.hashes[i] as string;
      const blocks = sent.has(hash) ? null : statement.blocks;
      sent.add(hash);
      return corpusEntry(statement, hash, blocks);
    });
  const run: SearchClient = async (corpus, query, spellings = false) => {
    let payload = sentKey === corpus.key ? null : entries(corpus);
    sentKey = corpus.key;
    // At most: the corpus, then the texts the worker lacks (it restarted, or forgot texts of another corpus).
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await worker.run('search', { query, corpusKey: corpus.key, corpus: payload, spellings });
      switch (answer.kind) {
        case 'results':
          return {
            results: unpackSearchResults(answer.packed),
            indexed: answer.indexed,
            total: answer.total,
          };
        case 'need-texts':
          for (const hash of answer.hashes) sent.delete(hash);
          break;
        case 'need-corpus':
          break;
        default: {
          const unknown: never = answer;
          throw new Error(`Unknown search answer ${JSON.stringify(unknown)}`);
        }
      }
      payload = entries(corpus);
      sentKey = corpus.key;
    }
    throw new Error('The search worker did not keep the statements it was sent.');
  };
  const search: SearchClient = (corpus, query, spellings) => {
    const answer = run(corpus, query, spellings);
    // An empty query is the index built ahead of time (renderer/state/search-slice.ts), no reader's search: the
    // themes' saves need not wait for it.
    return foreground && query.trim() !== '' ? foreground.hold(answer) : answer;
  };
  const sendTexts: SearchTextsSender = async (statements, hashes) => {
    const texts = statements.flatMap((statement, i) => {
      const hash = hashes[i] as string;
      if (sent.has(hash)) return [];
      sent.add(hash);
      return [{ hash, blocks: statement.blocks }];
    });
    if (texts.length > 0) await worker.run('search-texts', { texts });
  };
  return { search, sendTexts };
}
