import { describe, expect, it } from 'vitest';
import { compare } from '../compare/compare';
import { makeStatement } from '../../testing/generators/make-statement';
import { COMPARE_CSV_COLUMNS, compareCsv } from './compare-csv';
import { readCsv } from '../../testing/generators/read-csv';

const reference = makeStatement(
  [
    'The peer review system must be strengthened so that every participant is visited within three years.',
    'We thank the host for the warm welcome and the excellent organisation of this plenary.',
    '=HYPERLINK("http://example.org") is how a "formula" looks, in a paragraph.',
  ],
  { title: 'Reference', year: 2019 },
);
const other = makeStatement(
  [
    'We thank the host for the warm welcome and the excellent organisation of this plenary.',
    'The peer review system must be strengthened so that each participant is visited within two years.',
    'A new paragraph about traceability of rough diamonds from artisanal mines.',
  ],
  { title: 'Other', year: 2021 },
);

describe('compareCsv', () => {
  const comparison = compare(reference, other);
  const rows = readCsv(compareCsv(comparison));

  it('has a header and one row per alignment entry, in display order', () => {
    expect(rows[0]).toEqual([...COMPARE_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + comparison.alignment.length);
    expect(rows.slice(1).map((r) => r[1])).toEqual(comparison.alignment.map((e) => e.op));
    expect(rows.slice(1).every((r) => r.length === COMPARE_CSV_COLUMNS.length)).toBe(true);
  });

  it('gives paragraph positions, similarity, words of the change and the texts as written', () => {
    const byOp = (op: string) => rows.find((r) => r[1] === op) ?? [];
    const added = byOp('added');
    expect(added.slice(2, 6)).toEqual(['added', '', '3', '']);
    expect(added[8]).toBe('A new paragraph about traceability of rough diamonds from artisanal mines.');
    const removed = byOp('removed');
    expect(removed[3]).toBe('3');
    // A cell that would start a spreadsheet formula is made plain text.
    expect(removed[7]).toBe(`'=HYPERLINK("http://example.org") is how a "formula" looks, in a paragraph.`);
    const changed = rows.find((r) => r[7]?.startsWith('The peer review')) ?? [];
    expect(changed[3]).toBe('1');
    expect(changed[4]).toBe('2');
    expect(Number(changed[5])).toBeGreaterThan(0.5);
    expect(Number(changed[5])).toBeLessThan(1);
  });
});
