import { describe, expect, it } from 'vitest';
import { themeTrend, type YearCount } from './trend';

const years = (...counts: number[]): YearCount[] =>
  counts.map((count, i) => ({ year: 2010 + i, count, words: 1000 }));

describe('themeTrend', () => {
  it('is new when absent in the earlier half of the years and present in the latest', () => {
    expect(themeTrend(years(0, 0, 2, 3))).toBe('new');
    expect(themeTrend(years(0, 0, 0, 1))).toBe('new');
    expect(themeTrend(years(0, 3))).toBe('new');
    // Met again after it, it is no new theme: absent from the first year only, a year that did not name it.
    expect(themeTrend(years(0, 2, 2, 2))).toBe('rising');
    expect(themeTrend(years(0, 5, 0, 1))).toBe('falling');
  });

  it('is gone when absent in every year since the earlier half', () => {
    expect(themeTrend(years(3, 2, 0, 0))).toBe('gone');
    expect(themeTrend(years(3, 0))).toBe('gone');
    // One silent year at the end, after years that kept it, is a fall at most.
    expect(themeTrend(years(3, 2, 1, 0))).toBe('falling');
    expect(themeTrend(years(2, 2, 2, 2, 0))).toBe('falling');
  });

  it('does not call a theme gone or new because a short year (a press release alone) says nothing of it', () => {
    const full = (year: number, count: number): YearCount => ({ year, count, words: 1500 });
    const shortYear = (year: number, count: number): YearCount => ({ year, count, words: 300 });
    expect(themeTrend([full(2050, 3), full(2051, 3), full(2052, 3), shortYear(2053, 0)])).toBe('steady');
    expect(themeTrend([shortYear(2049, 0), full(2050, 3), full(2051, 3), full(2052, 3)])).toBe('steady');
    // A year of full length that drops the theme still makes it gone, and two years alone are both kept.
    expect(themeTrend([full(2050, 3), full(2051, 3), full(2052, 0), shortYear(2053, 0)])).toBe('gone');
    expect(themeTrend([full(2050, 3), shortYear(2053, 0)])).toBe('gone');
  });

  it('follows the least-squares slope of the rate otherwise', () => {
    expect(themeTrend(years(1, 2, 3, 4))).toBe('rising');
    expect(themeTrend(years(4, 3, 2, 1))).toBe('falling');
    expect(themeTrend(years(3, 3, 4, 3))).toBe('steady');
    // A change under a quarter of the mean rate over the span is steady.
    expect(themeTrend(years(10, 10, 11, 11))).toBe('steady');
  });

  it('reads rates, not raw counts', () => {
    const counts: YearCount[] = [
      { year: 2010, count: 2, words: 1000 },
      { year: 2011, count: 4, words: 4000 },
      { year: 2012, count: 8, words: 16000 },
    ];
    expect(themeTrend(counts)).toBe('falling');
  });

  it('adds up statements of the same year and measures against real years', () => {
    const counts: YearCount[] = [
      { year: 2012, count: 1, words: 1000 },
      { year: 2003, count: 4, words: 1000 },
      { year: 2003, count: 0, words: 1000 },
      { year: 2020, count: 1, words: 1000 },
    ];
    // 2003: 2 per 1000, 2012: 1, 2020: 1.
    expect(themeTrend(counts)).toBe('falling');
  });

  it('is steady with fewer than two years or no occurrence at all', () => {
    expect(themeTrend([])).toBe('steady');
    expect(themeTrend(years(5))).toBe('steady');
    expect(themeTrend(years(0, 0, 0))).toBe('steady');
    expect(
      themeTrend([
        { year: 2019, count: 3, words: 0 },
        { year: 2020, count: 0, words: 0 },
      ]),
    ).toBe('gone');
  });
});
