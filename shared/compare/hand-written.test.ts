/**
 * Comparisons and an overview whose whole result was written out by hand from the texts below, in both
 * directions: the truth here is never rebuilt with the code under test (mirror.ts, overview.ts's cell loop).
 */
import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import { compare } from './compare';
import type { AlignmentOp, DiffPart } from './model';
import { overview } from './overview';

// Sample paragraphs written for this test (fictional; no real statement's text).
const A = [
  'The plenary opened with thanks to the host country for its warm welcome and careful preparations.', // 16 words
  'Artisanal miners in the eastern provinces still sell their stones far below the world market price.', // 16
  'We ask the participants to publish their export statistics every quarter, without exception.', // 13
  'The review committee met twice. It could not agree on a new definition of conflict diamonds.', // 16
  'Our coalition will keep reporting from the mining towns until the definition changes.', // 13
] as const;
const A_WORDS = 16 + 16 + 13 + 16 + 13;

// B: A's third paragraph moved to the front, the second reworded by one word, the fourth split in two,
// the fifth dropped, and a new last paragraph.
const B = [
  A[2],
  A[0],
  'Artisanal miners in the eastern provinces still sell their diamonds far below the world market price.',
  'The review committee met twice.',
  'It could not agree on a new definition of conflict diamonds.',
  'Road repairs in the capital were finished before the rainy season began.',
] as const;

const a = makeStatement([...A], { title: 'Sample — A', year: 2019 });
const b = makeStatement([...B], { title: 'Sample — B', year: 2021 });
const aId = (i: number): string => bodyBlocks(a)[i]?.id as string;
const bId = (i: number): string => bodyBlocks(b)[i]?.id as string;

interface Expected {
  readonly op: AlignmentOp;
  readonly reference: readonly string[];
  readonly other: readonly string[];
  readonly diff: readonly DiffPart[];
}

const equal = (text: string): DiffPart => ({ op: 'equal', text });
const del = (text: string): DiffPart => ({ op: 'delete', text });
const ins = (text: string): DiffPart => ({ op: 'insert', text });

/** The alignment with similarity and terms left out (checked separately below). */
function shape(reference: Statement, other: Statement): Expected[] {
  return compare(reference, other).alignment.map(({ op, reference, other, diff }) => ({
    op,
    reference,
    other,
    diff,
  }));
}

