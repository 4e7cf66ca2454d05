/**
 * The renderer's overview pool (renderer/worker/overview-pool.ts) over Node worker threads, one per core as the
 * window has one Web Worker per core: each thread runs the analysis worker's overview job (overviewColumns).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OverviewColumn } from '../shared/compare/overview';
import type { OverviewWorker } from '../renderer/overview/run-overview';
import { createOverviewPool, overviewPoolSize } from '../renderer/worker/overview-pool';
import type { AnalysisJobs } from '../renderer/worker/protocol';

/** The pool, its size, and a way to stop its threads. */
export interface OverviewThreads {
  readonly pool: OverviewWorker;
  readonly size: number;
  readonly close: () => Promise<void>;
}

/** Threads running TypeScript: each loads overview-thread-main.ts through tsx's API (as `npm run bench` runs). */
function startThread(): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const main = new URL('./overview-thread-main.ts', import.meta.url).href;
  const source = `const { tsImport } = await import(${JSON.stringify(api)}); await tsImport(${JSON.stringify(main)}, ${JSON.stringify(import.meta.url)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
}

/** One thread per core (as overviewPoolSize counts them for the window). */
export function startOverviewThreads(size = overviewPoolSize(availableParallelism())): OverviewThreads {
  const threads = Array.from({ length: size }, startThread);
  const clients = threads.map((thread): OverviewWorker => {
    let nextId = 1;
    const pending = new Map<
      number,
      { resolve: (output: readonly OverviewColumn[]) => void; reject: (error: Error) => void }
    >();
    thread.on('message', (answer: { id: number; output: readonly OverviewColumn[] }) => {
      pending.get(answer.id)?.resolve(answer.output);
      pending.delete(answer.id);
    });
    thread.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    return {
      run: (_kind, input: AnalysisJobs['overview']['input']) =>
        new Promise((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          thread.postMessage({ id, input });
        }),
    };
  });
  return {
    pool: createOverviewPool(clients),
    size,
    close: async () => {
      await Promise.all(threads.map((thread) => thread.terminate()));
    },
  };
}
