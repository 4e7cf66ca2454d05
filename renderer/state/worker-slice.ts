/** The store's workers: the window's analysis and search workers, each started on its first job (the overview's when the window is idle), and the cache of background jobs. */
import { byYear, type OverviewColumn } from '../../shared/compare/overview';
import type { StatementSummary } from '../../shared/statements/summary';
import { createSearchClient, type SearchClient, type SearchTextsSender } from '../search/search-client';
import { createAnalysisClient, type AnalysisClient } from '../worker/analysis-client';
import { createJobCache, type JobCache } from '../worker/job-cache';
import { createOverviewPool, overviewPoolSize, type OverviewPool } from '../worker/overview-pool';
import { resolveLibrary } from './resolve-library';
import type { WhenIdle } from './search-slice';
import type { AppSlice } from './slice';
import type { Foreground } from './foreground';

/** One window's workers (a worker per kind of job, so a long one never holds up another). */
export interface WorkerSlice {
  /** Comparisons of two statements. */
  readonly analysis: AnalysisClient;
  /** The overview and the themes, which may take long on a large library. */
  readonly backgroundAnalysis: AnalysisClient;
  /** The overview's comparisons, shared out over one worker per core (the first is `backgroundAnalysis`). */
  readonly overviewWorkers: OverviewPool;
  /**
   * Once per window, when the window is idle and not on the overview: the overview's first statements (by year, a
   * couple per worker) whose columns are not kept are compared with the reference in the overview's workers, and
   * their columns kept. Each worker is then started and its comparing code has run on real texts, so the first
   * overview's first columns do not pay for that (in Chromium at 3,000 statements a fresh worker's first statements
   * cost ~0.5 s of CPU more than later ones: lazy tables, cold code, a growing heap). Nothing is compared when those
   * columns are kept (the overview then needs no worker to show its first columns), on the overview (its job runs)
   * or while a view's job runs.
   * Resolves when done; only ahead of time, so a failure is left for the overview to meet.
   */
  readonly warmOverviewWorkers: () => Promise<void>;
  /** Search as the reader types; the worker keeps the folded index. */
  readonly searchStatements: SearchClient;
  /** Sends texts to the search worker ahead of the first search, which folds them (see `indexSearchAhead`). */
  readonly searchTexts: SearchTextsSender;
  /** The background jobs' outputs and runs, shared by the views that ask the same job. */
  readonly backgroundJobs: JobCache;
}

/** Statements each overview worker compares ahead of the first overview (`warmOverviewWorkers`). */
export const WARM_PER_WORKER = 2;

/** The first `count` of `statements` with distinct texts (a text is compared once). */
function firstByHash(statements: readonly StatementSummary[], count: number): StatementSummary[] {
  const seen = new Set<string>();
  const first: StatementSummary[] = [];
  for (const s of statements) {
    if (first.length === count) break;
    if (seen.has(s.hash)) continue;
    seen.add(s.hash);
    first.push(s);
  }
  return first;
}

/** The window's logical cores (none known outside a browser, as in unit tests under Node 20). */
function cores(): number | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
}

/**
 * The worker slice: clients and the jobs' cache; no worker starts before a view asks for a job, or the window is idle
 * (`warmOverviewWorkers`; never with `whenIdle` null, as in unit tests). Searches are held as `foreground` work.
 */
export function workerSlice(
  foreground?: Foreground,
  whenIdle: WhenIdle | null = null,
): AppSlice<WorkerSlice> {
  return (_set, get) => {
    const backgroundAnalysis = createAnalysisClient();
    const more = Array.from({ length: overviewPoolSize(cores()) - 1 }, () => createAnalysisClient());
    const search = createSearchClient(undefined, foreground);
    let warmed = false;
    return {
      analysis: createAnalysisClient(),
      backgroundAnalysis,
      overviewWorkers: createOverviewPool([backgroundAnalysis, ...more]),
      warmOverviewWorkers: async () => {
        if (warmed || !whenIdle) return;
        await new Promise<void>((resolve) => whenIdle(resolve));
        const {
          snapshot,
          location,
          overviewExcluded,
          overviewColumns,
          overviewWorkers,
          texts,
          backgroundJobs,
        } = get();
        // Beside a view's job (the overview's, the themes') it would only slow it: tried again with the next list.
        if (warmed || location.view === 'overview' || backgroundJobs.inFlight.size > 0) return;
        const { reference, visible } = resolveLibrary(snapshot, location);
        if (!reference) return;
        warmed = true;
        const first = firstByHash(
          visible.filter((s) => s.id !== reference.id && !overviewExcluded.has(s.id)).sort(byYear),
          WARM_PER_WORKER * overviewWorkers.size,
        );
        try {
          const kept = await overviewColumns.known(
            reference.hash,
            first.map((s) => s.hash),
          );
          const missing = first.filter((s) => !kept.has(s.hash));
          if (missing.length === 0) return;
          const working = (async () => {
            const [referenceText, ...statements] = await texts.load([reference, ...missing]);
            if (!referenceText) return new Map<string, OverviewColumn>();
            const columns = await overviewWorkers.warm('overview', { reference: referenceText, statements });
            return new Map(missing.map((s, i) => [s.hash, columns[i] as OverviewColumn]));
          })();
          // An overview asked meanwhile waits for these columns instead of comparing them again.
          overviewColumns.expect(
            reference.hash,
            missing.map((s) => s.hash),
            working,
          );
          await working;
        } catch {
          // Only ahead of time: the overview compares what is not kept, and says what failed.
        }
      },
      searchStatements: search.search,
      searchTexts: search.sendTexts,
      backgroundJobs: createJobCache(),
    };
  };
}
