/** Per-year series and per-statement facts of a theme, as the sparklines, heat map and panel show them. */
import type { Theme, ThemeShift, ThemeTrend, Themes } from '../../shared/themes/model';

/** A theme's strength in one year, over all the statements of that year. */
export interface YearPoint {
  readonly year: number;
  readonly count: number;
  readonly words: number;
  /** Occurrences per 1,000 body words of that year's statements. */
  readonly per1000: number;
}

/** The theme per year (statements without a year left out), oldest first. */
export function yearSeries(all: Themes, theme: Theme): readonly YearPoint[] {
  const byYear = new Map<number, { count: number; words: number }>();
  all.statements.forEach((statement, index) => {
    if (statement.year === null) return;
    const sum = byYear.get(statement.year) ?? { count: 0, words: 0 };
    sum.count += theme.counts[index]?.count ?? 0;
    sum.words += statement.words;
    byYear.set(statement.year, sum);
  });
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, { count, words }]) => ({
      year,
      count,
      words,
      per1000: words > 0 ? (count * 1000) / words : 0,
    }));
}

/** How many times the theme occurs in one statement (0 when the statement is not among the themes'). */
export function countIn(all: Themes, theme: Theme, statementId: string): number {
  const index = all.statements.findIndex((s) => s.id === statementId);
  return index < 0 ? 0 : (theme.counts[index]?.count ?? 0);
}

/** What a compared statement does with a theme, relative to the reference. */
export type ThemeChange = 'gained' | 'lost' | 'kept' | 'neither';

/** Whether `other` gains, loses or keeps the theme relative to the reference (or carries it in neither). */
export function themeChange(all: Themes, theme: Theme, otherId: string): ThemeChange {
  const shift: ThemeShift | undefined = all.relative.find((r) => r.statement === otherId);
  if (!shift) return 'neither';
  if (shift.raises.includes(theme.id)) return 'gained';
  if (shift.loses.includes(theme.id)) return 'lost';
  if (shift.keeps.includes(theme.id)) return 'kept';
  return 'neither';
}

/** The symbol and word of a change, so a badge never relies on colour. */
export const CHANGE_LABELS: Readonly<
  Record<ThemeChange, { readonly symbol: string; readonly word: string }>
> = {
  gained: { symbol: '+', word: 'gained' },
  lost: { symbol: '−', word: 'lost' },
  kept: { symbol: '=', word: 'in both' },
  neither: { symbol: '·', word: 'in neither' },
};

/** The arrow and word of a trend: "↗ rising". */
export const TREND_LABELS: Readonly<Record<ThemeTrend, { readonly arrow: string; readonly word: string }>> = {
  rising: { arrow: '↗', word: 'rising' },
  falling: { arrow: '↘', word: 'falling' },
  steady: { arrow: '→', word: 'steady' },
  new: { arrow: '⤴', word: 'new' },
  gone: { arrow: '⤵', word: 'gone' },
};

/** "2017 0.0, 2018 1.4, 2019 2.9 per 1,000 words": a series in words, for titles and labels. */
export function describeSeries(series: readonly YearPoint[]): string {
  if (series.length === 0) return 'no dated statements';
  return `${series.map((p) => `${p.year} ${p.per1000.toFixed(1)}`).join(', ')} per 1,000 words`;
}
