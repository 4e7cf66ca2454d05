/**
 * Paces the searches sent as the reader types: a query goes to the worker at once when none is running; while one
 * runs, the newest waits and replaces any that waited, so typing never queues more than one search behind the one
 * the worker is on (a fixed debounce made every search wait, 90 ms of the 300 ms aimed at).
 */

/** Sends searches one at a time, the newest asked next. */
export interface SearchPacer {
  /** Runs `task` now, or after the running one if no newer task is asked meanwhile; returns a cancel for it. */
  ask(task: () => Promise<unknown>): () => void;
}

/** A pacer with nothing running. */
export function createSearchPacer(): SearchPacer {
  let running = false;
  let waiting: (() => Promise<unknown>) | null = null;
  const start = (task: () => Promise<unknown>): void => {
    running = true;
    const done = (): void => {
      running = false;
      const next = waiting;
      waiting = null;
      if (next) start(next);
    };
    let run: Promise<unknown>;
    try {
      run = task();
    } catch {
      done();
      return;
    }
    run.then(done, done);
  };
  return {
    ask(task) {
      if (!running) {
        start(task);
        // Sent: its answer is for the caller to drop when stale (the worker cannot be stopped mid-search).
        return () => undefined;
      }
      waiting = task;
      return () => {
        if (waiting === task) waiting = null;
      };
    },
  };
}
