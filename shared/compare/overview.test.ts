import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, type Statement } from '../statements/model';
import { anyStatement } from '../../testing/generators/arbitraries';
import { generateDerivedStatements } from '../../testing/generators/generate-pairs';
import { makeStatement } from '../../testing/generators/make-statement';
import { compare } from './compare';
import { echoesByReference, overview } from './overview';
import { countWords } from './word-diff';

const corpus = readFileSync(
  new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
  'utf8',
);
const body = corpus
  .split(/\r?\n\s*\r?\n/)
  .map((p) => p.trim())
  .filter((p) => p.split(' ').length > 15)
  .slice(0, 10);
const reference = makeStatement(body, { title: '2019 reference', year: 2019 });

function withYear(s: Statement, year: number | null, title: string): Statement {
  return { ...s, title, metadata: { ...s.metadata, year } };
}

describe('overview', () => {
  it('orders statements by year, unknown years last, then by title', () => {
    const a = withYear(makeStatement(body.slice(0, 3)), 2021, 'b');
    const b = withYear(makeStatement(body.slice(2, 5)), null, 'a');
    const c = withYear(makeStatement(body.slice(4, 8)), 2016, 'c');
    const d = withYear(makeStatement(body.slice(1, 2)), 2021, 'a');
    const o = overview(reference, [a, b, c, d]);
    expect(o.statements.map((s) => s.id)).toEqual([c.id, d.id, a.id, b.id]);
    expect(o.summaries.map((s) => s.statementId)).toEqual([c.id, d.id, a.id, b.id]);
  });

  it('reports progress once per statement, in order, and the result does not depend on listening', () => {
    const a = withYear(makeStatement(body.slice(0, 4)), 2020, 'a');
    const b = withYear(makeStatement(body.slice(3, 9)), 2018, 'b');
    const calls: [number, number][] = [];
    const heard = overview(reference, [a, b], { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(heard).toEqual(overview(reference, [a, b]));
  });

  it('follows each reference paragraph into each statement: the op, similarity and blocks of its link, or none', () => {
    const kept = withYear(
      makeStatement([body[0] as string, `${body[1]} One added sentence for the sample.`]),
      2020,
      'k',
    );
    const o = overview(reference, [kept]);
    expect(o.rows.map((r) => r.id)).toEqual(bodyBlocks(reference).map((b) => b.id));
    expect(o.cells).toHaveLength(10);
    const [first, second, third] = o.cells.map((row) => row[0]);
    expect(first).toEqual({
      op: 'unchanged',
      similarity: 1,
      other: [bodyBlocks(kept)[0]?.id],
      echo: null,
      echoedBy: [],
    });
    expect(second?.op).toBe('changed');
    expect(second?.other).toEqual([bodyBlocks(kept)[1]?.id]);
    expect(third).toEqual({ op: null, similarity: 0, other: [], echo: null, echoedBy: [] });
    const summary = o.summaries[0];
    expect(summary).toMatchObject({
      unchanged: 1,
      changed: 1,
      removed: 8,
      added: 0,
      moved: 0,
      split: 0,
      merged: 0,
    });
    const referenceWords = body.reduce((n, p) => n + countWords(p), 0);
    expect(summary?.retained).toBeCloseTo(
      (countWords(body[0] as string) + countWords(body[1] as string)) / referenceWords,
      6,
    );
  });

  it('on generated statements: a column is all unchanged for the reference itself, all empty for nothing kept', () => {
    // Independent of compare(): the truth is known from how the statements were made. Other cells are checked
    // by hand in hand-written.test.ts.
    const derived = generateDerivedStatements(11, body, 12, 900);
    const itself = withYear(reference, 2030, 'itself');
    const unrelated = withYear(
      makeStatement(['Road works in the northern district were finished early.']),
      2031,
      'u',
    );
    const o = overview(reference, [...derived, itself, unrelated]);
    const column = (s: Statement) => o.statements.findIndex((x) => x.id === s.id && x.title === s.title);
    const self = column(itself);
    expect(o.cells.map((row) => row[self]?.op)).toEqual(Array(10).fill('unchanged'));
    expect(o.cells.map((row) => row[self]?.other)).toEqual(o.rows.map((b) => [b.id]));
    expect(o.summaries[self]?.retained).toBe(1);
    const none = column(unrelated);
    expect(o.cells.map((row) => row[none]?.op)).toEqual(Array(10).fill(null));
    expect(o.summaries[none]).toMatchObject({ retained: 0, removed: 10, added: 1 });
    // In every column each reference paragraph is either linked or counted as removed, never both.
    o.summaries.forEach((summary, k) => {
      const linked = o.cells.filter((row) => row[k]?.op !== null).length;
      expect(linked + summary.removed).toBe(10);
    });
  });

  it('never throws on any statements, and has one cell per row and statement', () => {
    fc.assert(
      fc.property(anyStatement, fc.array(anyStatement, { maxLength: 4 }), (ref, statements) => {
        const o = overview(ref, statements);
        expect(o.rows).toHaveLength(bodyBlocks(ref).length);
        for (const row of o.cells) expect(row).toHaveLength(statements.length);
        for (const s of o.summaries) {
          expect(s.retained).toBeGreaterThanOrEqual(0);
          expect(s.retained).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('overview echoes', () => {
  it('marks a dropped paragraph that a new paragraph talks about, and counts it as echoed', () => {
    const later = makeStatement(
      [
        'The coalition has not given up on the conflict diamond definition. The present wording only covers rough diamonds used by rebel movements to finance wars against legitimate governments. Stones mined under forced labour, or traded by soldiers who beat and extort diggers, pass the certificate without difficulty.',
        'A sample paragraph about road repairs, school fees and the weather in a town no statement mentions.',
      ],
      { title: 'Sample intersessional statement', year: 2020 },
    );
    const o = overview(reference, [later]);
    const scope = o.cells[3]?.[0];
    expect(scope?.op).toBeNull();
    expect(scope?.echo).toBe('topic');
    expect(scope?.echoedBy).toEqual([bodyBlocks(later)[0]?.id]);
    expect(o.cells.filter((row) => row[0]?.echo !== null)).toHaveLength(o.summaries[0]?.echoed ?? -1);
    expect(o.summaries[0]?.echoed).toBeGreaterThanOrEqual(1);
  });

  it("finds in each column the echoes compare() finds for that statement alone (the reference's themes marked once)", () => {
    const talks = makeStatement(
      [
        'The coalition has not given up on the conflict diamond definition. The present wording only covers rough diamonds used by rebel movements to finance wars against legitimate governments. Stones mined under forced labour, or traded by soldiers who beat and extort diggers, pass the certificate without difficulty.',
      ],
      { title: 'Sample statement on the definition', year: 2022 },
    );
    const statements = [...generateDerivedStatements(5, body, 3, 700), talks];
    // Two references in turn, so marks kept for one are never used for the other.
    for (const ref of [
      reference,
      makeStatement(body.slice(2, 8), { title: 'other reference', year: 2019 }),
    ]) {
      const o = overview(ref, statements);
      o.statements.forEach((header, k) => {
        const statement = statements.find((s) => s.id === header.id) as Statement;
        const alone = echoesByReference(compare(ref, statement));
        expect(
          o.rows.map((row, r) => o.cells[r]?.[k]?.echo ?? null),
          statement.title,
        ).toEqual(o.rows.map((row) => alone.get(row.id)?.echo ?? null));
      });
      expect(o.cells.some((row) => row.some((cell) => cell.echo === 'topic'))).toBe(true);
    }
  });
});
