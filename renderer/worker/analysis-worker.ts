/** The analysis worker: runs compare, overview and themes off the window's thread. */
import { compare } from '../../shared/compare/compare';
import { userEchoOptions } from '../../shared/compare/echo-options';
import { overviewColumns } from '../../shared/compare/overview';
import {
  createSearchWorkerState,
  indexInBackground,
  packSearchOutput,
  runSearchJob,
  takeSearchTexts,
} from '../search/search-job';
import type {
  AnalysisMessage,
  AnalysisProgress,
  AnalysisRequest,
  AnalysisResponse,
  ThemesPartial,
} from './protocol';
import { FIRST_PARTIAL_READ, postPartials } from './themes-partials';
import { errorMessage } from '../../shared/error-message';
import type { Statement } from '../../shared/statements/model';
import type { ThemesCache } from '../../shared/themes/themes-cache';
import type { ThemesProgress } from '../../shared/themes/model';
import { packedBuffers } from '../../shared/themes/packed-themes';
import { ANALYSIS_VERSION } from './analysis-version';

// The renderer's tsconfig has the DOM lib, not WebWorker; this is the part of the worker scope we use.
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisMessage, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** What a search worker keeps between messages: the texts sent, their folded paragraphs and the index. */
const searchState = createSearchWorkerState();

// eslint-disable-next-line no-restricted-syntax -- pure cache: what themes read of each statement, by content.
let themesCache: ThemesCache | null = null;
/** The statements of the last themes job, whose readings 'themes-unsaved' encodes (then forgets). */
const themesState: { statements: readonly Statement[] | null } = { statements: null };

/** The progress's label while the themes job reads the statements. */
const READING = 'Reading the statements';

/** Progress notes at most this often: a note per statement of thousands would keep the window re-rendering. */
const PROGRESS_EVERY_MS = 100;

/** `report` for a job of `total` steps, called after each step but passed on at most every PROGRESS_EVERY_MS. */
function throttled(
  report: (progress: AnalysisProgress) => void,
  label: string,
  total: number,
): (done: number) => void {
  let last = 0;
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    report({ done, total, label });
  };
}

/** `report` for `themes()`'s notes: statements scanned, then read (a bar each, throttled), then the step across them. */
function themesProgress(report: (progress: AnalysisProgress) => void): (progress: ThemesProgress) => void {
  const bars = new Map<ThemesProgress['step'], (done: number) => void>();
  const bar = (step: ThemesProgress['step'], label: string, total: number) => {
    let found = bars.get(step);
    if (!found) {
      found = throttled(report, label, total);
      bars.set(step, found);
    }
    return found;
  };
  return (progress) => {
    const { step, done, total } = progress;
    switch (step) {
      case 'acronyms':
        bar(step, 'Looking for acronyms in the statements', total)(done);
        return;
      case 'reading':
        bar(step, READING, total)(done);
        return;
      case 'library':
        report({ done: 0, total: 1, label: 'Finding the recurring themes across the statements' });
        return;
      default: {
        const unknown: never = step;
        throw new Error(`Unknown themes step ${String(unknown)}`);
      }
    }
  };
}

