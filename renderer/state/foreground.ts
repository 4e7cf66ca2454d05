/**
 * What the reader is waiting for (a search), told apart from what the window does for later (the themes' readings and
 * answer saved to the library folder): background work waits until no foreground work has run for a moment. Each of
 * those saves held the window's thread and the server for a while (in Chromium under Playwright up to 1.6 s per 3 MB
 * bundle, inside the native fetch), and a search that met them took 0.9–2.2 s instead of ~0.3 s at 3,000 statements.
 * (Session 12 found most of that hold was the debugger's: with a CDP session attached Chromium copies a typed-array
 * request body on the window's thread; the bridge now sends bytes as a Blob, renderer/bridge/http-bridge.ts. The
 * saves still cost the server and the network a while, so they still give way.)
 */

/** Foreground work and the background work that gives way to it. */
export interface Foreground {
  /** Marks `work` as the reader's until it settles; returns it. */
  hold<T>(work: Promise<T>): Promise<T>;
  /** Resolves once no foreground work is running and none has ended in the last `quietMs`. */
  quiet(): Promise<void>;
}

/** How long after a search background work still waits: the reader is looking at the results, or typing on. */
export const FOREGROUND_QUIET_MS = 1500;

/** A foreground with nothing held; `now` and `wait` are the clock (tests hand fake timers' own). */
export function createForeground(
  quietMs = FOREGROUND_QUIET_MS,
  now: () => number = () => performance.now(),
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Foreground {
  let held = 0;
  let lastEnded = Number.NEGATIVE_INFINITY;
  let released: Promise<void> | null = null;
  let release = (): void => undefined;
  return {
    hold(work) {
      if (held++ === 0) released = new Promise<void>((resolve) => (release = resolve));
      const end = () => {
        lastEnded = now();
        if (--held === 0) {
          released = null;
          release();
        }
      };
      work.then(end, end);
      return work;
    },
    async quiet() {
      for (;;) {
        if (released) await released;
        else if (now() - lastEnded < quietMs) await wait(quietMs - (now() - lastEnded));
        else return;
      }
    },
  };
}
