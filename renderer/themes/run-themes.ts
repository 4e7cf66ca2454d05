/** Themes worked out in the background worker with the readings kept in the library folder, also after an import. */
import type { Themes } from '../../shared/themes/model';
import { unpackThemes } from '../../shared/themes/packed-themes';
import type { AppState } from '../state/app-store';
import { resolveLibrary } from '../state/resolve-library';
import type { AnalysisClient } from '../worker/analysis-client';
import type { AnalysisJobs, AnalysisProgress } from '../worker/protocol';
import { themesJob } from './themes-input';
import type { ThemesReadsStore } from './themes-reads';

/**
 * The themes of `input` from the worker: handed the kept readings with its first job, the readings it made saved
 * afterwards (without waiting), the occurrences unpacked.
 */
export async function runThemes(
  themesReads: ThemesReadsStore,
  worker: Pick<AnalysisClient, 'run'>,
  input: AnalysisJobs['themes']['input'],
  onProgress?: (progress: AnalysisProgress) => void,
): Promise<Themes> {
  const stored = await themesReads.take();
  const { themes } = await worker.run('themes', { ...input, stored }, onProgress);
  // The new readings are encoded and saved after the themes are back (the worker's next job; only a cache, so a
  // failure is not the themes').
  void worker
    .run('themes-unsaved', {})
    .then((unsaved) => (unsaved ? themesReads.save(unsaved) : undefined))
    .catch(() => undefined);
  return unpackThemes(themes);
}

/** What `keepThemes` needs of the window's state. */
export type KeepThemesState = Pick<
  AppState,
  'snapshot' | 'location' | 'texts' | 'themesReads' | 'backgroundAnalysis' | 'backgroundJobs'
>;

/**
 * Works out the themes of the library as the themes view shows them, in the background worker, after an import:
 * the new statements' readings are kept in the library folder (so a restart, or a new window, reads none of them)
 * and the themes are kept for the view, which shows them at once (or joins this run). Resolves when done; a failure
 * is left for the view to meet and report.
 */
export async function keepThemes(state: KeepThemesState): Promise<void> {
  const { snapshot, location, texts, themesReads, backgroundAnalysis, backgroundJobs } = state;
  const { reference, visible } = resolveLibrary(snapshot, location);
  if (!snapshot || !reference) return;
  try {
    const statements = await texts.load(visible);
    const referenceText = statements.find((s) => s.id === reference.id) ?? null;
    const job = themesJob(statements, referenceText, snapshot.userThemes);
    const key = `themes:${job.key}`;
    if (backgroundJobs.has(key) || backgroundJobs.inFlight.has(key)) return;
    const running = runThemes(themesReads, backgroundAnalysis, job.input, (progress) =>
      backgroundJobs.tell(key, progress),
    ).finally(() => {
      backgroundJobs.inFlight.delete(key);
      backgroundJobs.ended(key);
    });
    backgroundJobs.inFlight.set(key, running);
    backgroundJobs.remember(key, await running);
  } catch {
    // Only ahead of time: the themes view works out what is not kept, and says what failed.
  }
}
