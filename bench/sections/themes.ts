/** Benchmark section: themes() over 1,000 generated statements of about 1,000 words each. */
import type { Statement } from '../../shared/statements/model';
import { randomParagraphs } from '../../testing/generators/generate-text';
import { makeStatement } from '../../testing/generators/make-statement';
import { createRandom } from '../../testing/generators/prng';
import { themes } from '../../shared/themes/themes';
import { createThemesCache } from '../../shared/themes/themes-cache';
import { median, peakRssMb, table, type BenchSection } from '../section';

const STATEMENTS = 1000;
const WORDS = 1000;
const RUNS = 5;

/** Seeded statements of about `words` words each in the field's vocabulary, years 2003–2024 in turn. */
export function generateStatements(count: number, words: number, seed: number): Statement[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    makeStatement(randomParagraphs(random, words), { year: 2003 + (i % 22), title: `Generated ${i + 1}` }),
  );
}

interface ThemesBench {
  readonly statements: number;
  readonly words: number;
  /** Median wall time of the runs, ms. */
  readonly ms: number;
  /** The first run, which also loads the NLP model and lemmatises each new word form, ms. */
  readonly firstMs: number;
  /** Median CPU time (user + system) of the runs, ms: what the work costs however busy the machine is. */
  readonly cpuMs: number;
  /** With the cache the app's worker keeps: from nothing over all but the last statement, then with it (median of the runs). */
  readonly cachedColdMs: number;
  readonly addOneMs: number;
  readonly addOneCpuMs: number;
  /** Statements read for that (the one added). */
  readonly addOneReads: number;
  /**
   * A new cache given the readings an earlier one kept (a new window or a restart with `themes-reads.bin`): every
   * statement taken from them, none read; median wall and CPU time of the runs, and their size in bytes.
   */
  readonly keptMs: number;
  readonly keptCpuMs: number;
  readonly keptBytes: number;
  readonly runs: number;
  readonly discovered: number;
  readonly occurrences: number;
  readonly peakRssMb: number;
}

/** The themes section of `npm run bench`. */
export const themesSection = {
  name: 'themes',
  async run(): Promise<ThemesBench> {
    const statements = generateStatements(STATEMENTS, WORDS, 2019);
    const words = statements.reduce(
      (sum, s) => sum + s.blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0),
      0,
    );
    const times: number[] = [];
    const cpu: number[] = [];
    let discovered = 0;
    let occurrences = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      const result = themes(statements, { reference: statements[0] });
      times.push(performance.now() - start);
      const used = process.cpuUsage(startCpu);
      cpu.push((used.user + used.system) / 1000);
      discovered = result.themes.filter((t) => t.source === 'discovered').length;
      occurrences = result.themes.reduce((n, t) => n + t.total, 0);
    }
    const cold: number[] = [];
    const addOne: number[] = [];
    const addOneCpu: number[] = [];
    let addOneReads = 0;
    for (let run = 0; run < RUNS; run++) {
      const cache = createThemesCache();
      let start = performance.now();
      themes(statements.slice(0, -1), { reference: statements[0], cache });
      cold.push(performance.now() - start);
      const before = cache.reads().units;
      start = performance.now();
      const startCpu = process.cpuUsage();
      themes(statements, { reference: statements[0], cache });
      addOne.push(performance.now() - start);
      const used = process.cpuUsage(startCpu);
      addOneCpu.push((used.user + used.system) / 1000);
      addOneReads = cache.reads().units - before;
    }
    const keeping = createThemesCache();
    themes(statements, { reference: statements[0], cache: keeping });
    const bundles = keeping.unsaved(statements)?.bundles ?? [];
    const kept: number[] = [];
    const keptCpu: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      const cache = createThemesCache();
      cache.adopt(bundles);
      themes(statements, { reference: statements[0], cache });
      kept.push(performance.now() - start);
      const used = process.cpuUsage(startCpu);
      keptCpu.push((used.user + used.system) / 1000);
      if (cache.reads().units > 0) throw new Error('statements read again despite the kept readings');
    }
    return {
      statements: STATEMENTS,
      words,
      ms: Math.round(median(times)),
      firstMs: Math.round(times[0] ?? 0),
      cpuMs: Math.round(median(cpu)),
      cachedColdMs: Math.round(median(cold)),
      addOneMs: Math.round(median(addOne)),
      addOneReads,
      addOneCpuMs: Math.round(median(addOneCpu)),
      keptMs: Math.round(median(kept)),
      keptCpuMs: Math.round(median(keptCpu)),
      keptBytes: bundles.reduce((n, b) => n + b.length, 0),
      runs: RUNS,
      discovered,
      occurrences,
      peakRssMb: peakRssMb(),
    };
  },
  format(result: object): string {
    const r = result as ThemesBench;
    return `themes (${r.statements} statements, ${r.words} words; median of ${r.runs} runs)\n${table([
      ['', 'ms'],
      ['median', String(r.ms)],
      ['median CPU time', String(r.cpuMs)],
      ['first run (loads the NLP model)', String(r.firstMs)],
      ['with a cache, from nothing (one statement less)', String(r.cachedColdMs)],
      [`with a cache, after adding one (${r.addOneReads} read)`, String(r.addOneMs)],
      ['… its CPU time', String(r.addOneCpuMs)],
      [
        `a new cache given the readings kept (${(r.keptBytes / 1e6).toFixed(1)} MB), none read`,
        String(r.keptMs),
      ],
      ['… its CPU time', String(r.keptCpuMs)],
    ])}\n${r.discovered} discovered themes, ${r.occurrences} occurrences in all; peak RSS ${r.peakRssMb} MB`;
  },
} satisfies BenchSection;

export default themesSection;
