/**
 * What must hold of every result, written independently of the code under test: each check returns the
 * problems it finds (empty when all is well), so a failing property shows what broke.
 */
import type { AlignmentEntry, AlignmentOp, Comparison, DiffPart, Overview } from '../../shared/compare/model';
import { bodyBlocks, type Block, type BlockRole, type Statement } from '../../shared/statements/model';
import type { Themes } from '../../shared/themes/model';

/** How the compare model joins the texts of an entry's paragraphs (see AlignmentEntry.diff). */
export const JOIN = '\n\n';

const ROLES: readonly BlockRole[] = [
  'title',
  'salutation',
  'heading',
  'body',
  'signature',
  'note',
  'boilerplate',
];

/** Blocks that are not one trimmed, non-empty line of text without control characters, or share an id. */
export function blockProblems(blocks: readonly Block[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const b of blocks) {
    if (!ROLES.includes(b.role)) problems.push(`block ${b.id}: unknown role ${b.role}`);
    if (b.text.trim() === '' || b.text !== b.text.trim())
      problems.push(`block ${b.id}: blank or untrimmed text`);
    if (/[\u0000-\u001f\u007f]/.test(b.text))
      problems.push(`block ${b.id}: control character in ${JSON.stringify(b.text)}`);
    if (ids.has(b.id)) problems.push(`block id ${b.id} repeated`);
    ids.add(b.id);
  }
  return problems;
}

function joinedText(parts: readonly DiffPart[], keep: DiffPart['op']): string {
  return parts
    .filter((p) => p.op === 'equal' || p.op === keep)
    .map((p) => p.text)
    .join('');
}

const SHAPES: Readonly<Record<AlignmentOp, (reference: number, other: number) => boolean>> = {
  unchanged: (r, o) => r === 1 && o === 1,
  changed: (r, o) => r === 1 && o === 1,
  moved: (r, o) => r === 1 && o === 1,
  split: (r, o) => r === 1 && o > 1,
  merged: (r, o) => r > 1 && o === 1,
  added: (r, o) => r === 0 && o === 1,
  removed: (r, o) => r === 1 && o === 0,
};

/** Problems with one side's coverage: every body block in exactly one entry, nothing else. */
function coverageProblems(side: string, blocks: readonly Block[], linked: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of linked) counts.set(id, (counts.get(id) ?? 0) + 1);
  const problems = blocks
    .filter((b) => counts.get(b.id) !== 1)
    .map((b) => `${side} body block ${b.id} is in ${counts.get(b.id) ?? 0} entries`);
  const known = new Set(blocks.map((b) => b.id));
  for (const id of counts.keys()) if (!known.has(id)) problems.push(`${side} id ${id} is not a body block`);
  return problems;
}

/** Problems with a comparison: coverage, op shapes, similarity range, and word diffs that rebuild both texts. */
export function comparisonProblems(c: Comparison): string[] {
  const referenceBody = bodyBlocks(c.reference);
  const otherBody = bodyBlocks(c.other);
  const referenceText = new Map(referenceBody.map((b) => [b.id, b.text]));
  const otherText = new Map(otherBody.map((b) => [b.id, b.text]));
  const problems = [
    ...coverageProblems(
      'reference',
      referenceBody,
      c.alignment.flatMap((e) => e.reference),
    ),
    ...coverageProblems(
      'other',
      otherBody,
      c.alignment.flatMap((e) => e.other),
    ),
  ];
  c.alignment.forEach((e, i) => {
    const at = `entry ${i} (${e.op})`;
    if (!SHAPES[e.op](e.reference.length, e.other.length))
      problems.push(`${at}: ${e.reference.length} reference and ${e.other.length} other blocks`);
    if (!(e.similarity >= 0 && e.similarity <= 1)) problems.push(`${at}: similarity ${e.similarity}`);
    if (e.op === 'unchanged' && e.similarity !== 1)
      problems.push(`${at}: unchanged with similarity ${e.similarity}`);
    if ((e.op === 'added' || e.op === 'removed') && e.similarity !== 0)
      problems.push(`${at}: similarity ${e.similarity}`);
    const reference = e.reference.map((id) => referenceText.get(id) ?? '').join(JOIN);
    const other = e.other.map((id) => otherText.get(id) ?? '').join(JOIN);
    if (joinedText(e.diff, 'delete') !== reference)
      problems.push(`${at}: equal+delete is not the reference text`);
    if (joinedText(e.diff, 'insert') !== other) problems.push(`${at}: equal+insert is not the other text`);
    if (e.diff.some((p) => p.text === '')) problems.push(`${at}: an empty diff part`);
  });
  return problems;
}

const MIRRORED: Readonly<Record<AlignmentOp, AlignmentOp>> = {
  unchanged: 'unchanged',
  changed: 'changed',
  moved: 'moved',
  split: 'merged',
  merged: 'split',
  added: 'removed',
  removed: 'added',
};

