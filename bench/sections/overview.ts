/** Benchmark section: overview() of the 2019 reference against 200 generated statements of about 1,000 words. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { overview } from '../../shared/compare/overview';
import { importStatement } from '../../shared/statements/import-statement';
import { bodyBlocks } from '../../shared/statements/model';
import { generateDerivedStatements } from '../../testing/generators/generate-pairs';
import { peakRssMb, table, timeMedian, type BenchSection } from '../section';

const STATEMENTS = 200;
const WORDS = 1000;
const RUNS = 5;

/** The overview figures. */
export interface OverviewFigures {
  readonly statements: number;
  readonly wordsPerStatement: number;
  readonly ms: number;
  readonly runs: number;
  readonly peakRssMb: number;
}

/** The overview section of `npm run bench`. */
export const overviewSection: BenchSection = {
  name: 'overview',
  async run() {
    const path = fileURLToPath(
      new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
    );
    const imported = await importStatement({
      name: '2019-new-delhi-closing-csc.txt',
      bytes: new Uint8Array(readFileSync(path)),
    });
    if (!imported.ok) throw new Error(imported.error.reason);
    const reference = imported.statement;
    // Each statement: the reference's paragraphs reworded, moved, split, merged, dropped, plus new ones to ~1k words.
    const statements = generateDerivedStatements(
      2019,
      bodyBlocks(reference).map((b) => b.text),
      STATEMENTS,
      WORDS,
    );
    const words = statements.reduce(
      (n, s) => n + bodyBlocks(s).reduce((m, b) => m + b.text.split(/\s+/).length, 0),
      0,
    );
    // Warm-up: the first run also compiles.
    overview(reference, statements);
    overview(reference, statements);
    const ms = timeMedian(RUNS, () => overview(reference, statements));
    const figures: OverviewFigures = {
      statements: STATEMENTS,
      wordsPerStatement: Math.round(words / STATEMENTS),
      ms,
      runs: RUNS,
      peakRssMb: peakRssMb(),
    };
    return figures;
  },
  format(result) {
    const r = result as OverviewFigures;
    return [
      'overview: the 2019 reference against generated statements; median ms',
      table([
        ['statements', 'words each', 'ms', 'peak RSS MB'],
        [String(r.statements), String(r.wordsPerStatement), r.ms.toFixed(1), String(r.peakRssMb)],
      ]),
    ].join('\n');
  },
};

export default overviewSection;
