/** Parses imported files in worker threads, so the main process (Electron's, or browser mode's server) keeps
 * answering while pdf.js, the docx reader or the segmenter work; a cancelled parse stops its worker at once. */
import { Worker } from 'node:worker_threads';
import { errorMessage } from '../../shared/error-message';
import { displayFileName } from '../../shared/statements/import-statement';
import type { ImportFile, ImportOptions } from '../../shared/statements/model';
import {
  unreadableFile,
  type ParseOutcome,
  type ParseReply,
  type ParseRequest,
} from './import-worker-protocol';

/** A set of import worker threads. */
export interface ImportPool {
  /** Parses one file in a worker; aborting `signal` drops it from the queue or terminates the worker parsing it. */
  parse(file: ImportFile, options: ImportOptions, signal?: AbortSignal): Promise<ParseOutcome>;
  /** Stops every worker; parses queued or running end as cancelled, and later ones are refused as cancelled. */
  close(): Promise<void>;
}

/** Where the worker bundle is, and how many workers may run. */
export interface ImportPoolOptions {
  /** The built worker (dist/electron/import-worker.cjs or dist/web/import-worker.mjs). */
  readonly workerPath: string;
  /** Workers at most; default 1, so one large file's parse is in memory at a time, as the handlers import. */
  readonly size?: number;
}

interface Job {
  readonly id: number;
  readonly file: ImportFile;
  readonly options: ImportOptions;
  readonly resolve: (outcome: ParseOutcome) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
}

const CANCELLED: ParseOutcome = { kind: 'cancelled' };

/** A pool of lazily started workers; an idle worker does not keep the process alive. */
export function createImportPool({ workerPath, size = 1 }: ImportPoolOptions): ImportPool {
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, job: null }));
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (job: Job, outcome: ParseOutcome): void => {
    job.signal?.removeEventListener('abort', job.onAbort);
    job.resolve(outcome);
  };

  const finish = (slot: Slot, outcome: ParseOutcome): void => {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    slot.worker?.unref();
    settle(job, outcome);
    pump();
  };

  // The worker died or never started: this file fails, naming itself and the reason; the next file gets a new worker.
  const failed = (job: Job, why: string, threadId: number): ParseOutcome => ({
    kind: 'parsed',
    threadId,
    result: unreadableFile(displayFileName(job.file.name), why),
  });

  const spawn = (slot: Slot): Worker => {
    const worker = new Worker(workerPath);
    const lost = (why: string): void => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      if (slot.job) finish(slot, failed(slot.job, why, worker.threadId));
    };
    worker.on('message', (reply: ParseReply) => {
      if (slot.worker === worker && slot.job?.id === reply.id)
        finish(slot, { kind: 'parsed', result: reply.result, threadId: reply.threadId });
    });
    worker.on('error', (error) => lost(`the import worker failed: ${errorMessage(error)}`));
    worker.on('exit', (code) => lost(`the import worker stopped with exit code ${code}`));
    return worker;
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      let worker = slot.worker;
      if (!worker) {
        try {
          worker = spawn(slot);
          slot.worker = worker;
        } catch (error) {
          finish(slot, failed(job, `the import worker could not start: ${errorMessage(error)}`, -1));
          continue;
        }
      }
      worker.ref();
      const request: ParseRequest = { kind: 'parse', id: job.id, file: job.file, options: job.options };
      worker.postMessage(request);
    }
  };

  /** Terminates the slot's worker and ends its parse as cancelled; resolves when the worker has stopped. */
  const stop = async (slot: Slot): Promise<void> => {
    const worker = slot.worker;
    slot.worker = null;
    const stopped = worker?.terminate();
    finish(slot, CANCELLED);
    await stopped;
  };

  return {
    parse: (file, options, signal) => {
      if (closed || signal?.aborted) return Promise.resolve(CANCELLED);
      return new Promise<ParseOutcome>((resolve) => {
        const job: Job = {
          id: nextId++,
          file: { name: file.name, bytes: ownBytes(file.bytes) },
          options,
          resolve,
          signal,
          onAbort: () => {
            const queued = queue.indexOf(job);
            if (queued >= 0) {
              queue.splice(queued, 1);
              settle(job, CANCELLED);
              return;
            }
            const slot = slots.find((s) => s.job === job);
            if (slot) void stop(slot);
          },
        };
        signal?.addEventListener('abort', job.onAbort, { once: true });
        queue.push(job);
        pump();
      });
    },
    close: async () => {
      closed = true;
      for (const job of queue.splice(0)) settle(job, CANCELLED);
      await Promise.all(slots.map(stop));
    },
  };
}

// Posting a view clones its whole buffer: a view into a larger one (a pooled Buffer) is copied down to its bytes.
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
