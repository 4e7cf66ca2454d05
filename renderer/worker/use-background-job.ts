/** Runs an overview or themes job in the background worker, with progress, a small cache and retry. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Overview } from '../../shared/compare/model';
import type { StatementHeader } from '../../shared/statements/model';
import type { Themes } from '../../shared/themes/model';
import type { OverviewColumnStore } from '../overview/overview-columns';
import { runThemes, UPDATING, type ThemesSources, type ThemesSoFar } from '../themes/run-themes';
import type { ThemesJobInput } from '../themes/themes-input';
import { runOverview, type OverviewJobInput, type OverviewWorker } from '../overview/run-overview';
import { useAppState } from '../state/store-context';
import type { AnalysisClient } from './analysis-client';
import type { AnalysisProgress } from './protocol';
import { afterNextPaint } from './after-next-paint';
import { progressNotes } from './progress-notes';
import { errorMessage } from '../../shared/error-message';

/** The jobs that run in the background: their input and output. */
export interface BackgroundJobs {
  /** Columns kept by content are reused; the rest are compared in the background worker. */
  readonly overview: {
    readonly input: OverviewJobInput;
    readonly output: Overview;
    readonly partial: Overview;
  };
  /**
   * The themes kept in the library folder, else the worker's packed themes; unpacked. While they are worked out,
   * what the job gives so far (`partial`) is the last answer kept for an earlier state of the library (out of date),
   * else the built-in and user themes of the statements read so far (see `ThemesSoFar`).
   */
  readonly themes: { readonly input: ThemesJobInput; readonly output: Themes; readonly partial: ThemesSoFar };
}

/** A background job's name. */
export type BackgroundKind = keyof BackgroundJobs;

function runJob<K extends BackgroundKind>(
  kind: K,
  input: BackgroundJobs[K]['input'],
  columns: OverviewColumnStore,
  themesSources: ThemesSources,
  backgroundAnalysis: AnalysisClient,
  overviewWorkers: OverviewWorker,
  onProgress: (progress: AnalysisProgress, partial?: unknown) => void,
): Promise<BackgroundJobs[K]['output']> {
  const job = { kind, input } as {
    [J in BackgroundKind]: { kind: J; input: BackgroundJobs[J]['input'] };
  }[BackgroundKind];
  switch (job.kind) {
    case 'overview': {
      // The grid is shown with the columns in so far (its first ones come first) beside the progress.
      const notes = progressNotes<Overview>(onProgress, {
        done: 0,
        total: job.input.statements.length,
        label: '',
      });
      return runOverview(columns, overviewWorkers, job.input, notes.progress, {
        onPartial: notes.partial,
        firstShown: afterNextPaint,
      }) as Promise<BackgroundJobs[K]['output']>;
    }
    case 'themes': {
      // The last answer kept (out of date), else the themes of the statements read so far, go to the view meanwhile.
      const notes = progressNotes<ThemesSoFar>(onProgress, UPDATING);
      return runThemes(themesSources, backgroundAnalysis, job.input, notes.progress, {
        onSoFar: notes.partial,
        shown: afterNextPaint,
      }) as Promise<BackgroundJobs[K]['output']>;
    }
    default: {
      const unknown: never = job;
      return Promise.reject(new Error(`Unknown background job ${String(unknown)}`));
    }
  }
}

/** At most one progress note per this many milliseconds reaches the view. */
const PROGRESS_EVERY_MS = 100;

/** Where a background job is; `P` is what it gives before its answer. */
export type JobState<T, P = T> =
  | { readonly status: 'idle' }
  | {
      readonly status: 'computing';
      readonly progress: AnalysisProgress | null;
      /** What is worked out so far (the overview of the statements compared yet), when the job gives it. */
      readonly partial?: P;
    }
  | { readonly status: 'ready'; readonly output: T }
  | { readonly status: 'error'; readonly message: string };

/** A job's state and a way to run it again after an error. */
export type JobHandle<T, P = T> = JobState<T, P> & { readonly retry: () => void };

/** A cache key for statements: ids are content hashes, but year and title change order and trends. */
export function statementsKey(statements: readonly StatementHeader[]): string {
  return statements.map((s) => `${s.id}@${s.metadata.year ?? '-'}@${s.title}`).join('|');
}

