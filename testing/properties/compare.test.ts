import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/compare/compare';
import { overview } from '../../shared/compare/overview';
import { importStatement } from '../../shared/statements/import-statement';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { adversarialText, perturbedPair } from './arbitraries';
import { comparisonProblems, mirrorProblems, overviewProblems } from './invariants';

/** A generous bound per comparison of a few paragraphs: catches a hang, not a speed target. */
const BOUND_MS = 3000;

/** A statement made by the real importer from text, as a dropped .txt file becomes one (null if refused). */
async function imported(text: string, name = 'statement.txt'): Promise<Statement | null> {
  const result = await importStatement(
    { name, bytes: new TextEncoder().encode(text) },
    { importedAt: '2024-01-01T00:00:00.000Z' },
  );
  return result.ok ? result.statement : null;
}

function timed<T>(run: () => T): T {
  const started = performance.now();
  const value = run();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return value;
}

/** Two imported statements: a real-looking one and a perturbed copy, or two adversarial texts. */
const statementPair = fc.oneof(
  { weight: 2, arbitrary: perturbedPair },
  { weight: 1, arbitrary: fc.tuple(adversarialText, adversarialText) },
  {
    weight: 1,
    arbitrary: fc.tuple(perturbedPair, adversarialText).map(([[a], b]) => [a, `${a}\n\n${b}`] as const),
  },
);

describe('compare on imported statements', () => {
  it('covers every body block once per side, rebuilds both texts from every word diff, and mirrors', async () => {
    await fc.assert(
      fc.asyncProperty(statementPair, async ([a, b]) => {
        const reference = await imported(a, 'reference.txt');
        const other = await imported(b, 'other.txt');
        if (!reference || !other) return;
        const ab = timed(() => compare(reference, other));
        const ba = timed(() => compare(other, reference));
        expect(comparisonProblems(ab)).toEqual([]);
        expect(comparisonProblems(ba)).toEqual([]);
        expect(mirrorProblems(ab, ba)).toEqual([]);
        expect(mirrorProblems(ba, ab)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('finds a statement compared with itself all unchanged, with nothing inserted or deleted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          perturbedPair.map(([a]) => a),
          adversarialText,
        ),
        async (text) => {
          const statement = await imported(text);
          if (!statement) return;
          const c = timed(() => compare(statement, statement));
          expect(comparisonProblems(c)).toEqual([]);
          expect(c.alignment.filter((e) => e.op !== 'unchanged')).toEqual([]);
          expect(c.alignment.flatMap((e) => e.diff).filter((p) => p.op !== 'equal')).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('overview on imported statements', () => {
  it('never throws, has a cell per reference paragraph and statement, and agrees with compare', async () => {
    await fc.assert(
      fc.asyncProperty(
        perturbedPair,
        fc.array(
          fc.oneof(
            perturbedPair.map(([, b]) => b),
            adversarialText,
          ),
          { maxLength: 3 },
        ),
        async ([a, b], more) => {
          const reference = await imported(a, 'reference.txt');
          const others = (
            await Promise.all([b, ...more].map((t, i) => imported(t, `other-${i}.txt`)))
          ).filter((s): s is Statement => s !== null);
          if (!reference) return;
          const o = timed(() => overview(reference, others));
          expect(overviewProblems(o, reference, others)).toEqual([]);
          // Relations that hold whatever the alignment found, not a re-run of overview's own cell loop.
          o.statements.forEach((header, column) => {
            const statement = others.find((s) => s.id === header.id) as Statement;
            const summary = o.summaries[column];
            const cells = o.cells.map((row) => row[column]);
            // Each reference paragraph is linked in that statement or counted as removed, never both.
            expect(cells.filter((cell) => cell?.op !== null).length + (summary?.removed ?? -1)).toBe(
              o.rows.length,
            );
            // A paragraph found with the same text is unchanged or moved, with similarity 1, and vice versa.
            const texts = new Map(statement.blocks.map((b) => [b.id, b.text.replace(/\s+/g, ' ').trim()]));
            o.rows.forEach((row, r) => {
              const cell = cells[r];
              if (cell?.op === 'unchanged') {
                expect(cell.similarity).toBe(1);
                expect(cell.other.map((id) => texts.get(id))).toEqual([row.text.replace(/\s+/g, ' ').trim()]);
              }
              if (cell?.op === null) expect(cell.similarity).toBe(0);
            });
            // Every block of the statement is linked from some row or counted as added.
            const linkedOther = new Set(cells.flatMap((cell) => cell?.other ?? []));
            expect(linkedOther.size + (summary?.added ?? -1)).toBe(bodyBlocks(statement).length);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
