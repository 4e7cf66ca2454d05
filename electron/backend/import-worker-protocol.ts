/** The messages between the import pool (main thread) and an import worker thread: one file per request. */
import type { ImportFile, ImportOptions, ImportResult } from '../../shared/statements/model';

/** What the pool asks a worker: parse one file. */
export interface ParseRequest {
  readonly kind: 'parse';
  /** Matches the reply to the request. */
  readonly id: number;
  readonly file: ImportFile;
  readonly options: ImportOptions;
}

/** What a worker answers: the importer's result (never a throw), and the thread that did the work. */
export interface ParseReply {
  readonly kind: 'parsed';
  readonly id: number;
  readonly result: ImportResult;
  /** `worker_threads.threadId` of the worker: never the main thread's 0. */
  readonly threadId: number;
}

/** The bundle's file name beside the main process's (dist/electron) or the browser-mode server's (dist/web). */
export const IMPORT_WORKER_FILE = { electron: 'import-worker.cjs', web: 'import-worker.mjs' } as const;

/** How one parse ended: the importer's result and the thread that produced it, or cancelled before it finished. */
export type ParseOutcome =
  | { readonly kind: 'parsed'; readonly result: ImportResult; readonly threadId: number }
  | { readonly kind: 'cancelled' };

/** The result of a file the parse itself failed on (a throw, a lost worker): it names the file and the reason. */
export function unreadableFile(fileName: string, why: string): ImportResult {
  return {
    ok: false,
    error: { kind: 'import-error', code: 'corrupt', fileName, reason: `could not be read (${why})` },
  };
}
