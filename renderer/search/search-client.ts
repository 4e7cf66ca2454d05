/** Search in its own worker, so a long overview or comparison never holds up typing (and the other way round). */
import type { SearchResults } from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { createAnalysisClient } from '../worker/analysis-client';
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

/** A search worker (started on the first search) and the function that asks it. */
export function createSearchClient(): SearchClient {
  const worker = createAnalysisClient();
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
  return async (corpus, query, spellings = false) => {
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
}
