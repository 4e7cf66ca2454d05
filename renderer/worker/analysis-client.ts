/** The window's side of the analysis worker: one worker, promises keyed by request id. */
import { errorMessage } from '../../shared/error-message';
import type {
  AnalysisJobs,
  AnalysisKind,
  AnalysisMessage,
  AnalysisPartial,
  AnalysisProgress,
  AnalysisRequest,
  ThemesPartial,
} from './protocol';

/** Runs analysis jobs in the worker. */
export interface AnalysisClient {
  /** Job `kind` on `input`; `onPartial` is told what it has so far, when it posts any (see `AnalysisPartial`). */
  run<K extends AnalysisKind>(
    kind: K,
    input: AnalysisJobs[K]['input'],
    onProgress?: (progress: AnalysisProgress) => void,
    onPartial?: (partial: AnalysisPartial<K>) => void,
  ): Promise<AnalysisJobs[K]['output']>;
  /** Starts the worker now if it is not running (it otherwise starts with its first job). */
  prepare?(): void;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: AnalysisProgress) => void;
  /** Only themes jobs post partial answers. */
  readonly onPartial?: (partial: ThemesPartial) => void;
}

/** Starts the worker (lazily, on the first job) and returns a client for it. */
export function createAnalysisClient(): AnalysisClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    const started = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const answer = event.data;
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      if ('progress' in answer) {
        waiting.onProgress?.(answer.progress);
        return;
      }
      if ('partial' in answer) {
        waiting.onPartial?.(answer.partial);
        return;
      }
      pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer.output);
      else waiting.reject(new Error(answer.error));
    };
    started.onerror = (event) => {
      // A worker that failed to load or crashed answers nothing more: fail every waiting job and start afresh next time.
      const message = event.message ? errorMessage(event.message) : 'The analysis worker stopped.';
      for (const waiting of pending.values()) waiting.reject(new Error(message));
      pending.clear();
      worker = null;
    };
    return started;
  }

  return {
    prepare() {
      worker ??= start();
    },
    run(kind, input, onProgress, onPartial) {
      const target = (worker ??= start());
      const id = nextId++;
      const request = { id, kind, input } as AnalysisRequest;
      return new Promise((resolve, reject) => {
        pending.set(id, {
          resolve: resolve as (value: unknown) => void,
          reject,
          onProgress,
          onPartial: onPartial as Pending['onPartial'],
        });
        target.postMessage(request);
      });
    },
  };
}
