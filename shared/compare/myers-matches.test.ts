/** myersMatches against jsdiff's diffArrays itself, on random id arrays: the same matched pairs, the same give-ups. */
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myersMatches } from './myers-matches';

/** The matched pairs of diffArrays(a, b) (offsets added), or null where it gives up. */
function jsdiffPairs(a: number[], b: number[], maxEditLength: number, offsetA: number, offsetB: number) {
  const changes = diffArrays(a, b, { maxEditLength });
  if (!changes) return null;
  const pairs: number[] = [];
  let i = offsetA;
  let j = offsetB;
  for (const change of changes) {
    if (change.added) j += change.count;
    else if (change.removed) i += change.count;
    else for (let k = 0; k < change.count; k++) pairs.push(i++, j++);
  }
  return pairs;
}

/** myersMatches over a and b placed inside longer arrays (ranges and offsets as the word diff passes them). */
function typedPairs(a: number[], b: number[], maxEditLength: number, offsetA: number, offsetB: number) {
  const paddedA = [7, ...a, 7, 7];
  const paddedB = [9, 9, ...b, 9];
  const pairs: number[] = [];
  const done = myersMatches(
    paddedA,
    1,
    1 + a.length,
    paddedB,
    2,
    2 + b.length,
    maxEditLength,
    pairs,
    offsetA,
    offsetB,
  );
  return done ? pairs : (expect(pairs).toEqual([]), null);
}

/** Arrays of ids from a small alphabet (many equal tokens, many equally long paths), or a larger one. */
const ids = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 30 }),
  fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }),
  fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 120 }),
);

describe('myersMatches', () => {
  it('matches the pairs of jsdiff diffArrays, giving up where it does', () => {
    fc.assert(
      fc.property(
        ids,
        ids,
        fc.integer({ min: 1, max: 200 }),
        fc.nat(50),
        fc.nat(50),
        (a, b, budget, oa, ob) => {
          expect(typedPairs(a, b, budget, oa, ob)).toEqual(jsdiffPairs(a, b, budget, oa, ob));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('matches jsdiff on an edited sequence (mostly equal, a few runs replaced)', () => {
    const edited = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 20, maxLength: 150 }),
        fc.array(
          fc.tuple(fc.nat(149), fc.nat(3), fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 })),
        ),
      )
      .map(([a, edits]) => {
        const b = [...a];
        for (const [at, remove, insert] of edits) b.splice(at % (b.length + 1), remove, ...insert);
        return [a, b] as const;
      });
    fc.assert(
      fc.property(edited, ([a, b]) => {
        expect(typedPairs(a, b, 10_000, 0, 0)).toEqual(jsdiffPairs(a, b, 10_000, 0, 0));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the whole arrays as matched when they are equal, and nothing when they share no id', () => {
    expect(typedPairs([1, 2, 3], [1, 2, 3], 64, 0, 0)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(typedPairs([1, 2], [3, 4], 64, 5, 6)).toEqual([]);
  });
});