/**
 * The output of `kind` for `input`, recomputed only when `key` changes (null input: idle). Answers for an
 * older key are dropped; the same key asked twice (the themes panel and the themes view) runs once.
 */
export function useBackgroundJob<K extends BackgroundKind>(
  kind: K,
  input: BackgroundJobs[K]['input'] | null,
  key: string,
  delayMs = 0,
): JobHandle<BackgroundJobs[K]['output'], BackgroundJobs[K]['partial']> {
  type Output = BackgroundJobs[K]['output'];
  type SoFar = BackgroundJobs[K]['partial'];
  const columns = useAppState((state) => state.overviewColumns);
  const texts = useAppState((state) => state.texts);
  const themesReads = useAppState((state) => state.themesReads);
  const themesAnswers = useAppState((state) => state.themesAnswers);
  const background = useAppState((state) => state.backgroundAnalysis);
  const overviewWorkers = useAppState((state) => state.overviewWorkers);
  const jobs = useAppState((state) => state.backgroundJobs);
  // Memoised: the key of a large library is long, and a new string is hashed again by every lookup of the cache.
  const fullKey = useMemo(() => `${kind}:${key}`, [kind, key]);
  const cached = jobs.get(fullKey) as Output | undefined;
  const [state, setState] = useState<{ key: string; value: JobState<Output, SoFar> }>({
    key: '',
    value: { status: 'idle' },
  });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });
  const idle = input === null;

  useEffect(() => {
    const job = latest.current;
    if (job === null || jobs.has(fullKey)) return;
    let current = true;
    let partial: SoFar | undefined;
    // Workers note every statement; the view is told at most every PROGRESS_EVERY_MS (a grid shown beside the
    // progress would otherwise be laid out thousands of times), at once when there is more of the result to show.
    let noted: AnalysisProgress | null = null;
    let noteTimer = 0;
    const showProgress = () => {
      window.clearTimeout(noteTimer);
      noteTimer = 0;
      if (current && noted)
        setState({
          key: fullKey,
          value: { status: 'computing', progress: noted, ...(partial !== undefined ? { partial } : {}) },
        });
    };
    const onProgress = (progress: AnalysisProgress, sofar?: unknown) => {
      noted = progress;
      if (sofar !== undefined) {
        partial = sofar as SoFar;
        showProgress();
      } else if (noteTimer === 0) noteTimer = window.setTimeout(showProgress, PROGRESS_EVERY_MS);
    };
    let stopListening = () => {};
    const start = () => {
      if (current) setState({ key: fullKey, value: { status: 'computing', progress: null } });
      let running = jobs.inFlight.get(fullKey) as Promise<Output> | undefined;
      if (!running) {
        const themesSources = { texts, themesReads, themesAnswers };
        running = runJob(kind, job, columns, themesSources, background, overviewWorkers, (progress, sofar) =>
          jobs.tell(fullKey, progress, sofar),
        ).finally(() => {
          jobs.inFlight.delete(fullKey);
          jobs.ended(fullKey);
        });
        jobs.inFlight.set(fullKey, running);
      }
      // Joining a job already running, the view is told at once what it has worked out so far.
      stopListening = jobs.listen(fullKey, onProgress);
      running.then(
        (output) => {
          window.clearTimeout(noteTimer);
          noteTimer = 0;
          jobs.remember(fullKey, output);
          if (current) setState({ key: fullKey, value: { status: 'ready', output } });
        },
        (failure: unknown) => {
          window.clearTimeout(noteTimer);
          noteTimer = 0;
          if (current) setState({ key: fullKey, value: { status: 'error', message: errorMessage(failure) } });
        },
      );
    };
    // A short pause lets a burst of changes (ticking several checkboxes) ask once.
    const timer = delayMs > 0 ? window.setTimeout(start, delayMs) : (start(), 0);
    return () => {
      current = false;
      window.clearTimeout(noteTimer);
      window.clearTimeout(timer);
      stopListening();
    };
  }, [
    kind,
    fullKey,
    idle,
    attempt,
    delayMs,
    columns,
    background,
    overviewWorkers,
    jobs,
    texts,
    themesReads,
    themesAnswers,
  ]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (idle) return { status: 'idle', retry };
  if (cached !== undefined) return { status: 'ready', output: cached, retry };
  if (state.key === fullKey) return { ...state.value, retry };
  return { status: 'computing', progress: null, retry };
}