describe('hand-written comparisons', () => {
  it('A against B: moved, unchanged, reworded, split, dropped and added, in the order of B', () => {
    expect(shape(a, b)).toEqual([
      { op: 'moved', reference: [aId(2)], other: [bId(0)], diff: [equal(A[2])] },
      { op: 'unchanged', reference: [aId(0)], other: [bId(1)], diff: [equal(A[0])] },
      {
        op: 'changed',
        reference: [aId(1)],
        other: [bId(2)],
        diff: [
          equal('Artisanal miners in the eastern provinces still sell their '),
          del('stones'),
          ins('diamonds'),
          equal(' far below the world market price.'),
        ],
      },
      {
        op: 'split',
        reference: [aId(3)],
        other: [bId(3), bId(4)],
        diff: [
          equal('The review committee met twice.'),
          del(' '),
          ins('\n\n'),
          equal('It could not agree on a new definition of conflict diamonds.'),
        ],
      },
      // A dropped paragraph sits after the entry of its predecessor.
      { op: 'removed', reference: [aId(4)], other: [], diff: [del(A[4])] },
      { op: 'added', reference: [], other: [bId(5)], diff: [ins(B[5])] },
    ]);
  });

  it('B against A, the mirror written out too: merged for split, added for removed, in the order of A', () => {
    expect(shape(b, a)).toEqual([
      { op: 'unchanged', reference: [bId(1)], other: [aId(0)], diff: [equal(A[0])] },
      {
        op: 'changed',
        reference: [bId(2)],
        other: [aId(1)],
        diff: [
          equal('Artisanal miners in the eastern provinces still sell their '),
          del('diamonds'),
          ins('stones'),
          equal(' far below the world market price.'),
        ],
      },
      { op: 'moved', reference: [bId(0)], other: [aId(2)], diff: [equal(A[2])] },
      {
        op: 'merged',
        reference: [bId(3), bId(4)],
        other: [aId(3)],
        diff: [
          equal('The review committee met twice.'),
          del('\n\n'),
          ins(' '),
          equal('It could not agree on a new definition of conflict diamonds.'),
        ],
      },
      { op: 'removed', reference: [bId(5)], other: [], diff: [del(B[5])] },
      { op: 'added', reference: [], other: [aId(4)], diff: [ins(A[4])] },
    ]);
  });

  it('keeps a paragraph a page quotes whole in quotation marks unchanged, the marks shown as inserted', () => {
    const quoted = makeStatement([`“${A[0]}”`, A[1]], { title: 'Sample — quoted', year: 2022 });
    const qId = (i: number): string => bodyBlocks(quoted)[i]?.id as string;
    expect(shape(a, quoted).slice(0, 2)).toEqual([
      { op: 'unchanged', reference: [aId(0)], other: [qId(0)], diff: [ins('“'), equal(A[0]), ins('”')] },
      { op: 'unchanged', reference: [aId(1)], other: [qId(1)], diff: [equal(A[1])] },
    ]);
  });

  it('keeps each paragraph of a quotation running over several paragraphs unchanged (opened each, closed once)', () => {
    const quoted = makeStatement([`“${A[0]}`, `“${A[1]}”`], {
      title: 'Sample — quoted over two',
      year: 2022,
    });
    const qId = (i: number): string => bodyBlocks(quoted)[i]?.id as string;
    expect(shape(a, quoted).slice(0, 2)).toEqual([
      { op: 'unchanged', reference: [aId(0)], other: [qId(0)], diff: [ins('“'), equal(A[0])] },
      { op: 'unchanged', reference: [aId(1)], other: [qId(1)], diff: [ins('“'), equal(A[1]), ins('”')] },
    ]);
  });

  it('gives similarity 1 to same text, 0 to unlinked paragraphs, between for the reworded one, the same both ways', () => {
    for (const [reference, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const byOp = new Map(compare(reference, other).alignment.map((e) => [e.op, e]));
      expect(byOp.get('unchanged')?.similarity).toBe(1);
      expect(byOp.get('moved')?.similarity).toBe(1);
      expect(byOp.get('removed')?.similarity).toBe(0);
      expect(byOp.get('added')?.similarity).toBe(0);
      const changed = byOp.get('changed');
      expect(changed?.similarity).toBeGreaterThan(0.7);
      expect(changed?.similarity).toBeLessThan(1);
      // The terms that justify the link are words of both paragraphs, never the replaced one.
      expect(changed?.terms.length).toBeGreaterThan(0);
      for (const term of changed?.terms ?? []) {
        expect(A[1].toLowerCase()).toContain(term);
        expect(B[2].toLowerCase()).toContain(term);
        expect(['stones', 'diamonds']).not.toContain(term);
      }
    }
    expect(compare(a, b).alignment.find((e) => e.op === 'changed')?.similarity).toBe(
      compare(b, a).alignment.find((e) => e.op === 'changed')?.similarity,
    );
  });
});

describe('a hand-written overview', () => {
  // C (2020) keeps A's first and last paragraphs word for word; D (no year) is about something else.
  const c = makeStatement([A[0], A[4]], { title: 'Sample — C', year: 2020 });
  const d = makeStatement(
    [
      'Road works in the northern district were finished before the rainy season began.',
      'School fees rose again this year, and parents asked the town council for help.',
    ],
    { title: 'Sample — D', year: null },
  );
  const cId = (i: number): string => bodyBlocks(c)[i]?.id as string;
  const o = overview(a, [d, b, c]);

  it('orders the columns by year, unknown last', () => {
    expect(o.statements.map((s) => s.title)).toEqual(['Sample — C', 'Sample — B', 'Sample — D']);
  });

  it('has, for each paragraph of A, the op and blocks of its link in each statement, or none', () => {
    const cells = o.cells.map((row) => row.map((cell) => [cell.op, cell.other]));
    const none = [null, []];
    expect(cells).toEqual([
      //  C (2020)                       B (2021)                          D
      [['unchanged', [cId(0)]], ['unchanged', [bId(1)]], none],
      [none, ['changed', [bId(2)]], none],
      [none, ['moved', [bId(0)]], none],
      [none, ['split', [bId(3), bId(4)]], none],
      [['unchanged', [cId(1)]], none, none],
    ]);
    expect(o.cells[0]?.[0]?.similarity).toBe(1);
    expect(o.cells[2]?.[1]?.similarity).toBe(1);
    expect(o.cells[1]?.[2]?.similarity).toBe(0);
  });

  it('counts each statement and the share of A it keeps, counted by hand', () => {
    const counts = o.summaries.map(({ unchanged, changed, moved, split, merged, added, removed }) => ({
      unchanged,
      changed,
      moved,
      split,
      merged,
      added,
      removed,
    }));
    expect(counts).toEqual([
      { unchanged: 2, changed: 0, moved: 0, split: 0, merged: 0, added: 0, removed: 3 },
      { unchanged: 1, changed: 1, moved: 1, split: 1, merged: 0, added: 1, removed: 1 },
      { unchanged: 0, changed: 0, moved: 0, split: 0, merged: 0, added: 2, removed: 5 },
    ]);
    // C keeps 16 + 13 words; B keeps 16 + (16 − "stones") + 13 + 16; D nothing.
    expect(o.summaries.map((s) => s.retained)).toEqual([29 / A_WORDS, 60 / A_WORDS, 0]);
  });
});