function linkKey(reference: readonly string[], other: readonly string[]): string {
  return `${reference.join(',')}|${other.join(',')}`;
}

function equalTexts(entry: AlignmentEntry): string[] {
  return entry.diff.filter((p) => p.op === 'equal').map((p) => p.text);
}

/** Problems when `ba` = compare(B, A) is not `ab` = compare(A, B) seen from the other side. */
export function mirrorProblems(ab: Comparison, ba: Comparison): string[] {
  const problems: string[] = [];
  const byLink = new Map(ba.alignment.map((e) => [linkKey(e.reference, e.other), e]));
  if (ab.alignment.length !== ba.alignment.length)
    problems.push(`${ab.alignment.length} entries one way, ${ba.alignment.length} the other`);
  for (const e of ab.alignment) {
    const m = byLink.get(linkKey(e.other, e.reference));
    const at = `entry ${linkKey(e.reference, e.other)} (${e.op})`;
    if (!m) {
      problems.push(`${at}: no mirrored entry`);
      continue;
    }
    if (m.op !== MIRRORED[e.op]) problems.push(`${at}: mirrored as ${m.op}`);
    if (m.similarity !== e.similarity) problems.push(`${at}: similarity ${e.similarity} vs ${m.similarity}`);
    if ([...m.terms].sort().join('\n') !== [...e.terms].sort().join('\n'))
      problems.push(`${at}: other terms`);
    if (equalTexts(m).join('\u0000') !== equalTexts(e).join('\u0000'))
      problems.push(`${at}: other equal parts`);
    if (joinedText(m.diff, 'delete') !== joinedText(e.diff, 'insert'))
      problems.push(`${at}: texts not swapped`);
  }
  return problems;
}

/** Problems with an overview: one row per reference body block, one cell per statement, sane summaries. */
export function overviewProblems(
  o: Overview,
  reference: Statement,
  statements: readonly Statement[],
): string[] {
  const problems: string[] = [];
  const rows = bodyBlocks(reference).map((b) => b.id);
  if (o.rows.map((b) => b.id).join() !== rows.join()) problems.push('rows are not the reference body blocks');
  if (o.statements.length !== statements.length)
    problems.push(`${o.statements.length} columns for ${statements.length}`);
  if (o.cells.length !== rows.length)
    problems.push(`${o.cells.length} rows of cells for ${rows.length} rows`);
  o.cells.forEach((row, r) => {
    if (row.length !== o.statements.length) problems.push(`row ${r}: ${row.length} cells`);
    row.forEach((cell, k) => {
      const header = o.statements[k];
      const column = statements.find((s) => s.id === header?.id);
      const ids = new Set(column ? bodyBlocks(column).map((b) => b.id) : []);
      for (const id of cell.other)
        if (!ids.has(id)) problems.push(`cell ${r},${k}: ${id} is not a body block`);
      if (cell.op === null && cell.other.length > 0) problems.push(`cell ${r},${k}: links without an op`);
      if (!(cell.similarity >= 0 && cell.similarity <= 1))
        problems.push(`cell ${r},${k}: similarity ${cell.similarity}`);
    });
  });
  for (const s of o.summaries) {
    if (!(s.retained >= 0 && s.retained <= 1))
      problems.push(`summary ${s.statementId}: retained ${s.retained}`);
    const counts = [s.changed, s.moved, s.split, s.merged, s.added, s.removed, s.unchanged];
    if (counts.some((n) => !Number.isInteger(n) || n < 0))
      problems.push(`summary ${s.statementId}: bad counts`);
  }
  return problems;
}

/** Problems with theme occurrences: each must point inside a body block of its statement, in order, apart. */
export function occurrenceProblems(result: Themes, statements: readonly Statement[]): string[] {
  const blocks = new Map<string, Map<string, string>>();
  for (const s of statements) blocks.set(s.id, new Map(bodyBlocks(s).map((b) => [b.id, b.text])));
  const problems: string[] = [];
  for (const theme of result.themes) {
    let total = 0;
    for (const o of theme.occurrences) {
      const text = blocks.get(o.statement)?.get(o.block);
      const at = `${theme.id} at ${o.statement}/${o.block} ${o.start}-${o.end}`;
      if (text === undefined) problems.push(`${at}: not a body block of that statement`);
      else if (!(
        Number.isInteger(o.start) &&
        Number.isInteger(o.end) &&
        0 <= o.start &&
        o.start < o.end &&
        o.end <= text.length
      ))
        problems.push(`${at}: outside a block of ${text.length} characters`);
      total++;
    }
    if (total !== theme.total) problems.push(`${theme.id}: total ${theme.total} for ${total} occurrences`);
    const counted = theme.counts.reduce((n, c) => n + c.count, 0);
    if (counted !== theme.total)
      problems.push(`${theme.id}: counts add up to ${counted}, total ${theme.total}`);
  }
  return problems;
}
