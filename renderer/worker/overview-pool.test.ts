import { describe, expect, it } from 'vitest';
import { overviewColumns } from '../../shared/compare/overview';
import { bodyBlocks } from '../../shared/statements/model';
import { generateDerivedStatements, generateLargePair } from '../../testing/generators/generate-pairs';
import type { AnalysisClient } from './analysis-client';
import { createOverviewPool, overviewPoolSize } from './overview-pool';
import type { AnalysisJobs, AnalysisProgress } from './protocol';

const { reference } = generateLargePair(9, 2000);
const statements = generateDerivedStatements(
  21,
  bodyBlocks(reference).map((b) => b.text),
  20,
  300,
);

/** A worker's job run here, each with its own vocabulary as a real worker has; it notes the statements it got. */
function client(shares: string[][]): AnalysisClient {
  const mine: string[] = [];
  shares.push(mine);
  return {
    run: (async (
      _kind: 'overview',
      input: AnalysisJobs['overview']['input'],
      onProgress?: (progress: AnalysisProgress) => void,
    ) => {
      mine.push(...input.statements.map((s) => s.id));
      return overviewColumns(input.reference, input.statements, (done) =>
        onProgress?.({ done, total: input.statements.length, label: 'Comparing' }),
      );
    }) as AnalysisClient['run'],
  };
}

describe('the overview pool', () => {
  it('shares the statements out over its workers and gives the columns one worker gives, in order', async () => {
    const shares: string[][] = [];
    const pool = createOverviewPool([client(shares), client(shares)]);
    const heard: number[] = [];
    const columns = await pool.run('overview', { reference, statements }, (p) => heard.push(p.done));
    expect(columns).toEqual(overviewColumns(reference, statements));
    expect(shares.map((s) => s.length)).toEqual([10, 10]);
    expect(shares.flat()).toEqual(statements.map((s) => s.id));
    // Progress adds up the workers' and reaches the whole job.
    expect(Math.max(...heard)).toBe(statements.length);
  });

  it('leaves a second worker idle for a few statements, and sizes itself by the cores, one to four', async () => {
    const shares: string[][] = [];
    const pool = createOverviewPool([client(shares), client(shares)]);
    await pool.run('overview', { reference, statements: statements.slice(0, 3) });
    expect(shares.map((s) => s.length)).toEqual([3, 0]);
    expect([undefined, 0, 1, 2, 3, 16].map((cores) => overviewPoolSize(cores))).toEqual([1, 1, 1, 2, 3, 4]);
  });

  it('warms every worker, however few the statements: one each, columns in order', async () => {
    const shares: string[][] = [];
    const pool = createOverviewPool([client(shares), client(shares)]);
    const two = statements.slice(0, 2);
    expect(await pool.warm('overview', { reference, statements: two })).toEqual(
      overviewColumns(reference, two),
    );
    expect(shares).toEqual([[two[0]!.id], [two[1]!.id]]);
    expect(pool.size).toBe(2);
  });
});
