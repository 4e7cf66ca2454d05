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
  'We will keep watching this process closely and defend the interests of artisanal miners and their families everywhere.',
];
const ADDED =
  'Traceability of rough diamonds from artisanal sites must become a condition of membership, so that artisanal miners are paid fairly everywhere.';

function rowsOf(reference: readonly string[], other: readonly string[]): readonly CompareRow[] {
  return buildRows(compare(makeStatement(reference), makeStatement(other)));
}

// The echo cases: the reference speaks of scope and of CAR monitoring; the other statement drops both paragraphs,
// says something new on the scope at its end, and quotes the CAR sentence inside a new paragraph.
const R = [
  P[0]!,
  'Reform of the certification scheme has stalled again after three years of negotiations on scope and the conflict diamond definition.',
  P[2]!,
  P[3]!,
  'Monitoring of legal exports from the Central African Republic improved with the revised operational framework this year.',
  P[5]!,
];
const SCOPE_NEW =
  'Governments again refused to widen the conflict diamond definition, so rough stones sold to fund abusive regimes still count as clean.';
const CAR_QUOTE =
  'Field partners in Bangui told us that monitoring of legal exports from the Central African Republic improved with the revised operational framework, yet traders in the west still sell through neighbouring markets and nobody checks the sites.';

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
    // The new paragraph on artisanal miners echoes the kept last paragraph.
    expect(rowLabel(added!)).toBe(`Paragraph ${added!.ordinal}: added, echoes ¶6`);
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

  it('places an added paragraph next to the dropped reference paragraph it echoes, and links both ways', () => {
    const comparison = compare(
      makeStatement(R, { year: 2019, title: 'Closing statement' }),
      makeStatement([R[0]!, R[2]!, R[3]!, R[5]!, SCOPE_NEW], { year: 2021, title: 'Opening statement' }),
    );
    // Without the echoes the alignment puts the new paragraph last, after everything the statement keeps.
    expect(comparison.alignment.at(-1)?.op).toBe('added');
    const topic = comparison.echoes.find((echo) => echo.kind === 'topic');
    expect(topic?.themes).toContain('Scope / conflict diamond definition');

    const rows = buildRows(comparison);
    const list = entries(rows);
    const dropped = list.find((row) => row.entry.op === 'removed' && row.reference.numbers[0] === 2)!;
    const added = list.find((row) => row.entry.op === 'added')!;
    expect(rows.indexOf(added)).toBe(rows.indexOf(dropped) + 1);
    // Ordinals follow the rows as shown.
    expect(list.map((row) => row.ordinal)).toEqual(list.map((_, i) => i + 1));

    const [echoes] = added.echoes;
    expect(echoes).toMatchObject({ kind: 'topic', direction: 'echoes', number: 2, targetKey: dropped.key });
    expect(echoes?.text).toBe('◌ echoes ¶2 — Scope / conflict diamond definition');
    expect(rowLabel(added)).toBe(`Paragraph ${added.ordinal}: added, echoes ¶2`);
    const echoed = dropped.echoes.find((echo) => echo.direction === 'echoed');
    expect(echoed).toMatchObject({ kind: 'topic', number: 5, targetKey: added.key });
    expect(echoed?.text).toBe('◌ topic continues in ¶5 of 2021 Opening statement');
  });

  it('leaves an added paragraph in place when what it echoes is kept', () => {
    const rows = rowsOf(P, [P[0]!, P[1]!, P[2]!, P[3]!, P[4]!, P[5]!, ADDED]);
    const list = entries(rows);
    const added = list.at(-1)!;
    expect(added.entry.op).toBe('added');
    // It echoes the kept paragraph on artisanal miners, which stays where it is.
    expect(added.echoes.map((echo) => echo.number)).toEqual([6]);
    for (const echo of added.echoes) {
      const target = list.find((row) => row.key === echo.targetKey);
      expect(target?.entry.op).not.toBe('removed');
    }
  });

  it('marks a quoted passage in both columns with the paragraph at the other end', () => {
    const comparison = compare(
      makeStatement(R, { year: 2019, title: 'Closing statement' }),
      makeStatement([R[0]!, R[1]!, R[2]!, R[3]!, CAR_QUOTE, R[5]!], {
        year: 2021,
        title: 'Opening statement',
      }),
    );
    const reuse = comparison.echoes.find((echo) => echo.kind === 'reuse');
    expect(reuse).toBeDefined();
    const rows = buildRows(comparison);
    const list = entries(rows);
    const quoting = list.find((row) => row.other.quotes.some((quotes) => quotes.length > 0))!;
    const quoted = list.find((row) => row.reference.quotes.some((quotes) => quotes.length > 0))!;
    const [otherMark] = quoting.other.quotes.flat();
    const [referenceMark] = quoted.reference.quotes.flat();
    const otherText = quoting.other.paragraphs[0]!.block.text;
    const referenceText = quoted.reference.paragraphs[0]!.block.text;
    expect(otherText.slice(otherMark!.start, otherMark!.end)).toContain('Central African Republic');
    expect(referenceText.slice(referenceMark!.start, referenceMark!.end)).toContain(
      'Central African Republic',
    );
    expect(otherMark).toMatchObject({ direction: 'echoes', number: 5, title: 'quotes reference ¶5' });
    expect(referenceMark).toMatchObject({ direction: 'echoed', number: 5 });
    expect(referenceMark?.title).toBe('quoted in ¶5 of 2021 Opening statement');
    // Aligned with each other (reworded), the two need no link: the row shows both, with the passage marked.
    expect(quoting.key).toBe(quoted.key);
    expect(quoting.echoes).toEqual([]);
  });
});
