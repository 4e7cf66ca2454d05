/** One window's background-job cache: outputs by job key, the jobs running now and their progress listeners. */
import type { AnalysisProgress } from './protocol';

/** Outputs by key (a key names its input completely), newest last, and the jobs running now by key. */
export interface JobCache {
  /** The output kept for `key`, if any. */
  readonly get: (key: string) => unknown;
  readonly has: (key: string) => boolean;
  /** Keeps `output` for `key` as the newest, dropping the oldest beyond the cache's size. */
  readonly remember: (key: string, output: unknown) => void;
  /** The jobs running now, so two views asking the same key share one run. */
  readonly inFlight: Map<string, Promise<unknown>>;
  /** The progress listeners of the running jobs (with what is worked out so far, when a job gives it). */
  readonly listeners: Map<string, Set<(progress: AnalysisProgress, partial?: unknown) => void>>;
}

/** An empty cache keeping the last `size` outputs. */
export function createJobCache(size = 6): JobCache {
  const outputs = new Map<string, unknown>();
  return {
    get: (key) => outputs.get(key),
    has: (key) => outputs.has(key),
    remember: (key, output) => {
      outputs.delete(key);
      outputs.set(key, output);
      while (outputs.size > size) {
        const oldest = outputs.keys().next().value;
        if (oldest === undefined) break;
        outputs.delete(oldest);
      }
    },
    inFlight: new Map(),
    listeners: new Map(),
  };
}
