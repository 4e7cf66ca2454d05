/** Imports of files named by path (the menu's dialogs, "Open with", file arguments): one run at a time, with
 * progress sent to the window and a cancel that stops after the file being read. */
import type { LibraryImportResult, MenuCommand } from '../shared/ipc/contract';
import type { Handlers } from './backend/handlers';
import { importPaths } from './backend/import-paths';
import { errorMessage } from '../shared/error-message';

/** What the runner needs from the shell. */
export interface PathImportOptions {
  readonly handlers: Handlers;
  /** Sends a command to the window (progress, then the results). */
  readonly send: (command: MenuCommand) => void;
  /** Shows a storage failure (the library could not be written). */
  readonly showError: (title: string, message: string) => void;
}

/** Runs path imports in order. */
export interface PathImportRunner {
  /** Imports `paths` after any run already going; resolves when this run has finished or been cancelled. */
  run(paths: readonly string[]): Promise<void>;
  /** Stops the current run and drops the queued ones; what was imported stays. */
  cancel(): void;
}

/** A runner over the handlers. */
export function createPathImportRunner({ handlers, send, showError }: PathImportOptions): PathImportRunner {
  let tail: Promise<void> = Promise.resolve();
  let generation = 0;
  let current: AbortController | null = null;

  const runNow = async (paths: readonly string[], started: number): Promise<void> => {
    if (started !== generation || paths.length === 0) return;
    const controller = new AbortController();
    current = controller;
    let results: LibraryImportResult[] = [];
    try {
      results = await importPaths(handlers, paths, {
        signal: controller.signal,
        onProgress: (done, total, name) => send({ kind: 'import-progress', done, total, current: name }),
      });
    } catch (error) {
      showError('Import failed', errorMessage(error));
    } finally {
      current = null;
    }
    send({ kind: 'import-progress', done: results.length, total: results.length, current: null });
    send({ kind: 'imported', results });
  };

  return {
    run: (paths) => {
      const started = generation;
      const run = tail.then(() => runNow(paths, started));
      tail = run.catch(() => undefined);
      return run;
    },
    cancel: () => {
      generation++;
      current?.abort();
    },
  };
}
