import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeHits } from './discover';

type Hit = readonly [statement: number, first: number, last: number];

// A list of hits as gathered: in text order, at most one starting at each unit of a statement.
const hitList = fc
  .uniqueArray(fc.record({ statement: fc.nat(3), first: fc.nat(30), length: fc.nat(3) }), {
    selector: (h) => `${h.statement}:${h.first}`,
    maxLength: 25,
  })
  .map((hits) =>
    hits
      .map((h): Hit => [h.statement, h.first, h.first + h.length])
      .sort((x, y) => x[0] - y[0] || x[1] - y[1]),
  );

// Written apart from `mergeHits`: every hit in text order (the longer first where two start together), then each
// dropped that overlaps the last kept.
function expected(lists: readonly (readonly Hit[])[]): Hit[] {
  const all = lists.flat().sort((x, y) => x[0] - y[0] || x[1] - y[1] || y[2] - x[2]);
  const kept: Hit[] = [];
  for (const hit of all) {
    const last = kept.at(-1);
    if (last && last[0] === hit[0] && hit[1] <= last[2]) continue;
    kept.push(hit);
  }
  return kept;
}

const flat = (hits: readonly Hit[]) => hits.flatMap((h) => [...h]);

describe('mergeHits', () => {
  it('merges lists in text order, the one starting first then the longer kept where two overlap', () => {
    fc.assert(
      fc.property(fc.array(hitList, { maxLength: 9 }), (lists) => {
        expect([...mergeHits(lists.map(flat))]).toEqual(flat(expected(lists)));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the lists it is given as they were', () => {
    const lists = [Int32Array.from([0, 1, 2, 0, 5, 5]), Int32Array.from([0, 2, 3, 1, 0, 0])];
    const copies = lists.map((l) => [...l]);
    expect([...mergeHits(lists)]).toEqual([0, 1, 2, 0, 5, 5, 1, 0, 0]);
    expect(lists.map((l) => [...l])).toEqual(copies);
  });
});
