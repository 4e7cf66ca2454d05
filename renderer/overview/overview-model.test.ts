import { describe, expect, it } from 'vitest';
import { overview } from '../../shared/compare/overview';
import { makeStatement } from '../../testing/generators/make-statement';
import {
  cellLabel,
  cellShade,
  cellSymbol,
  linkedParagraphs,
  overviewColumns,
  overviewRows,
} from './overview-model';
import { firstWords, shortName } from '../../shared/statements/column-names';

const P = [
  'The plenary opened with thanks to the host government for its warm welcome and generous hospitality.',
  'Reform of the certification scheme has stalled again after three years of negotiations on scope.',
  'Communities affected by diamond mining still suffer abuses by public and private security forces.',
  'A permanent secretariat and a multi-donor fund would give civil society a real seat at the table.',
];
const ADDED = 'Traceability of rough diamonds from artisanal sites must become a condition of membership.';

function withCity<T extends ReturnType<typeof makeStatement>>(s: T, city: string | null): T {
  return { ...s, metadata: { ...s.metadata, city } };
}

describe('the overview model', () => {
  const reference = makeStatement(P, { title: 'Reference', year: 2019 });
  const later = withCity(
    makeStatement([P[0]!, ADDED, P[1]!.replace('three years', 'five long years'), P[3]!], {
      title: 'Closing statement of the coalition',
      year: 2021,
    }),
    'Moscow',
  );
  const earlier = withCity(
    makeStatement([P[3]!, P[2]!], { title: 'Opening remarks in 2017', year: 2017 }),
    null,
  );
  const result = overview(reference, [later, earlier]);
  const columns = overviewColumns(result);
  const rows = overviewRows(result);

  it('names columns by year and city (or the start of the title), in year order', () => {
    expect(columns.map((c) => c.name)).toEqual(['2017 Opening remarks in…', '2021 Moscow']);
    expect(shortName({ ...earlier, metadata: { ...earlier.metadata, year: null } })).toBe(
      'year unknown Opening remarks in…',
    );
  });

  it('labels each cell with the paragraph, the statement, the op word and the similarity', () => {
    const reworded = result.cells[1]![1]!;
    expect(reworded.op).toBe('changed');
    expect(cellLabel(rows[1]!, columns[1]!, reworded)).toMatch(/^¶2 in 2021 Moscow: reworded, \d+% similar$/);
    expect(cellSymbol(reworded)).toBe('~');
    expect(cellShade(reworded)).toBeCloseTo(reworded.similarity);
    const dropped = result.cells[2]![1]!;
    expect(dropped.op).toBeNull();
    expect(cellLabel(rows[2]!, columns[1]!, dropped)).toBe('¶3 in 2021 Moscow: dropped');
    expect(cellSymbol(dropped)).toBe('−');
    expect(cellShade(dropped)).toBe(0);
    const echoed = { ...dropped, echo: 'topic' as const, echoedBy: ['b1'] };
    expect(cellLabel(rows[2]!, columns[1]!, echoed)).toBe('¶3 in 2021 Moscow: dropped, topic echoed');
    expect(cellSymbol(echoed)).toBe('◌');
    expect(cellSymbol({ ...echoed, echo: 'reuse' as const })).toBe('❝');
    expect(cellShade(echoed)).toBe(0);
  });

  it('finds the linked paragraphs with their numbers in the other statement', () => {
    const kept = result.cells[3]![1]!;
    // Columns in year order: `earlier` (2017), then `later` (2021).
    expect(linkedParagraphs(later, kept)).toEqual([{ number: 4, text: P[3] }]);
    expect(linkedParagraphs(earlier, result.cells[3]![0]!)).toEqual([{ number: 1, text: P[3] }]);
    expect(linkedParagraphs(later, result.cells[2]![1]!)).toEqual([]);
  });

  it('starts each row with its number and first words', () => {
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.start).toBe('The plenary opened with thanks to the host government…');
    expect(firstWords('  two   words ', 5)).toBe('two words');
  });
});
