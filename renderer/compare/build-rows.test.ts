import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/compare/compare';
import { makeStatement } from '../../testing/generators/make-statement';
import { buildRows, changedRows, rowLabel, type CompareRow } from './build-rows';

const P = [
  'The plenary opened with thanks to the host government for its warm welcome and generous hospitality.',
  'Reform of the certification scheme has stalled again after three years of negotiations on scope.',
  'Communities affected by diamond mining still suffer abuses by public and private security forces.',
  'A permanent secretariat and a multi-donor fund would give civil society a real seat at the table.',
  'Monitoring of exports from the Central African Republic improved with the revised operational framework.',
  'We will keep watching this process and defend the interests of artisanal miners everywhere.',
];
const ADDED = 'Traceability of rough diamonds from artisanal sites must become a condition of membership.';

function rowsOf(reference: readonly string[], other: readonly string[]): readonly CompareRow[] {
  return buildRows(compare(makeStatement(reference), makeStatement(other)));
}

function entries(rows: readonly CompareRow[]) {
  return rows.flatMap((row) => (row.kind === 'entry' ? [row] : []));
}

describe('buildRows', () => {
  it('numbers paragraphs on each side and marks only the changed words', () => {
    const other = [...P];
    other[1] = P[1]!.replace('three years', 'five long years');
    const rows = rowsOf(P, other);
    const changed = entries(rows).find((row) => row.entry.op === 'changed');
    expect(changed?.reference.numbers).toEqual([2]);
    expect(changed?.other.numbers).toEqual([2]);
    const deleted = changed?.reference.paragraphs[0]?.runs
      .filter((run) => run.mark === 'del')
      .map((run) => run.text);
    const inserted = changed?.other.paragraphs[0]?.runs
      .filter((run) => run.mark === 'ins')
      .map((run) => run.text);
    expect(deleted?.join(' ')).toContain('three');
    expect(inserted?.join(' ')).toContain('five long');
    // Each side's runs spell that side's text exactly.
    expect(changed?.reference.paragraphs[0]?.runs.map((run) => run.text).join('')).toBe(P[1]);
    expect(changed?.other.paragraphs[0]?.runs.map((run) => run.text).join('')).toBe(other[1]);
  });

  it('puts a marker where a moved paragraph stood, linked both ways', () => {
    const other = [P[0]!, P[2]!, P[3]!, P[4]!, P[1]!, P[5]!];
    const rows = rowsOf(P, other);
    const moved = entries(rows).find((row) => row.entry.op === 'moved');
    expect(moved).toBeDefined();
    const origin = rows.find((row) => row.kind === 'moved-origin');
    expect(origin?.kind === 'moved-origin' && origin.movedKey).toBe(moved?.key);
    expect(moved?.originKey).toBe(origin?.key);
    // The marker sits after the row holding the reference paragraph before it and before the one after it.
    const originIndex = rows.indexOf(origin!);
    const before = rows[originIndex - 1];
    const after = rows[originIndex + 1];
    const movedNumber = moved!.reference.numbers[0]!;
    expect(before?.kind === 'entry' && before.reference.numbers.every((n) => n < movedNumber)).toBe(true);
    expect(after?.kind === 'entry' && after.reference.numbers.every((n) => n > movedNumber)).toBe(true);
    expect(rowLabel(moved!)).toMatch(new RegExp(`moved from ¶${movedNumber}$`));
  });

  it('keeps added and removed paragraphs unmarked and "Changes only" drops kept rows', () => {
    const other = [P[0]!, P[1]!, P[3]!, P[4]!, ADDED, P[5]!];
    const rows = rowsOf(P, other);
    const added = entries(rows).find((row) => row.entry.op === 'added');
    const removed = entries(rows).find((row) => row.entry.op === 'removed');
    expect(added?.other.paragraphs[0]?.runs).toEqual([{ mark: 'none', text: ADDED }]);
    expect(added?.reference.paragraphs).toEqual([]);
    expect(removed?.reference.paragraphs[0]?.runs).toEqual([{ mark: 'none', text: P[2] }]);
    expect(rowLabel(added!)).toBe(`Paragraph ${added!.ordinal}: added`);
    const changes = changedRows(rows);
    expect(changes.every((row) => row.kind === 'moved-origin' || row.entry.op !== 'unchanged')).toBe(true);
    expect(
      entries(changes)
        .map((row) => row.entry.op)
        .sort(),
    ).toEqual(['added', 'removed']);
  });

  it('shows each paragraph of a split group with its own number', () => {
    const half = P[1]!.indexOf(' after ');
    const first = `${P[1]!.slice(0, half)}.`;
    const second = `Talks went on ${P[1]!.slice(half + 1)}`;
    const rows = rowsOf(P, [P[0]!, first, second, P[2]!, P[3]!, P[4]!, P[5]!]);
    const split = entries(rows).find((row) => row.entry.op === 'split');
    expect(split?.other.numbers).toEqual([2, 3]);
    expect(split?.other.paragraphs.map((p) => p.runs.map((run) => run.text).join(''))).toEqual([
      first,
      second,
    ]);
  });
});
