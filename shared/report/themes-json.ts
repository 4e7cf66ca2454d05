/** The themes report as JSON: statements, then themes with counts per statement id and their occurrences. */
import type {
  Theme,
  ThemeName,
  ThemeOccurrence,
  ThemeShift,
  ThemeSource,
  ThemeTrend,
  Themes,
} from '../themes/model';
import { markedTitle } from '../statements/model';

/** One theme in the JSON report. */
export interface ThemeJson {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly string[];
  readonly source: ThemeSource;
  /** Statement id → occurrences. */
  readonly counts: Readonly<Record<string, number>>;
  /** Statement id → occurrences per 1,000 body words. */
  readonly per1000: Readonly<Record<string, number>>;
  readonly total: number;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  readonly trend: ThemeTrend;
  readonly score: number;
  readonly occurrences: readonly ThemeOccurrence[];
}

/** The JSON report of `plenary-diff themes`. */
export interface ThemesJson {
  readonly statements: readonly {
    readonly id: string;
    /** The title, "Sample — …" for a sample. */
    readonly title: string;
    readonly sample: boolean;
    readonly year: number | null;
    readonly words: number;
  }[];
  readonly themes: readonly ThemeJson[];
  readonly acronyms: Readonly<Record<string, string>>;
  /** Recurring names (organisations, places, meetings, roles) set apart from the themes. */
  readonly names: readonly ThemeName[];
  /** Present when a reference was given. */
  readonly reference?: string;
  readonly relative?: readonly ThemeShift[];
}

function themeJson(theme: Theme): ThemeJson {
  return {
    id: theme.id,
    label: theme.label,
    terms: theme.terms,
    source: theme.source,
    counts: Object.fromEntries(theme.counts.map((c) => [c.statement, c.count])),
    per1000: Object.fromEntries(theme.counts.map((c) => [c.statement, c.per1000])),
    total: theme.total,
    firstYear: theme.firstYear,
    lastYear: theme.lastYear,
    trend: theme.trend,
    score: theme.score,
    occurrences: theme.occurrences.map(({ statement, block, start, end }) => ({
      statement,
      block,
      start,
      end,
    })),
  };
}

/** The report as a plain object (`JSON.stringify` it to print). */
export function themesJson(themes: Themes): ThemesJson {
  return {
    statements: themes.statements.map((s) => ({
      id: s.id,
      title: markedTitle(s),
      sample: s.sample,
      year: s.year,
      words: s.words,
    })),
    themes: themes.themes.map(themeJson),
    acronyms: themes.acronyms,
    names: themes.names,
    ...(themes.reference === null ? {} : { reference: themes.reference, relative: themes.relative }),
  };
}
