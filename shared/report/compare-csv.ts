/** A comparison as CSV: one row per alignment entry, for spreadsheets and R. */
import type { AlignmentEntry, Comparison } from '../compare/model';
import { opLabel } from '../compare/op-labels';
import { bodyBlocks, type Statement } from '../statements/model';
import { describeStatement } from './compare-text';
import { csvDocument, textCell } from './csv';
import { describeEcho, echoHeadline } from './echo-text';

/** The CSV columns, in order. */
export const COMPARE_CSV_COLUMNS = [
  'entry',
  'op',
  'change',
  'reference_paragraphs',
  'other_paragraphs',
  'similarity',
  'shared_terms',
  'reference_text',
  'other_text',
  'echoes',
  'quoted',
  'reference_statement',
  'other_statement',
] as const;

function positions(ids: readonly string[], statement: Statement): string {
  const index = new Map(bodyBlocks(statement).map((block, i) => [block.id, i + 1]));
  return ids
    .map((id) => index.get(id))
    .filter((n): n is number => n !== undefined)
    .join(' ');
}

function text(ids: readonly string[], statement: Statement): string {
  const byId = new Map(statement.blocks.map((block) => [block.id, block.text]));
  return ids.map((id) => byId.get(id) ?? '').join('\n\n');
}

function row(entry: AlignmentEntry, n: number, comparison: Comparison): string {
  const linked = entry.op !== 'added' && entry.op !== 'removed';
  return [
    String(n),
    entry.op,
    textCell(opLabel(entry.op)),
    positions(entry.reference, comparison.reference),
    positions(entry.other, comparison.other),
    linked ? entry.similarity.toFixed(3) : '',
    textCell(entry.terms.join(' ')),
    textCell(text(entry.reference, comparison.reference)),
    textCell(text(entry.other, comparison.other)),
    ...echoCells(entry, comparison),
    textCell(describeStatement(comparison.reference)),
    textCell(describeStatement(comparison.other)),
  ].join(',');
}

/** The echoes of the entry's other paragraphs (headline and reason, "; " between) and their quoted passages. */
function echoCells(entry: AlignmentEntry, comparison: Comparison): [string, string] {
  const echoes = comparison.echoes
    .filter((e) => e.other.some((id) => entry.other.includes(id)))
    .map((e) => describeEcho(e, comparison));
  return [
    textCell(echoes.map((d) => (d.reason ? `${echoHeadline(d)}: ${d.reason}` : echoHeadline(d))).join('; ')),
    textCell(echoes.flatMap((d) => d.quotes.map((q) => q.other)).join(' … ')),
  ];
}

/**
 * One row per alignment entry in display order (1-based `entry`), with a header row; RFC 4180 quoting, CRLF line
 * ends. `op` is the model's word (unchanged, changed…), `change` the word the reports show (kept, reworded…);
 * paragraph columns list 1-based body positions separated by spaces; `similarity` is empty for added and dropped
 * paragraphs; the texts are the paragraphs as written, several joined by a blank line; `echoes` names what the
 * entry's other paragraphs quote or echo in the reference ("¶3 quotes reference ¶4 (0.39): themes: …; terms: …",
 * "; " between) and `quoted` gives the quoted passages as they stand in the other statement (" … " between); the
 * last two columns name the statements ("Title (2019, sample) — file.txt"), so a sample is marked as one on every row.
 */
export function compareCsv(comparison: Comparison): string {
  return csvDocument(
    COMPARE_CSV_COLUMNS,
    comparison.alignment.map((e, i) => row(e, i + 1, comparison)),
  );
}
