/**
 * The overview's fast path (overviewColumns: one vocabulary and one reference analysis for all statements, no
 * shared terms, echo reasons or passage offsets) gives exactly the cells and summary that the full compare() of each
 * statement alone gives. The expected column is read off the full Comparison here, independently of overview.ts.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { anyStatement } from '../../testing/generators/arbitraries';
import { generateDerivedStatements } from '../../testing/generators/generate-pairs';
import { loadStatement, loadStatementsIn } from '../../testing/generators/load-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import { compare } from './compare';
import type { AlignmentOp, Comparison, LineageCell, LineageSummary } from './model';
import { overviewColumns, type OverviewColumn } from './overview';
import { countWords } from './word-diff';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The column the full comparison gives: each reference paragraph's link, its echoes, and the counts. */
function columnOfComparison(reference: Statement, comparison: Comparison): OverviewColumn {
  const cells: LineageCell[] = bodyBlocks(reference).map((row) => {
    const link = comparison.alignment.find((e) => e.op !== 'removed' && e.reference.includes(row.id));
    const echoes = comparison.echoes.filter((e) => e.reference.includes(row.id));
    const echoedBy: string[] = [];
    for (const e of echoes) for (const o of e.other) if (!echoedBy.includes(o)) echoedBy.push(o);
    const echo = echoes.length === 0 ? null : echoes.some((e) => e.kind === 'reuse') ? 'reuse' : 'topic';
    return link
      ? { op: link.op, similarity: link.similarity, other: link.other, echo, echoedBy }
      : { op: null, similarity: 0, other: [], echo, echoedBy };
  });
  const count = (op: AlignmentOp) => comparison.alignment.filter((e) => e.op === op).length;
  let retained = 0;
  for (const e of comparison.alignment)
    if (e.op !== 'added' && e.op !== 'removed')
      for (const part of e.diff) if (part.op === 'equal') retained += countWords(part.text);
  const referenceWords = bodyBlocks(reference).reduce((n, b) => n + countWords(b.text), 0);
  const summary: LineageSummary = {
    statementId: comparison.other.id,
    retained: referenceWords === 0 ? 0 : Math.min(1, retained / referenceWords),
    echoed: cells.filter((c) => c.op === null && c.echo !== null).length,
    unchanged: count('unchanged'),
    changed: count('changed'),
    moved: count('moved'),
    split: count('split'),
    merged: count('merged'),
    added: count('added'),
    removed: count('removed'),
  };
  return { cells, summary };
}

function expectSameAsCompare(reference: Statement, statements: readonly Statement[]): void {
  const columns = overviewColumns(reference, statements);
  statements.forEach((statement, k) => {
    expect(columns[k], statement.title).toEqual(columnOfComparison(reference, compare(reference, statement)));
  });
}

let reference: Statement;
let realLike: Statement[] = [];

beforeAll(async () => {
  reference = await loadStatement(here('../../resources/corpus/2019-new-delhi-closing-csc.txt'));
  const folders = [
    '../../resources/corpus/samples/',
    '../../testing/echo-truth/',
    '../../testing/echo-robustness/',
  ];
  realLike = await loadStatementsIn(folders.map(here));
});

describe('the overview fast path equals the full compare, cell for cell', () => {
  it('on the samples and the hand-written echo statements (real-like text)', () => {
    expect(realLike.length).toBeGreaterThanOrEqual(14);
    expectSameAsCompare(reference, realLike);
    // Echoes of both kinds are among them, so the echo-only path is exercised.
    const cells = overviewColumns(reference, realLike).flatMap((c) => c.cells);
    expect(cells.some((c) => c.echo === 'reuse')).toBe(true);
    expect(cells.some((c) => c.echo === 'topic')).toBe(true);
  });

  it('on generated statements of ~1,500 words derived from the reference (as the large library holds)', () => {
    const base = bodyBlocks(reference).map((b) => b.text);
    const statements = [
      ...generateDerivedStatements(1300, base, 30, 1500),
      ...generateDerivedStatements(77, base, 10, 600),
    ];
    expectSameAsCompare(reference, statements);
  });

  it('with a sample statement as the reference (the user may choose any)', () => {
    const [first, ...rest] = realLike as [Statement, ...Statement[]];
    expectSameAsCompare(first, [reference, ...rest.slice(0, 6)]);
  });

  it('on any statements', () => {
    fc.assert(
      fc.property(anyStatement, fc.array(anyStatement, { maxLength: 3 }), (ref, statements) =>
        expectSameAsCompare(ref, statements),
      ),
      { numRuns: 60 },
    );
  });
});
