import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { themes } from '../../shared/themes/themes';
import { countIn, describeSeries, themeChange, yearSeries } from './theme-series';

const lexicon = [
  { id: 'reform', label: 'Reform', terms: ['reform'] },
  { id: 'fund', label: 'Fund', terms: ['multi-donor fund'] },
];

describe('theme series', () => {
  const reference = makeStatement(
    ['Reform has stalled once more this year.', 'Reform needs courage and reform needs time.'],
    { title: 'Reference', year: 2019 },
  );
  const a = makeStatement(['A multi-donor fund is overdue.', 'The weather was fine.'], {
    title: 'A',
    year: 2021,
  });
  const b = makeStatement(['Reform, at last, and a multi-donor fund.'], { title: 'B', year: 2021 });
  const all = themes([reference, a, b], { reference, lexicon, maxDiscovered: 0 });
  const reform = all.themes.find((t) => t.id === 'lexicon:reform')!;
  const fund = all.themes.find((t) => t.id === 'lexicon:fund')!;

  it('sums the statements of a year: counts over words', () => {
    const series = yearSeries(all, reform);
    expect(series.map((p) => [p.year, p.count])).toEqual([
      [2019, 3],
      [2021, 1],
    ]);
    const words2021 = all.statements.filter((s) => s.year === 2021).reduce((n, s) => n + s.words, 0);
    expect(series[1]!.per1000).toBeCloseTo(1000 / words2021);
    expect(describeSeries(series)).toMatch(/^2019 \d+\.\d, 2021 \d+\.\d per 1,000 words$/);
  });

  it('counts per statement and tells what a statement gains or loses against the reference', () => {
    expect(countIn(all, reform, reference.id)).toBe(3);
    expect(countIn(all, reform, 'not there')).toBe(0);
    expect(themeChange(all, reform, a.id)).toBe('lost');
    expect(themeChange(all, reform, b.id)).toBe('kept');
    expect(themeChange(all, fund, a.id)).toBe('gained');
    expect(themeChange(all, fund, reference.id)).toBe('neither');
  });
});
