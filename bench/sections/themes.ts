/** Benchmark section: themes() over 1,000 generated statements of about 1,000 words each. */
import type { Statement } from '../../shared/statements/model';
import { randomParagraphs } from '../../shared/testing/generate-text';
import { makeStatement } from '../../shared/testing/make-statement';
import { createRandom } from '../../shared/testing/prng';
import { themes } from '../../shared/themes/themes';

const STATEMENTS = 1000;
const WORDS = 1000;
const RUNS = 5;

/** Seeded statements of about `words` words each, years 2003–2024 in turn. */
export function generateStatements(count: number, words: number, seed: number): Statement[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    makeStatement(randomParagraphs(random, words), { year: 2003 + (i % 22), title: `Generated ${i + 1}` }),
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The themes section of `npm run bench`. */
export const themesSection = {
  name: 'themes',
  async run(): Promise<object> {
    const statements = generateStatements(STATEMENTS, WORDS, 2019);
    const words = statements.reduce(
      (sum, s) => sum + s.blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0),
      0,
    );
    const times: number[] = [];
    let discovered = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const result = themes(statements, { reference: statements[0] });
      times.push(performance.now() - start);
      discovered = result.themes.filter((t) => t.source === 'discovered').length;
    }
    return {
      statements: STATEMENTS,
      words,
      // The median of the runs; the first also loads the NLP model and looks up each new word form.
      ms: Math.round(median(times)),
      firstMs: Math.round(times[0] ?? 0),
      runs: RUNS,
      discovered,
    };
  },
};

export default themesSection;
