/** Summaries of stored statements for `library:list`, each computed once per stored version. */
import { createHash } from 'node:crypto';
import type { Statement } from '../../shared/statements/model';
import { blocksHashInput, summariseStatement, type StatementSummary } from '../../shared/statements/summary';

// Keyed by the stored object: the store replaces the object on every edit, so an edit is a new entry.
const summaries = new WeakMap<Statement, StatementSummary>();

/** The summary of a stored statement: counts and the sha256 of its blocks, no text. */
export function summaryOf(statement: Statement): StatementSummary {
  let summary = summaries.get(statement);
  if (!summary) {
    const hash = createHash('sha256').update(blocksHashInput(statement)).digest('hex');
    summary = summariseStatement(statement, hash);
    summaries.set(statement, summary);
  }
  return summary;
}