async function run(
  request: AnalysisRequest,
  report: (progress: AnalysisProgress) => void,
  share: (partial: ThemesPartial) => void,
): Promise<AnalysisResponse> {
  const started = performance.now();
  switch (request.kind) {
    case 'compare': {
      // The same echo options as `plenary-diff compare --themes`: built-in and user themes.
      const { reference, other, userThemes } = request.input;
      const output = compare(reference, other, { echoes: userEchoOptions(userThemes) });
      return { id: request.id, ok: true, kind: 'compare', output, millis: performance.now() - started };
    }
    case 'overview': {
      const { reference, statements } = request.input;
      const label = 'Comparing statements with the reference';
      report({ done: 0, total: statements.length, label });
      const output = overviewColumns(reference, statements, throttled(report, label, statements.length));
      return { id: request.id, ok: true, kind: 'overview', output, millis: performance.now() - started };
    }
    case 'themes': {
      const { statements, reference, userThemes, stored } = request.input;
      report({ done: 0, total: 1, label: `Finding recurring themes in ${statements.length} statements` });
      // The themes bring the language model (megabytes): only a worker that finds themes loads it.
      const [{ packedThemes }, { createThemesCache }, { THEMES_READS_VERSION }] = await Promise.all([
        import('../../shared/themes/themes'),
        import('../../shared/themes/themes-cache'),
        import('../../shared/themes/stored-reads'),
      ]);
      // Statements read for earlier themes are not read again: a library with one more reads only that one. Those
      // kept in the library folder are used by this build only.
      themesCache ??= createThemesCache(`${THEMES_READS_VERSION}:${ANALYSIS_VERSION}`);
      const cache = themesCache;
      // Readings kept in the library folder: statements found there are not read (a new window, a restart).
      if (stored && stored.length > 0) cache.adopt(stored);
      // Packed as they are found: hundreds of thousands of occurrences cross to the window as a few arrays.
      const notes = themesProgress(report);
      // The step the job is at: a partial told while the statements are read sets the reading progress to its count.
      let step: ThemesProgress['step'] | null = null;
      const onProgress = (progress: ThemesProgress) => {
        step = progress.step;
        notes(progress);
      };
      const output = {
        themes: packedThemes(statements, {
          ...(reference ? { reference } : {}),
          userThemes,
          cache,
          onProgress,
          // A first look at the first statements before the acronyms across all are found, then the built-in and
          // user themes of the statements read so far, while the rest are read.
          firstLook: FIRST_PARTIAL_READ,
          onPartial: postPartials(
            (partial) => {
              // The progress says as many read as the partial shows (its notes are throttled, the partials not).
              if (step === 'reading') report({ done: partial.read, total: partial.total, label: READING });
              share(partial);
            },
            () => performance.now(),
          ),
        }),
      };
      themesState.statements = statements;
      return { id: request.id, ok: true, kind: 'themes', output, millis: performance.now() - started };
    }
    case 'themes-unsaved': {
      const statements = themesState.statements;
      themesState.statements = null;
      const output = themesCache && statements ? themesCache.unsaved(statements) : null;
      return {
        id: request.id,
        ok: true,
        kind: 'themes-unsaved',
        output,
        millis: performance.now() - started,
      };
    }
    case 'search': {
      const output = packSearchOutput(runSearchJob(searchState, request.input));
      // The rest of the index is built between messages, so the next query (or this one asked again) finds more.
      indexInBackground(searchState, (slice) => setTimeout(slice, 0));
      return { id: request.id, ok: true, kind: 'search', output, millis: performance.now() - started };
    }
    case 'search-texts': {
      const output = takeSearchTexts(searchState, request.input);
      return { id: request.id, ok: true, kind: 'search-texts', output, millis: performance.now() - started };
    }
    default: {
      const unknown: never = request;
      const { id, kind } = unknown as { id: number; kind: unknown };
      return { id, ok: false, error: `Unknown analysis “${String(kind)}”.` };
    }
  }
}

scope.onmessage = (event) => {
  const { id } = event.data;
  run(
    event.data,
    (progress) => scope.postMessage({ id, progress }),
    (partial) => scope.postMessage({ id, partial }, packedBuffers(partial.themes)),
  ).then(
    (response) =>
      // The packed themes' arrays are handed over, not copied.
      scope.postMessage(
        response,
        response.ok && response.kind === 'themes'
          ? packedBuffers(response.output.themes)
          : response.ok && response.kind === 'themes-unsaved'
            ? (response.output?.bundles.map((b) => b.buffer) ?? [])
            : response.ok && response.kind === 'search' && response.output.kind === 'results'
              ? [response.output.packed.counts.buffer]
              : [],
      ),
    (error: unknown) => {
      const message = errorMessage(error);
      scope.postMessage({ id, ok: false, error: `The analysis failed: ${message}` });
    },
  );
};
