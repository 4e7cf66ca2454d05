/** Small pieces the comparison and overview reports share: how statements and paragraphs are named. */
import type { AlignmentEntry, Comparison } from '../compare/model';
import { ALIGNMENT_OPS, opLabel, opSymbol } from '../compare/op-labels';
import { bodyBlocks, markedTitle, type Statement, type StatementHeader } from '../statements/model';

/** "Closing statement (2019, sample) — file.txt". */
export function describeStatement(statement: StatementHeader): string {
  const facts = [statement.metadata.year === null ? 'year unknown' : String(statement.metadata.year)];
  if (statement.sample) facts.push('sample');
  return `${markedTitle(statement)} (${facts.join(', ')}) — ${statement.source.fileName}`;
}

/** "¶3" or "¶3–4": the 1-based body positions of blocks, as a reader counts paragraphs. */
export function paragraphNumbers(ids: readonly string[], statement: Statement): string {
  const positions = new Map(bodyBlocks(statement).map((b, i) => [b.id, i + 1]));
  const numbers = ids.map((id) => positions.get(id)).filter((n): n is number => n !== undefined);
  if (numbers.length === 0) return '';
  const first = numbers[0] as number;
  const last = numbers[numbers.length - 1] as number;
  return first === last ? `¶${first}` : `¶${first}–${last}`;
}

/** "= kept 5 · ~ reworded 2 · …" for the ops present in a comparison. */
export function opCounts(comparison: Comparison): string {
  const counts = new Map<AlignmentEntry['op'], number>();
  for (const e of comparison.alignment) counts.set(e.op, (counts.get(e.op) ?? 0) + 1);
  return ALIGNMENT_OPS.filter((op) => counts.has(op))
    .map((op) => `${opSymbol(op)} ${opLabel(op)} ${counts.get(op)}`)
    .join(' · ');
}

/** "↕ moved": the symbol and the word of an op. */
export function opName(op: AlignmentEntry['op']): string {
  return `${opSymbol(op)} ${opLabel(op)}`;
}

/** The legend of all ops. */
export function opLegend(): string {
  return ALIGNMENT_OPS.map(opName).join(' · ');
}
