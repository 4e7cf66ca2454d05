import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importStatement } from '../../shared/statements/import-statement';
import type { Statement } from '../../shared/statements/model';
import { badOccurrences } from '../../shared/themes/check-occurrences';
import { themes } from '../../shared/themes/themes';
import { adversarialText, perturbedPair } from './arbitraries';
import { occurrenceProblems } from './invariants';

const BOUND_MS = 5000;

async function imported(text: string, name: string): Promise<Statement | null> {
  const result = await importStatement(
    { name, bytes: new TextEncoder().encode(text) },
    { importedAt: '2024-01-01T00:00:00.000Z' },
  );
  return result.ok ? result.statement : null;
}

const texts = fc.array(
  fc.oneof(
    perturbedPair.map(([a]) => a),
    perturbedPair.map(([, b]) => b),
    adversarialText,
  ),
  { minLength: 1, maxLength: 5 },
);

describe('themes on imported statements', () => {
  it('never throw, finish within a bound, and every occurrence points inside its block at one of its terms', async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.boolean(), async (list, withReference) => {
        const statements = (await Promise.all(list.map((t, i) => imported(t, `s${i}.txt`)))).filter(
          (s): s is Statement => s !== null,
        );
        const started = performance.now();
        const result = themes(statements, {
          ...(withReference && statements[0] ? { reference: statements[0] } : {}),
          userThemes: [
            { id: 'mine', label: 'Mine', terms: ['conflict diamonds', 'communities', '钻石', '💎', 'the'] },
          ],
        });
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        expect(occurrenceProblems(result, statements)).toEqual([]);
        expect(badOccurrences(result, statements)).toEqual([]);
        expect(result.statements.map((s) => s.id)).toEqual([...new Set(statements.map((s) => s.id))]);
      }),
      { numRuns: 100 },
    );
  });
});
