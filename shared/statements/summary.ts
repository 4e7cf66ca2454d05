/** A statement without its text: what the library list shows and what caches are keyed by. */
import { countWords } from '../compare/word-diff';
import { bodyBlocks, type Statement, type StatementMetadata, type StatementSource } from './model';

/** Everything about a statement but its blocks, with counts and a hash of its text. */
export interface StatementSummary {
  readonly id: string;
  readonly title: string;
  /** True for the illustrative samples we wrote; they are labelled as samples everywhere. */
  readonly sample: boolean;
  readonly metadata: StatementMetadata;
  readonly source: StatementSource;
  /** Body paragraphs and the words in them. */
  readonly counts: { readonly paragraphs: number; readonly words: number };
  /** Hash of the blocks (roles and texts): equal hashes, equal text. Texts and analyses are cached by it. */
  readonly hash: string;
}

/**
 * The summary of `statement`, given the hash of its blocks (see `blocksHashInput`) and, when known already, its
 * counts (else counted here).
 */
export function summariseStatement(
  statement: Statement,
  hash: string,
  counts?: StatementSummary['counts'],
): StatementSummary {
  return {
    id: statement.id,
    title: statement.title,
    sample: statement.sample,
    metadata: statement.metadata,
    source: statement.source,
    counts: counts ?? countBody(statement),
    hash,
  };
}

function countBody(statement: Statement): StatementSummary['counts'] {
  const body = bodyBlocks(statement);
  return { paragraphs: body.length, words: body.reduce((n, b) => n + countWords(b.text), 0) };
}

/** The text a statement's hash is taken of: every block's role and text, unambiguously joined. */
export function blocksHashInput(statement: Statement): string {
  return JSON.stringify(statement.blocks.map((b) => [b.role, b.text]));
}

/**
 * A cheap key for caching analyses of a statement's text inside one session: the id is already a content hash of
 * the blocks (see `Statement.id`); the block count and text length guard against a hand-edited file reusing an id.
 */
export function contentKey(statement: Statement): string {
  let length = 0;
  for (const block of statement.blocks) length += block.text.length;
  return `${statement.id}:${statement.blocks.length}:${length}`;
}

/** The full statement for a summary and the blocks of the same text (title and metadata from the summary). */
export function withBlocks(summary: StatementSummary, blocks: Statement['blocks']): Statement {
  return {
    id: summary.id,
    title: summary.title,
    sample: summary.sample,
    metadata: summary.metadata,
    source: summary.source,
    blocks,
  };
}
