import { describe, expect, it } from 'vitest';
import type { Statement } from '../../shared/statements/model';
import { makeStatement } from '../../testing/generators/make-statement';
import { chunkGroups, groupByYear, matchesFilter } from './group-statements';
import { accessibleName, editLabel, kindBadges, unknownFacts } from './statement-labels';

function statement(
  title: string,
  year: number | null,
  extra: Partial<Statement['metadata']> = {},
  sample = false,
) {
  const made = makeStatement([`${title} body text.`], { title, year });
  return { ...made, sample, metadata: { ...made.metadata, ...extra } };
}

describe('groupByYear', () => {
  it('orders years newest first with unknown years last, and dates within a year newest first', () => {
    const groups = groupByYear([
      statement('A', 2018),
      statement('B', null),
      statement('C', 2021, { date: '2021-06-01' }),
      statement('D', 2021, { date: '2021-11-05' }),
    ]);
    expect(groups.map((g) => g.year)).toEqual([2021, 2018, null]);
    expect(groups[0]?.statements.map((s) => s.title)).toEqual(['D', 'C']);
  });
});

describe('chunkGroups', () => {
  it('cuts each year into runs of at most the size, the heading on the first run of a year only', () => {
    const many = Array.from({ length: 5 }, (_, n) => statement(`S${n}`, 2020));
    const chunks = chunkGroups(groupByYear([...many, statement('Old', 2001)]), 2);
    expect(chunks.map((c) => [c.year, c.first, c.statements.map((s) => s.title)])).toEqual([
      [2020, true, ['S0', 'S1']],
      [2020, false, ['S2', 'S3']],
      [2020, false, ['S4']],
      [2001, true, ['Old']],
    ]);
    expect(new Set(chunks.map((c) => c.key)).size).toBe(4);
  });
});

describe('matchesFilter', () => {
  const moscow = statement('Closing speech', 2021, { city: 'Moscow', country: 'Russia' });
  it('matches title, city, country and year, ignoring case and accents', () => {
    expect(matchesFilter(moscow, 'moscow 2021')).toBe(true);
    expect(matchesFilter(moscow, 'RUSSIA')).toBe(true);
    expect(matchesFilter(moscow, 'closing')).toBe(true);
    expect(matchesFilter(statement('Réunion à Genève', 2020), 'reunion geneve')).toBe(true);
    expect(matchesFilter(moscow, 'gaborone')).toBe(false);
    expect(matchesFilter(moscow, '   ')).toBe(true);
  });

  it('reads an edited statement afresh (the folded text is kept per listed object)', () => {
    expect(matchesFilter(moscow, 'moscow')).toBe(true);
    const moved = { ...moscow, metadata: { ...moscow.metadata, city: 'Gaborone' } };
    expect(matchesFilter(moved, 'gaborone')).toBe(true);
    expect(matchesFilter(moved, 'moscow')).toBe(false);
  });
});

describe('statement labels', () => {
  it('names kind, meeting and "Sample" in the accessible name', () => {
    const s = statement('Intersessional opening', 2022, { kind: 'opening', meeting: 'intersessional' }, true);
    expect(kindBadges(s).map((b) => b.label)).toEqual(['opening', 'intersessional']);
    expect(accessibleName(s, false)).toBe('Intersessional opening (2022), opening, intersessional, Sample');
    expect(accessibleName(statement('2019 closing', 2019), true)).toBe('2019 closing, Reference');
  });

  it('says which of kind and year is unknown, and the edit offers to set them', () => {
    const both = statement('Notes', null, { kind: null });
    expect(unknownFacts(both)).toEqual(['kind', 'year']);
    expect(editLabel(both)).toBe('Set kind and year');
    expect(editLabel(statement('Notes', 2020, { kind: null }))).toBe('Set kind');
    expect(editLabel(statement('Notes', null, { kind: 'closing' }))).toBe('Set year');
    expect(editLabel(statement('Closing', 2020, { kind: 'closing' }))).toBe('Edit');
  });
});
