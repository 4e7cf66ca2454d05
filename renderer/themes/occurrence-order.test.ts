import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/compare/compare';
import { makeStatement } from '../../testing/generators/make-statement';
import { themes } from '../../shared/themes/themes';
import { buildRows, rowOfBlock } from '../compare/build-rows';
import { marksFor, placeOccurrences } from './occurrence-order';

const P = [
  'The plenary opened with thanks to the host government for its warm welcome and generous hospitality.',
  'Reform of the certification scheme has stalled again after three years of reform negotiations.',
  'Communities affected by diamond mining still suffer abuses by public and private security forces.',
];

const rank = (side: 'reference' | 'other') => (side === 'reference' ? 0 : 1);

describe('placeOccurrences', () => {
  const reference = makeStatement(P, { year: 2019 });
  // The reform paragraph moves to the end and a new one mentions reform first.
  const other = makeStatement(['Reform is what we came for.', P[0]!, P[2]!, P[1]!], { year: 2021 });
  const rows = buildRows(compare(reference, other));
  const all = themes([reference, other], {
    reference,
    lexicon: [{ id: 'reform', label: 'Reform', terms: ['reform'] }],
    maxDiscovered: 0,
  });
  const reform = all.themes[0]!;

  it('orders the occurrences as the rows show them, reference column first, then by offset', () => {
    const placed = placeOccurrences(reform.occurrences, rows, reference.id, other.id);
    expect(placed).toHaveLength(reform.total);
    const rowIndex = (key: string) => rows.findIndex((r) => r.key === key);
    for (let i = 1; i < placed.length; i++) {
      const [a, b] = [placed[i - 1]!, placed[i]!];
      const order = rowIndex(a.rowKey) - rowIndex(b.rowKey);
      expect(
        order < 0 ||
          (order === 0 && (rank(a.side) < rank(b.side) || (a.side === b.side && a.start < b.start))),
      ).toBe(true);
    }
    for (const o of placed) expect(rowOfBlock(rows, o.side, o.block)).toBe(o.rowKey);
    expect(new Set(placed.map((o) => o.side))).toEqual(new Set(['reference', 'other']));
  });

  it('leaves out other statements and turns the places into marks per side and block', () => {
    const stranger = { ...reform.occurrences[0]!, statement: 'someone else' };
    const placed = placeOccurrences([...reform.occurrences, stranger], rows, reference.id, other.id);
    expect(placed).toHaveLength(reform.total);
    const marks = marksFor(placed, 1, 'Reform');
    const flat = [...marks.reference.values(), ...marks.other.values()].flat();
    expect(flat.map((m) => m.index).sort((x, y) => x - y)).toEqual(placed.map((_, i) => i));
    expect(marks.current).toBe(1);
    const first = placed[0]!;
    expect(marks[first.side].get(first.block)?.[0]).toEqual({ start: first.start, end: first.end, index: 0 });
  });
});
