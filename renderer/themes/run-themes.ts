/** Themes worked out in the background worker with the readings kept in the library folder, also after an import. */
import type { Themes } from '../../shared/themes/model';
import { answerChanges, worthShowingStale } from '../../shared/themes/stale-answer';
import { unpackThemes, type PackedThemes } from '../../shared/themes/packed-themes';
import type { StatementTexts } from '../library/statement-texts';
import type { AppState } from '../state/app-store';
import { resolveLibrary } from '../state/resolve-library';
import type { AnalysisClient } from '../worker/analysis-client';
import type { AnalysisProgress, ThemesPartial } from '../worker/protocol';
import { progressNotes } from '../worker/progress-notes';
import type { ThemesAnswerStore } from './themes-answers';
import { themesJob, type ThemesJobInput } from './themes-input';
import type { ThemesReadsStore } from './themes-reads';

/** What `runThemes` needs of the window: the texts, and what the library folder keeps of the themes. */
export type ThemesSources = Pick<AppState, 'texts' | 'themesReads' | 'themesAnswers'>;

/** The themes' progress before the job's first note. */
export const UPDATING: AnalysisProgress = { done: 0, total: 1, label: 'Updating the themes' };

/**
 * What the themes view shows while the themes are worked out, never as the answer: the last answer kept for an
 * earlier state of the library (out of date), or the built-in and user themes of the statements read so far.
 */
export type ThemesSoFar =
  | { readonly kind: 'out-of-date'; readonly themes: Themes }
  | { readonly kind: 'reading'; readonly themes: Themes; readonly read: number; readonly total: number };

/** Where `runThemes` tells what it has before the answer. */
export interface ThemesSoFarSink {
  /** Told each answer so far (see `ThemesSoFar`), until the job ends. */
  readonly onSoFar: (soFar: ThemesSoFar) => void;
  /** Resolves once what `onSoFar` was told last is on screen: the answer waits for it, so it is seen. */
  readonly shown?: () => Promise<void>;
}

/** Label of the progress while the texts are fetched. */
const FETCHING = 'Fetching the statements’ texts';

/**
 * The themes of `input`: those kept in the library folder under its key when there are (no text fetched, nothing
 * read); else worked out by the worker over the texts fetched, handed the kept readings (fetched beside the texts)
 * with its first job, and then (without waiting) kept in the folder with the readings the worker made. Occurrences
 * unpacked. While they are worked out, `sink.onSoFar` is handed the last answer kept for an earlier state of the
 * library (this window's, else the folder's) when it covers enough of `input`'s statements to be shown out of date;
 * else, as the worker reads the statements, the built-in and user themes of those read so far.
 */
export async function runThemes(
  sources: {
    readonly texts: StatementTexts;
    readonly themesReads: ThemesReadsStore;
    readonly themesAnswers: ThemesAnswerStore;
  },
  worker: Pick<AnalysisClient, 'run'>,
  input: ThemesJobInput,
  onProgress?: (progress: AnalysisProgress) => void,
  sink?: ThemesSoFarSink,
): Promise<Themes> {
  const { texts, themesReads, themesAnswers } = sources;
  const kept = await themesAnswers.get(input.answerKey);
  if (kept) return unpackThemes(kept);
  // What shows meanwhile shows only until this job ends, however it ends.
  let settled = false;
  // An answer out of date, once shown, stays until the new one: it covers at least half the statements (most, after
  // an import) with every kind of theme, where the statements read so far have only the built-in and user themes,
  // unfolded.
  let outOfDate = false;
  let shown: Promise<void> | null = null;
  if (sink)
    void themesAnswers
      .latest()
      .then((last) => {
        if (settled || !last || last.key === input.answerKey) return;
        if (!worthShowingStale(answerChanges(last.themes, input))) return;
        outOfDate = true;
        sink.onSoFar({ kind: 'out-of-date', themes: unpackThemes(last.themes) });
      })
      .catch(() => undefined);
  const onPartial =
    sink &&
    ((partial: ThemesPartial) => {
      if (settled || outOfDate) return;
      const { read, total } = partial;
      sink.onSoFar({ kind: 'reading', themes: unpackThemes(partial.themes), read, total });
      shown = sink.shown?.() ?? null;
    });
  let themes: PackedThemes;
  try {
    // The kept readings (47 MB at 3,000 statements) fetched beside the texts, not after them. Taken even when the
    // texts then fail, as when the worker fails: only a cache, the statements are read again.
    const [statements, stored] = await Promise.all([
      texts.load(input.statements, (done, total) => onProgress?.({ done, total, label: FETCHING })),
      themesReads.take(),
    ]);
    const { reference, userThemes } = input;
    ({ themes } = await worker.run(
      'themes',
      { statements, reference, userThemes, stored },
      onProgress,
      onPartial,
    ));
    // The themes read so far, told just before the answer came (a small library), are seen before it replaces them.
    await shown;
  } finally {
    settled = true;
  }
  themesAnswers.remember(input.answerKey, themes);
  // Kept after the themes are back (only a cache, so a failure is not the themes'): first the new readings, encoded by
  // the worker's next job, then the answer. (Saving the 12 MB answer first, at once, held the next view for 8–10 s in
  // Chromium at 3,000 statements.)
  void worker
    .run('themes-unsaved', {})
    .then((unsaved) => (unsaved ? themesReads.save(unsaved) : undefined))
    .catch(() => undefined)
    .then(() => themesAnswers.save(input.answerKey, themes))
    .catch(() => undefined);
  return unpackThemes(themes);
}

/** What `keepThemes` needs of the window's state. */
export type KeepThemesState = Pick<
  AppState,
  | 'snapshot'
  | 'location'
  | 'texts'
  | 'themesReads'
  | 'themesAnswers'
  | 'backgroundAnalysis'
  | 'backgroundJobs'
>;

/**
 * Works out the themes of the library as the themes view shows them, in the background worker, after an import:
 * the new statements' readings and the themes are kept in the library folder (so a restart, or a new window, reads
 * none of them) and kept for the view, which shows them at once (or joins this run). Resolves when done; a failure
 * is left for the view to meet and report.
 */
export async function keepThemes(state: KeepThemesState): Promise<void> {
  const { snapshot, location, backgroundAnalysis, backgroundJobs } = state;
  const { reference, visible } = resolveLibrary(snapshot, location);
  if (!snapshot || !reference) return;
  try {
    const job = themesJob(visible, reference, snapshot.userThemes);
    const key = `themes:${job.key}`;
    if (backgroundJobs.has(key) || backgroundJobs.inFlight.has(key)) return;
    // A view that joins this run is told its progress and what it shows meanwhile (see `ThemesSoFar`).
    const notes = progressNotes<ThemesSoFar>(
      (progress, soFar) => backgroundJobs.tell(key, progress, soFar),
      UPDATING,
    );
    const running = runThemes(state, backgroundAnalysis, job.input, notes.progress, {
      onSoFar: notes.partial,
    }).finally(() => {
      backgroundJobs.inFlight.delete(key);
      backgroundJobs.ended(key);
    });
    backgroundJobs.inFlight.set(key, running);
    backgroundJobs.remember(key, await running);
  } catch {
    // Only ahead of time: the themes view works out what is not kept, and says what failed.
  }
}
