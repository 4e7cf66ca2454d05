/** A benchmark section: a named measurement whose result becomes one top-level key of `--json`. */
export interface BenchSection {
  readonly name: string;
  run(): Promise<object>;
  /** A readable rendering of the result for the plain output (JSON when absent). */
  format?(result: object): string;
}

/** The median of some timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `fn` `runs` times and returns the median wall time in ms (rounded to 0.1). */
export function timeMedian(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

/**
 * Runs each of `fns` in turn, `runs` rounds, and returns each one's median wall time and median process CPU time in ms
 * (rounded to 0.1): a ratio of two of them is not swayed by a spell of load that met only one, and the CPU times hold
 * better than wall times while other jobs share the cores. Every other round runs them in the reverse order, so none
 * always pays for collecting the garbage the one before it left.
 */
export function timeMediansAlternated(
  runs: number,
  fns: readonly (() => unknown)[],
): { readonly wall: number[]; readonly cpu: number[] } {
  const wall = fns.map((): number[] => []);
  const cpu = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++)
    for (let n = 0; n < fns.length; n++) {
      const k = i % 2 === 0 ? n : fns.length - 1 - n;
      const start = performance.now();
      const startCpu = process.cpuUsage();
      (fns[k] as () => unknown)();
      const used = process.cpuUsage(startCpu);
      wall[k]?.push(performance.now() - start);
      cpu[k]?.push((used.user + used.system) / 1000);
    }
  const rounded = (t: number[]) => Math.round(median(t) * 10) / 10;
  return { wall: wall.map(rounded), cpu: cpu.map(rounded) };
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Pads a table: the first column left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '),
    )
    .join('\n');
}
