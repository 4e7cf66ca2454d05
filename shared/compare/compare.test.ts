import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, type Statement } from '../statements/model';
import { anyStatement, relatedStatements } from '../../testing/generators/arbitraries';
import { makeStatement } from '../../testing/generators/make-statement';
import { mirrorProblems } from '../../testing/properties/invariants';
import { compare, PARAGRAPH_JOIN } from './compare';
import type { AlignmentEntry, Comparison } from './model';
import { diffOther, diffReference } from './word-diff';

const corpus = readFileSync(
  new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
  'utf8',
);
const paragraphs = corpus
  .split(/\r?\n\s*\r?\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 0);
/** The ten body paragraphs of the 2019 reference (after the title and five salutation lines). */
const body = paragraphs.filter((p) => p.split(' ').length > 15).slice(0, 10);

const referenceStatement = makeStatement([
  { role: 'title', text: paragraphs[0] as string },
  ...paragraphs.slice(1, 6).map((text) => ({ role: 'salutation' as const, text })),
  ...body,
  { role: 'signature', text: 'Coordinator on behalf of the coalition' },
  { role: 'boilerplate', text: 'Leave a Comment' },
]);

// The mirror is checked against mirrorProblems (testing/properties/invariants.ts), written apart from
// mirror.ts; hand-written mirrored comparisons are in hand-written.test.ts.
function expectMirrored(ab: Comparison, ba: Comparison): void {
  expect(mirrorProblems(ab, ba)).toEqual([]);
  expect(mirrorProblems(ba, ab)).toEqual([]);
  expect(ba.frame.map((f) => ({ role: f.role, reference: f.other, other: f.reference }))).toEqual(ab.frame);
}

function expectWellFormed(c: Comparison): void {
  const refIds = bodyBlocks(c.reference).map((b) => b.id);
  const otherIds = bodyBlocks(c.other).map((b) => b.id);
  expect(c.alignment.flatMap((e) => e.reference).sort()).toEqual([...refIds].sort());
  expect(c.alignment.flatMap((e) => e.other).sort()).toEqual([...otherIds].sort());
  const refText = new Map(bodyBlocks(c.reference).map((b) => [b.id, b.text]));
  const otherText = new Map(bodyBlocks(c.other).map((b) => [b.id, b.text]));
  for (const e of c.alignment) {
    expect(diffReference(e.diff)).toBe(e.reference.map((id) => refText.get(id)).join(PARAGRAPH_JOIN));
    expect(diffOther(e.diff)).toBe(e.other.map((id) => otherText.get(id)).join(PARAGRAPH_JOIN));
    expect(e.similarity).toBeGreaterThanOrEqual(0);
    expect(e.similarity).toBeLessThanOrEqual(1);
    switch (e.op) {
      case 'added':
        expect([e.reference.length, e.other.length]).toEqual([0, 1]);
        break;
      case 'removed':
        expect([e.reference.length, e.other.length]).toEqual([1, 0]);
        break;
      case 'split':
        expect(e.reference.length).toBe(1);
        expect(e.other.length).toBeGreaterThan(1);
        break;
      case 'merged':
        expect(e.reference.length).toBeGreaterThan(1);
        expect(e.other.length).toBe(1);
        break;
      case 'unchanged':
      case 'changed':
      case 'moved':
        expect([e.reference.length, e.other.length]).toEqual([1, 1]);
        break;
    }
  }
  // Display order: linked entries follow the other statement; a removed paragraph follows its predecessor.
  const otherPos = new Map(otherIds.map((id, i) => [id, i]));
  const linked = c.alignment
    .filter((e) => e.other.length > 0)
    .map((e) => otherPos.get(e.other[0] as string) as number);
  expect(linked).toEqual([...linked].sort((a, b) => a - b));
  c.alignment.forEach((e, k) => {
    if (e.op !== 'removed') return;
    const i = refIds.indexOf(e.reference[0] as string);
    if (i === 0) expect(c.alignment.slice(0, k).every((x) => x.op === 'removed')).toBe(true);
    else expect(c.alignment[k - 1]?.reference).toContain(refIds[i - 1]);
  });
}

