import { describe, expect, it } from 'vitest';
import type { StatementMetadata } from '../../shared/statements/model';
import { makeStatement } from '../../testing/generators/make-statement';
import { previousOfKind } from './previous-statement';

function statement(title: string, metadata: Partial<StatementMetadata>) {
  const made = makeStatement([`${title} body.`], { title });
  return { ...made, metadata: { ...made.metadata, ...metadata } };
}

const closing2018 = statement('Closing 2018', { year: 2018, kind: 'closing' });
const closing2019 = statement('Closing 2019', { year: 2019, kind: 'closing', meeting: 'plenary' });
const intersessional2021 = statement('Closing 2021 intersessional', {
  year: 2021,
  kind: 'closing',
  meeting: 'intersessional',
  date: '2021-06-20',
});
const plenary2021 = statement('Closing 2021 plenary', {
  year: 2021,
  kind: 'closing',
  meeting: 'plenary',
  date: '2021-11-12',
});
const opening2020 = statement('Opening 2020', { year: 2020, kind: 'opening' });
const opening2022 = statement('Opening 2022', { year: 2022, kind: 'opening' });
const closing2022 = statement('Closing 2022', { year: 2022, kind: 'closing' });
const library = [
  closing2022,
  opening2022,
  plenary2021,
  closing2018,
  opening2020,
  intersessional2021,
  closing2019,
];

describe('previousOfKind', () => {
  it('picks the same kind from the latest earlier year, at any meeting', () => {
    expect(previousOfKind(closing2022, library)).toEqual({ kind: 'found', statement: plenary2021 });
    expect(previousOfKind(opening2022, library)).toEqual({ kind: 'found', statement: opening2020 });
    expect(previousOfKind(closing2019, library)).toEqual({ kind: 'found', statement: closing2018 });
    // 2021 has two closings; the one given later that year is the previous one, whatever the order of the list.
    expect(previousOfKind(closing2022, [...library].reverse())).toEqual({
      kind: 'found',
      statement: plenary2021,
    });
    const intersessionalOnly = library.filter((s) => s !== plenary2021);
    expect(previousOfKind(closing2022, intersessionalOnly)).toEqual({
      kind: 'found',
      statement: intersessional2021,
    });
  });

  it('never picks the same year, a later year, another kind or the statement itself', () => {
    expect(previousOfKind(plenary2021, library)).toEqual({ kind: 'found', statement: closing2019 });
    expect(previousOfKind(closing2018, library)).toEqual({
      kind: 'none',
      reason: 'No earlier closing statement is in the library.',
    });
    expect(previousOfKind(opening2020, [opening2020, closing2019])).toMatchObject({ kind: 'none' });
  });

  it('says what to set when the kind or the year is unknown', () => {
    expect(previousOfKind(statement('No kind', { year: 2022 }), library)).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('kind of this statement is unknown'),
    });
    expect(previousOfKind(statement('No year', { kind: 'closing' }), library)).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('year of this statement is unknown'),
    });
  });

  it('skips candidates whose year is unknown', () => {
    const undated = statement('Undated closing', { kind: 'closing' });
    expect(previousOfKind(closing2019, [undated, closing2019])).toMatchObject({ kind: 'none' });
  });
});
