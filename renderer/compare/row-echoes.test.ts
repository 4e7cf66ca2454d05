import { describe, expect, it } from 'vitest';
import type { Echo } from '../../shared/compare/model';
import { echoesOfRow, placeNearEchoes, quotesOfBlock, type BlockPlaces } from './row-echoes';

// Two reference paragraphs (r1 kept in row e0, r2 dropped in row e1) and two new paragraphs (o2, o3).
const places: BlockPlaces = {
  reference: new Map([
    ['r1', { key: 'e0', number: 1 }],
    ['r2', { key: 'e1', number: 2 }],
  ]),
  other: new Map([
    ['o1', { key: 'e0', number: 1 }],
    ['o2', { key: 'e2', number: 2 }],
    ['o3', { key: 'e3', number: 3 }],
  ]),
  otherName: '2023 Gaborone',
};
const quote: Echo = {
  kind: 'reuse',
  reference: ['r2'],
  other: ['o3'],
  score: 0.4,
  themes: ['Central African Republic'],
  terms: ['monitoring'],
  passages: [
    { reference: { block: 'r2', start: 10, end: 60 }, other: { block: 'o3', start: 5, end: 55 }, words: 9 },
  ],
};
const topic: Echo = {
  kind: 'topic',
  reference: ['r2'],
  other: ['o2'],
  score: 0.7,
  themes: ['Scope / conflict diamond definition'],
  terms: ['definition'],
};

describe('echoesOfRow', () => {
  it('gives the quoting row a link to the quoted paragraph and the quoted row one back', () => {
    const quoting = echoesOfRow([quote], places, 'e3', [], ['o3']);
    expect(quoting).toEqual([
      expect.objectContaining({
        direction: 'echoes',
        number: 2,
        targetKey: 'e1',
        text: '❝ quotes ¶2 — Central African Republic',
      }),
    ]);
    const quoted = echoesOfRow([quote], places, 'e1', ['r2'], []);
    expect(quoted).toEqual([
      expect.objectContaining({
        direction: 'echoed',
        number: 3,
        targetKey: 'e3',
        text: '❝ quoted in ¶3 of 2023 Gaborone',
      }),
    ]);
    expect(echoesOfRow([quote], places, 'e0', ['r1'], ['o1'])).toEqual([]);
  });

  it('says where a dropped paragraph’s topic continues', () => {
    expect(echoesOfRow([topic], places, 'e1', ['r2'], []).map((e) => e.text)).toEqual([
      '◌ topic continues in ¶2 of 2023 Gaborone',
    ]);
  });
});

describe('quotesOfBlock', () => {
  it('marks the passage at its offsets on each side, titled with the other end', () => {
    expect(quotesOfBlock([topic, quote], places, 'other', 'o3')).toEqual([
      { start: 5, end: 55, direction: 'echoes', number: 2, targetKey: 'e1', title: 'quotes reference ¶2' },
    ]);
    expect(quotesOfBlock([topic, quote], places, 'reference', 'r2')).toEqual([
      {
        start: 10,
        end: 60,
        direction: 'echoed',
        number: 3,
        targetKey: 'e3',
        title: 'quoted in ¶3 of 2023 Gaborone',
      },
    ]);
    expect(quotesOfBlock([topic, quote], places, 'reference', 'r1')).toEqual([]);
  });
});

describe('placeNearEchoes', () => {
  const rows = [
    { op: 'unchanged', reference: ['r1'], other: ['o1'] },
    { op: 'removed', reference: ['r2'], other: [] },
    { op: 'removed', reference: ['r3'], other: [] },
    { op: 'added', reference: [], other: ['o2'] },
    { op: 'added', reference: [], other: ['o3'] },
    { op: 'added', reference: [], other: ['o4'] },
  ];
  const echo = (other: string, reference: string): Echo => ({
    ...topic,
    other: [other],
    reference: [reference],
  });

  it('puts each added paragraph after the dropped one its best echo names, in their own order', () => {
    // o3's best echo is r2 (its second, r3, does not count); o4 follows o3 to r2 in the other statement's order.
    const echoes = [echo('o2', 'r3'), echo('o3', 'r2'), echo('o3', 'r3'), echo('o4', 'r2')];
    const placed = placeNearEchoes(rows, echoes, (r) => r);
    expect(placed.map((r) => r.other[0] ?? r.reference[0])).toEqual(['o1', 'r2', 'o3', 'o4', 'r3', 'o2']);
  });

  it('keeps the order when no added paragraph echoes a dropped one', () => {
    expect(placeNearEchoes(rows, [echo('o4', 'r1')], (r) => r)).toBe(rows);
  });
});