describe('compare', () => {
  it('finds every paragraph of a statement compared with itself unchanged', () => {
    const c = compare(referenceStatement, referenceStatement);
    expect(c.alignment).toHaveLength(10);
    expect(c.alignment.every((e) => e.op === 'unchanged' && e.similarity === 1)).toBe(true);
    expect(c.alignment.map((e) => e.reference[0])).toEqual(bodyBlocks(referenceStatement).map((b) => b.id));
    expectWellFormed(c);
  });

  it('shows title, salutations and signature apart, and never the boilerplate', () => {
    const other = makeStatement([
      { role: 'title', text: 'Closing statement, a later plenary (sample)' },
      { role: 'salutation', text: 'Dear Chair,' },
      ...body,
      { role: 'boilerplate', text: 'Share this page' },
    ]);
    const c = compare(referenceStatement, other);
    expect(c.frame.map((f) => [f.role, f.reference.length, f.other.length])).toEqual([
      ['title', 1, 1],
      ['salutation', 5, 1],
      ['signature', 1, 0],
    ]);
    const ids = new Set(c.alignment.flatMap((e) => [...e.reference, ...e.other]));
    for (const b of [...referenceStatement.blocks, ...other.blocks])
      expect(ids.has(b.id)).toBe(b.role === 'body');
  });

  it('recognises kept, reworded, moved, split, merged, dropped and added paragraphs of the real reference', () => {
    const sentences = (text: string): string[] => text.split(/(?<=\.)\s+/);
    const [p0, , p2, p3, p4, p5, p6, p7, p8, p9] = body as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const s5 = sentences(p5);
    const added =
      'This sample paragraph was written for the test: it speaks of road repairs, school fees and the weather in ' +
      'a town that no statement mentions.';
    const other = makeStatement([
      p9.replace('deep disappointment', 'profound frustration').replace('sidelines', 'margins'), // moved
      p0,
      p2
        .replace('dysfunctional', 'broken')
        .replace('excruciating', 'painful')
        .replace('anything substantial', 'much of note'), // reworded; p1 dropped
      p3,
      p4,
      added,
      s5.slice(0, 1).join(' '), // p5 split
      s5.slice(1).join(' '),
      `${p6} ${p7}`, // p6 + p7 merged
      p8,
    ]);
    const c = compare(referenceStatement, other);
    expectWellFormed(c);
    const opOf = (index: number): string | undefined =>
      c.alignment.find((e) => e.reference.includes(bodyBlocks(referenceStatement)[index]?.id as string))?.op;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(opOf)).toEqual([
      'unchanged',
      'removed',
      'changed',
      'unchanged',
      'unchanged',
      'split',
      'merged',
      'merged',
      'unchanged',
      'moved',
    ]);
    expect(c.alignment.filter((e) => e.op === 'added').map((e) => e.other[0])).toEqual([
      bodyBlocks(other)[5]?.id,
    ]);
    // Display order follows the other statement; the dropped paragraph sits after its predecessor.
    expect(c.alignment.map((e) => e.op)).toEqual([
      'moved',
      'unchanged',
      'removed',
      'changed',
      'unchanged',
      'unchanged',
      'added',
      'split',
      'merged',
      'unchanged',
    ]);
    const reworded = c.alignment[3] as AlignmentEntry;
    expect(reworded.similarity).toBeGreaterThan(0.5);
    expect(reworded.similarity).toBeLessThan(1);
    expect(reworded.diff.filter((p) => p.op === 'delete').map((p) => p.text)).toEqual([
      'dysfunctional',
      'excruciating',
      'anything substantial',
    ]);
    for (const term of reworded.terms) {
      expect(p2.toLowerCase()).toContain(term);
      expect(bodyBlocks(other)[2]?.text.toLowerCase()).toContain(term);
    }
    expectMirrored(c, compare(other, referenceStatement));
  });

  it('does not pair paragraphs that only share the topic vocabulary', () => {
    const other = makeStatement([
      'The Kimberley Process and civil society must listen to diamond mining communities, said the KP plenary sample.',
      'Civil society observers of the KP process met diamond communities and participants at this plenary meeting.',
      'Communities affected by diamond mining deserve a Kimberley Process that works for civil society too.',
    ]);
    const c = compare(referenceStatement, other);
    expect(c.alignment.filter((e) => e.reference.length > 0 && e.other.length > 0)).toEqual([]);
  });

  it('treats a paragraph that differs only in whitespace as unchanged, and still diffs it exactly', () => {
    const a = makeStatement(['One  paragraph\nof text.', 'Another one.']);
    const b = makeStatement(['One paragraph of text.', 'Another one.']);
    const c = compare(a, b);
    expect(c.alignment.map((e) => e.op)).toEqual(['unchanged', 'unchanged']);
    expectWellFormed(c);
  });

  it('handles empty statements and statements without a body', () => {
    const empty = makeStatement([]);
    const titleOnly = makeStatement([{ role: 'title', text: 'Only a title' }]);
    expect(compare(empty, empty).alignment).toEqual([]);
    expect(compare(referenceStatement, empty).alignment.map((e) => e.op)).toEqual(Array(10).fill('removed'));
    expect(compare(titleOnly, referenceStatement).alignment.map((e) => e.op)).toEqual(
      Array(10).fill('added'),
    );
  });

  it('is all unchanged for any statement compared with itself', () => {
    fc.assert(
      fc.property(anyStatement, (s) => {
        const c = compare(s, s);
        expect(c.alignment.every((e) => e.op === 'unchanged')).toBe(true);
        expectWellFormed(c);
      }),
      { numRuns: 300 },
    );
  });

  it('mirrors: compare(B, A) is compare(A, B) seen from the other side, for any statements', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(anyStatement, anyStatement), relatedStatements), ([a, b]) => {
        const ab = compare(a, b);
        const ba = compare(b, a);
        expectWellFormed(ab);
        expectWellFormed(ba);
        expectMirrored(ab, ba);
      }),
      { numRuns: 400 },
    );
  });

  it('finishes within a bound on 50,000 tiny paragraphs and on a 2 MB single-line paragraph', () => {
    const tiny = (prefix: string): Statement =>
      makeStatement(Array.from({ length: 50_000 }, (_, i) => `${prefix} ${i % 7} item ${i}.`));
    let start = performance.now();
    const c = compare(tiny('Point'), tiny('Note'));
    expect(performance.now() - start).toBeLessThan(30_000);
    expect(c.alignment.flatMap((e) => e.reference)).toHaveLength(50_000);

    const line = Array.from({ length: 300_000 }, (_, i) => `word${i % 5000}`).join(' ');
    const edited = line.replace('word17 ', 'changed ');
    start = performance.now();
    const d = compare(makeStatement([line]), makeStatement([edited]));
    expect(performance.now() - start).toBeLessThan(30_000);
    expect(d.alignment.map((e) => e.op)).toEqual(['changed']);
    expect(d.alignment[0]?.diff.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual([
      'word17',
      'changed',
    ]);
  });
});
