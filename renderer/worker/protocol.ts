/** The typed messages between the window and the analysis worker. */
import type { Comparison } from '../../shared/compare/model';
import type { OverviewColumn } from '../../shared/compare/overview';
import type { Statement } from '../../shared/statements/model';
import type { PackedThemes } from '../../shared/themes/packed-themes';
import type { UnsavedReads } from '../../shared/themes/themes-cache';
import type { UserTheme } from '../../shared/themes/user-theme';
import type { SearchJobInput, SearchTextsInput, SearchWorkerOutput } from '../search/search-job';

/** Each job the worker runs: its input and its output. Part 2 adds 'overview' and 'themes' here. */
export interface AnalysisJobs {
  /** compare(reference, other), echoes through the built-in and the user's themes (as the CLI's --themes). */
  readonly compare: {
    readonly input: {
      readonly reference: Statement;
      readonly other: Statement;
      readonly userThemes: readonly UserTheme[];
    };
    readonly output: Comparison;
  };
  /**
   * overviewColumns(reference, statements): the columns of the statements whose columns the window does not keep
   * (renderer/overview/run-overview.ts assembles the overview), in their order; progress as they are compared.
   */
  readonly overview: {
    readonly input: { readonly reference: Statement; readonly statements: readonly Statement[] };
    readonly output: readonly OverviewColumn[];
  };
  /** themes(statements, { reference, userThemes }), its occurrences packed (`unpackThemes` gives the themes). */
  readonly themes: {
    readonly input: {
      readonly statements: readonly Statement[];
      /** Id of the reference, which must be among `statements`; null for none. */
      readonly reference: string | null;
      readonly userThemes: readonly UserTheme[];
      /** Readings kept in the library folder, for the worker to take before it reads (see `ThemesReadsStore`). */
      readonly stored?: readonly Uint8Array[];
    };
    readonly output: { readonly themes: PackedThemes };
    /** Posted while the statements are read, before the output. */
    readonly partial: ThemesPartial;
  };
  /**
   * The readings of the last themes job's statements not yet kept in the library folder, encoded; asked after the
   * themes are shown, so encoding tens of megabytes does not hold them back.
   */
  readonly 'themes-unsaved': {
    readonly input: Record<string, never>;
    readonly output: UnsavedReads | null;
  };
  /** Search across statements; the worker keeps the folded index between keystrokes. Results come packed. */
  readonly search: { readonly input: SearchJobInput; readonly output: SearchWorkerOutput };
  /** Texts sent to the search worker before any search names them, folded at once; answers how many were folded. */
  readonly 'search-texts': { readonly input: SearchTextsInput; readonly output: number };
}

/** A job name. */
export type AnalysisKind = keyof AnalysisJobs;

/**
 * What a themes job has so far, while it reads the statements: the lexicon's and the user's themes over the first
 * `read` of `total` (see `partialThemes`), with nothing discovered and nothing folded. Never the answer.
 */
export interface ThemesPartial {
  readonly themes: PackedThemes;
  readonly read: number;
  readonly total: number;
}

/** What job `K` posts of its answer before the answer, if it posts anything. */
export type AnalysisPartial<K extends AnalysisKind> = AnalysisJobs[K] extends { readonly partial: infer P }
  ? P
  : never;

/** A request to the worker; `id` pairs it with its response. */
export type AnalysisRequest = {
  readonly [K in AnalysisKind]: {
    readonly id: number;
    readonly kind: K;
    readonly input: AnalysisJobs[K]['input'];
  };
}[AnalysisKind];

/** The worker's answer to one request. */
export type AnalysisResponse =
  | {
      readonly [K in AnalysisKind]: {
        readonly id: number;
        readonly ok: true;
        readonly kind: K;
        readonly output: AnalysisJobs[K]['output'];
        /** Milliseconds the job took inside the worker. */
        readonly millis: number;
      };
    }[AnalysisKind]
  | { readonly id: number; readonly ok: false; readonly error: string };

/** How far a running job has got: `done` of `total` steps, and what it is doing in words. */
export interface AnalysisProgress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

/** A note the worker posts while job `id` runs, before its response. */
export interface AnalysisProgressMessage {
  readonly id: number;
  readonly progress: AnalysisProgress;
}

/** What job `id` has worked out so far, posted before its response (themes jobs only). */
export interface AnalysisPartialMessage {
  readonly id: number;
  readonly partial: ThemesPartial;
}

/** Anything the worker posts: progress notes and partial answers, then one response per request. */
export type AnalysisMessage = AnalysisResponse | AnalysisProgressMessage | AnalysisPartialMessage;
