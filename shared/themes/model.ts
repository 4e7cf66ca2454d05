/** The themes model: what `themes()` returns and the views and reports read. */
import type { MeetingKind, Statement, StatementKind } from '../statements/model';
import type { PackedThemes } from './packed-themes';
import type { ThemesCache } from './themes-cache';
import type { UserTheme } from './user-theme';

/** Where a theme comes from. */
export type ThemeSource = 'discovered' | 'lexicon' | 'user';

/**
 * How a theme moves across the years of the statements that carry a year.
 *
 * With the distinct years y₁ < … < yₖ and, per year, per1000 = occurrences per 1,000 body words of that
 * year's statements:
 * - `new`: absent in every year of the earlier half (k/2 years or more), present in the latest;
 * - `gone`: present in some year of the earlier half, absent in every year since (k/2 years or more);
 * - otherwise the least-squares slope of per1000 over the years, times the span yₖ − y₁, relative to the
 *   mean per1000: above +0.25 `rising`, below −0.25 `falling`, else `steady`.
 * A year whose statements have fewer than half the body words of the median year (a short press release that is
 * the latest year's only text) is left out when at least two other years remain: its silence tells little.
 * Fewer than two distinct years, or a theme absent in every year, is `steady`.
 */
export type ThemeTrend = 'rising' | 'falling' | 'steady' | 'new' | 'gone';

/** One place a theme occurs: character offsets into the text of a body block. */
export interface ThemeOccurrence {
  /** Statement id. */
  readonly statement: string;
  /** Block id within that statement. */
  readonly block: string;
  /** Offset of the first character (UTF-16 code units, as `String.prototype.slice`). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** How strongly one statement carries a theme. */
export interface ThemeCount {
  readonly statement: string;
  readonly count: number;
  /** Occurrences per 1,000 body words of the statement (0 for a statement without body words). */
  readonly per1000: number;
}

/** One recurring theme across the statements. */
export interface Theme {
  /** Stable for the same input: `discovered:<lemmas>`, `lexicon:<entry id>`, `user:<theme id>`. */
  readonly id: string;
  readonly label: string;
  /** The terms that mark it; for a discovered theme, the surface forms found in the text. */
  readonly terms: readonly string[];
  readonly source: ThemeSource;
  /** One entry per statement, in the order of `Themes.statements`. */
  readonly counts: readonly ThemeCount[];
  readonly total: number;
  /** Non-overlapping, in statement order, then block order, then offset. */
  readonly occurrences: readonly ThemeOccurrence[];
  /** The earliest and latest year of a statement that carries it (null when none has a year). */
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  readonly trend: ThemeTrend;
  /** How distinctive the theme is of these statements (discovered themes; 0 for the others). */
  readonly score: number;
}

/** What kind of name a recurring name is. */
export type ThemeNameKind = 'organisation' | 'place' | 'meeting' | 'role' | 'proper-name';

/**
 * A recurring name the statements use — an organisation, a place, a meeting, a role, a person — kept apart
 * from the themes: metadata, not a topic a reader would name.
 */
export interface ThemeName {
  /** `name:<lemmas>`. */
  readonly id: string;
  readonly label: string;
  readonly kind: ThemeNameKind;
  /** The spellings found in the text. */
  readonly terms: readonly string[];
  readonly total: number;
  readonly occurrences: readonly ThemeOccurrence[];
}

/** A statement as the themes see it. */
export interface ThemeStatement {
  readonly id: string;
  readonly title: string;
  /** True for one of the illustrative samples. */
  readonly sample: boolean;
  readonly year: number | null;
  /** Where and what it was, for naming columns (shared/statements/column-names.ts). */
  readonly city: string | null;
  readonly meeting: MeetingKind | null;
  readonly kind: StatementKind | null;
  /** Words in the body blocks. */
  readonly words: number;
}

/** What one other statement does with the reference's themes (theme ids). */
export interface ThemeShift {
  readonly statement: string;
  /** Reference themes this statement also carries. */
  readonly keeps: readonly string[];
  /** Reference themes this statement does not carry. */
  readonly loses: readonly string[];
  /** Themes this statement carries and the reference does not. */
  readonly raises: readonly string[];
}

/** The recurring themes of a set of statements. */
export interface Themes {
  /** In the order given (a reference passed as a Statement and not in the list is appended). */
  readonly statements: readonly ThemeStatement[];
  /** User themes, then lexicon themes (in the lexicon's order), then discovered ones (most distinctive first). */
  readonly themes: readonly Theme[];
  /** The reference statement id, when one was given. */
  readonly reference: string | null;
  /** One entry per statement other than the reference (empty without a reference). */
  readonly relative: readonly ThemeShift[];
  /** Acronyms found or assumed, mapped to their long forms (e.g. KP → Kimberley Process). */
  readonly acronyms: Readonly<Record<string, string>>;
  /** Recurring names set apart from the discovered themes, most distinctive first. */
  readonly names: readonly ThemeName[];
}

/** A theme of the built-in lexicon: a label and the variant terms that mark it. */
export interface LexiconEntry {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly string[];
}

/**
 * How far `themes()` has got: statements scanned for acronyms, then statements read (words, lemmas, key
 * phrases; those a cache knows count as read at once), then the step across the library (one step).
 */
export interface ThemesProgress {
  readonly step: 'acronyms' | 'reading' | 'library';
  readonly done: number;
  readonly total: number;
}

/** Options for `themes()`. */
export interface ThemesOptions {
  /** The reference statement (or its id): the others are compared with its themes. */
  readonly reference?: Statement | string;
  readonly userThemes?: readonly UserTheme[];
  /** Replaces the built-in lexicon (pass [] for none). */
  readonly lexicon?: readonly LexiconEntry[];
  /** At most this many discovered themes (default 25; 0 for none). */
  readonly maxDiscovered?: number;
  /**
   * What earlier runs read of each statement (see `createThemesCache`): the result is the same with or
   * without it, only the statements it does not know are read.
   */
  readonly cache?: ThemesCache;
  /** Told after each statement scanned or read, and when the step across the library starts. */
  readonly onProgress?: (progress: ThemesProgress) => void;
  /**
   * Told after each statement read (once the acronyms across all are found): how many of `total` are read, and
   * `partial`, which lays out the lexicon's and the user's themes over those (see `partialThemes`) when called, during
   * this call only.
   */
  readonly onPartial?: (read: number, total: number, partial: () => PackedThemes) => void;
  /**
   * With `onPartial`, this many statements first (when the library has more) are read with the acronyms found in
   * them alone, before the acronyms across all are looked for, and told as a first partial: a first look at their
   * built-in and user themes, whose counts may differ a little from the answer's where an acronym defined in another
   * statement changes how a word is read. The answer is the same with it or without.
   */
  readonly firstLook?: number;
}
