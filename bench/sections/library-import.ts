/**
 * Benchmark section: 500 statements imported through the backend handlers into a library folder on disk,
 * the folder opened again, and the overview of all 500 against the 2019 reference — time and memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/backend/handlers';
import { openLibraryStore } from '../../electron/backend/library-store';
import { overview } from '../../shared/compare/overview';
import { bodyBlocks } from '../../shared/statements/model';
import { generateDerivedStatements } from '../../testing/generators/generate-pairs';
import { loadReference } from '../../testing/backend/generated-library';
import { peakRssMb, table, type BenchSection } from '../section';

const STATEMENTS = 500;
const WORDS = 1000;

/** The library figures. */
export interface LibraryFigures {
  readonly statements: number;
  readonly importMs: number;
  readonly reopenMs: number;
  readonly overviewMs: number;
  /** Resident memory added by the whole run (import, reopen, overview), in MB. */
  readonly rssGrowthMb: number;
  readonly peakRssMb: number;
}

const section: BenchSection = {
  name: 'library-import',
  async run() {
    const reference = await loadReference();
    const encoder = new TextEncoder();
    // Real files as the app receives them: a title line, then the paragraphs, as .txt bytes.
    const files = generateDerivedStatements(
      500,
      bodyBlocks(reference).map((b) => b.text),
      STATEMENTS,
      WORDS,
    ).map((s, n) => ({
      name: `statement-${n}.txt`,
      bytes: encoder.encode(
        [`Closing Statement, Testville: ${1 + (n % 28)} November ${2000 + (n % 25)}`, '']
          .concat(bodyBlocks(s).map((b) => b.text))
          .join('\n\n'),
      ),
    }));

    const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-library-'));
    try {
      const rssBefore = process.memoryUsage().rss;
      let start = performance.now();
      const store = await openLibraryStore(dir);
      const handlers = createHandlers(store, { mode: 'web', version: 'bench' });
      for (const file of files) {
        const [result] = await handlers['library:import']([file]);
        if (!result?.ok) throw new Error(`bench import failed: ${file.name}`);
      }
      await store.idle();
      const importMs = performance.now() - start;

      start = performance.now();
      const reopened = await openLibraryStore(dir);
      const statements = reopened.snapshot().statements;
      const reopenMs = performance.now() - start;
      if (statements.length !== STATEMENTS)
        throw new Error(`expected ${STATEMENTS}, found ${statements.length}`);

      start = performance.now();
      const result = overview(reference, statements);
      const overviewMs = performance.now() - start;
      if (result.summaries.length !== STATEMENTS) throw new Error('overview lost statements');

      const figures: LibraryFigures = {
        statements: STATEMENTS,
        importMs: Math.round(importMs),
        reopenMs: Math.round(reopenMs),
        overviewMs: Math.round(overviewMs),
        rssGrowthMb: Math.round((process.memoryUsage().rss - rssBefore) / 1e6),
        peakRssMb: peakRssMb(),
      };
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  format(result) {
    const f = result as LibraryFigures;
    return `library-import: ${f.statements} statements of ~${WORDS} words through the backend handlers (one run)\n${table(
      [
        ['step', 'ms'],
        ['import into a new library folder', String(f.importMs)],
        ['open the folder again', String(f.reopenMs)],
        [`overview of all ${f.statements}`, String(f.overviewMs)],
      ],
    )}\nresident memory grew by ${f.rssGrowthMb} MB; process peak ${f.peakRssMb} MB`;
  },
};

export default section;
