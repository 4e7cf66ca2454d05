/** How a theme moves across the years: rising, falling, steady, new or gone (defined on `ThemeTrend`). */
import type { ThemeTrend } from './model';

/** A theme's occurrences and the body words of one year's statements. */
export interface YearCount {
  readonly year: number;
  readonly count: number;
  readonly words: number;
}

// A change over the whole span smaller than a quarter of the mean rate is steady.
const threshold = 0.25;
// A year with fewer body words than this share of the median year's says too little to tell a trend by.
const SHORT_YEAR_SHARE = 0.5;

/** The years with enough words to tell a trend by (all of them when fewer than two would be left). */
function telling<T extends { readonly words: number }>(years: readonly T[]): readonly T[] {
  const sorted = years.map((y) => y.words).sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? (sorted[sorted.length >> 1] as number)
      : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
  const full = years.filter((y) => y.words >= SHORT_YEAR_SHARE * median);
  return full.length >= 2 ? full : years;
}

/** The trend of a theme from its counts per year (years with several statements are added up first). */
export function themeTrend(counts: readonly YearCount[]): ThemeTrend {
  const byYear = new Map<number, { count: number; words: number }>();
  for (const { year, count, words } of counts) {
    const sum = byYear.get(year) ?? { count: 0, words: 0 };
    byYear.set(year, { count: sum.count + count, words: sum.words + words });
  }
  const years = telling(
    [...byYear]
      .sort((a, b) => a[0] - b[0])
      .map(([year, { count, words }]) => ({
        year,
        count,
        words,
        rate: words > 0 ? (count * 1000) / words : 0,
      })),
  );
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last || years.length < 2) return 'steady';
  // New: first met in the later half of the years and still there; gone: last met in the earlier half. A single
  // year's silence at either end (a statement written anew that does not name a topic it keeps) is no such thing.
  const seen = years.flatMap((y, i) => (y.count > 0 ? [i] : []));
  const firstSeen = seen[0];
  const lastSeen = seen[seen.length - 1];
  if (firstSeen === undefined || lastSeen === undefined) return 'steady';
  if (firstSeen >= years.length / 2 && last.count > 0) return 'new';
  if (lastSeen < years.length / 2) return 'gone';
  const mean = years.reduce((sum, y) => sum + y.rate, 0) / years.length;
  if (mean === 0) return 'steady';
  const meanYear = years.reduce((sum, y) => sum + y.year, 0) / years.length;
  let covariance = 0;
  let variance = 0;
  for (const y of years) {
    covariance += (y.year - meanYear) * (y.rate - mean);
    variance += (y.year - meanYear) ** 2;
  }
  const change = ((covariance / variance) * (last.year - first.year)) / mean;
  return change > threshold ? 'rising' : change < -threshold ? 'falling' : 'steady';
}
