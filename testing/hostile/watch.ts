/** What the hostile-file tests measure around one import: time, memory growth and new globals. */

/** The clock and memory readings a watch takes (given by the test: shared/ has no Node types). */
export interface ProcessProbe {
  /** Milliseconds from any fixed point (performance.now). */
  now(): number;
  /** Resident memory now, in bytes. */
  rss(): number;
  /** Peak resident memory so far, in kB. */
  maxRssKb(): number;
}

/** Readings since the watch started. */
export interface Watch {
  elapsedMs(): number;
  /** The larger of resident-memory growth now and growth of the peak, in MB. */
  growthMb(): number;
  /** Names added to globalThis since the watch started. */
  newGlobals(): string[];
}

/** Starts watching the process. */
export function watch(probe: ProcessProbe): Watch {
  const started = probe.now();
  const rss = probe.rss();
  const peak = probe.maxRssKb();
  const globals = new Set(Object.getOwnPropertyNames(globalThis));
  return {
    elapsedMs: () => probe.now() - started,
    growthMb: () => Math.max(probe.rss() - rss, (probe.maxRssKb() - peak) * 1024) / 1024 / 1024,
    newGlobals: () => Object.getOwnPropertyNames(globalThis).filter((name) => !globals.has(name)),
  };
}
