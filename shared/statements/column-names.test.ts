import { describe, expect, it } from 'vitest';
import type { Statement, StatementMetadata } from './model';
import { makeStatement } from '../../testing/generators/make-statement';
import { columnNames } from './column-names';

function statement(title: string, metadata: Partial<StatementMetadata>): Statement {
  const made = makeStatement(['Body text.'], { title });
  return { ...made, metadata: { ...made.metadata, ...metadata } };
}

describe('columnNames', () => {
  it('names a column by year and city alone when no other column shares them', () => {
    const names = columnNames([
      statement('Closing, Moscow', { year: 2021, city: 'Moscow', kind: 'closing', meeting: 'plenary' }),
      statement('Closing, Gaborone', { year: 2022, city: 'Gaborone', kind: 'closing', meeting: 'plenary' }),
    ]);
    expect(names.map((n) => n.full)).toEqual(['2021 Moscow', '2022 Gaborone']);
    expect(names.every((n) => n.kind === null && n.title === null)).toBe(true);
  });

  it('adds the meeting and kind where year and city repeat, and the title where those repeat too', () => {
    const names = columnNames([
      statement('Opening remarks of the Coalition', {
        year: 2022,
        city: 'Gaborone',
        kind: 'opening',
        meeting: 'plenary',
      }),
      statement('Closing speech of the Coalition', {
        year: 2022,
        city: 'Gaborone',
        kind: 'closing',
        meeting: 'plenary',
      }),
      statement('Press release on the closing', {
        year: 2022,
        city: 'Gaborone',
        kind: 'press',
        meeting: 'plenary',
      }),
      statement('Statement after the walk-out', {
        year: 2023,
        city: 'Victoria Falls',
        kind: 'statement',
        meeting: null,
      }),
      statement('Statement on the Chair’s summary of the meeting', {
        year: 2023,
        city: 'Victoria Falls',
        kind: 'statement',
        meeting: null,
      }),
      statement('A statement of unknown kind', { year: 2024, city: 'Dubai', kind: null, meeting: null }),
      statement('Another of unknown kind', { year: 2024, city: 'Dubai', kind: null, meeting: null }),
    ]);
    expect(names.map((n) => n.full)).toEqual([
      '2022 Gaborone, plenary opening',
      '2022 Gaborone, plenary closing',
      '2022 Gaborone, plenary press',
      '2023 Victoria Falls, statement, Statement after the walk-out',
      '2023 Victoria Falls, statement, Statement on the Chair’s summary of…',
      '2024 Dubai, A statement of unknown kind',
      '2024 Dubai, Another of unknown kind',
    ]);
  });
});
