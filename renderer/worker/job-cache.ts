/** One window's background-job cache: outputs by job key, the jobs running now, their listeners and last notes. */
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
  /** Tells the listeners of the running job `key` a note (and what is worked out so far, when it gives it). */
  readonly tell: (key: string, progress: AnalysisProgress, partial?: unknown) => void;
  /**
   * Listens to the running job `key`; a view that joins a job already running (it was left and opened again) is
   * told at once the last note and what is worked out so far. Returns the way to stop listening.
   */
  readonly listen: (key: string, listener: ProgressListener) => () => void;
  /** Forgets the listeners and notes of `key` (its job ended). */
  readonly ended: (key: string) => void;
}

/** Hears a running job's progress, with what is worked out so far when the job gives it. */
export type ProgressListener = (progress: AnalysisProgress, partial?: unknown) => void;

/** An empty cache keeping the last `size` outputs. */
export function createJobCache(size = 6): JobCache {
  const outputs = new Map<string, unknown>();
  const listeners = new Map<string, Set<ProgressListener>>();
  const notes = new Map<string, { readonly progress: AnalysisProgress; readonly partial?: unknown }>();
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
    tell: (key, progress, partial) => {
      const sofar = partial ?? notes.get(key)?.partial;
      notes.set(key, sofar === undefined ? { progress } : { progress, partial: sofar });
      listeners.get(key)?.forEach((listener) => listener(progress, partial));
    },
    listen: (key, listener) => {
      const heard = listeners.get(key) ?? new Set<ProgressListener>();
      listeners.set(key, heard);
      heard.add(listener);
      const last = notes.get(key);
      if (last) listener(last.progress, last.partial);
      return () => heard.delete(listener);
    },
    ended: (key) => {
      listeners.delete(key);
      notes.delete(key);
    },
  };
}
