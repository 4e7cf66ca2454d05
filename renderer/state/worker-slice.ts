/** The store's workers: the window's analysis and search workers, each started on its first job, and the cache of background jobs. */
import { createSearchClient, type SearchClient, type SearchTextsSender } from '../search/search-client';
import { createAnalysisClient, type AnalysisClient } from '../worker/analysis-client';
import { createJobCache, type JobCache } from '../worker/job-cache';
import { createOverviewPool, overviewPoolSize } from '../worker/overview-pool';
import type { OverviewWorker } from '../overview/run-overview';
import type { AppSlice } from './slice';
import type { Foreground } from './foreground';

/** One window's workers (a worker per kind of job, so a long one never holds up another). */
export interface WorkerSlice {
  /** Comparisons of two statements. */
  readonly analysis: AnalysisClient;
  /** The overview and the themes, which may take long on a large library. */
  readonly backgroundAnalysis: AnalysisClient;
  /** The overview's comparisons, shared out over one worker per core (the first is `backgroundAnalysis`). */
  readonly overviewWorkers: OverviewWorker;
  /** Search as the reader types; the worker keeps the folded index. */
  readonly searchStatements: SearchClient;
  /** Sends texts to the search worker ahead of the first search, which folds them (see `indexSearchAhead`). */
  readonly searchTexts: SearchTextsSender;
  /** The background jobs' outputs and runs, shared by the views that ask the same job. */
  readonly backgroundJobs: JobCache;
}

/** The window's logical cores (none known outside a browser, as in unit tests under Node 20). */
function cores(): number | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
}

/**
 * The worker slice: clients and the jobs' cache; no worker starts before a view asks for a job. Searches are held as
 * `foreground` work.
 */
export function workerSlice(foreground?: Foreground): AppSlice<WorkerSlice> {
  return () => {
    const backgroundAnalysis = createAnalysisClient();
    const more = Array.from({ length: overviewPoolSize(cores()) - 1 }, () => createAnalysisClient());
    const search = createSearchClient(undefined, foreground);
    return {
      analysis: createAnalysisClient(),
      backgroundAnalysis,
      overviewWorkers: createOverviewPool([backgroundAnalysis, ...more]),
      searchStatements: search.search,
      searchTexts: search.sendTexts,
      backgroundJobs: createJobCache(),
    };
  };
}
