import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, type Statement } from '../statements/model';
import { generateDerivedStatements } from '../../testing/generators/generate-pairs';
import { makeStatementFromText } from '../../testing/generators/make-statement';
import { overview, type OverviewColumn, type OverviewColumnCache } from './overview';

const reference = makeStatementFromText(
  readFileSync(new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url), 'utf8'),
  { title: '2019 reference', year: 2019 },
);
const [a, b, c] = generateDerivedStatements(
  7,
  bodyBlocks(reference).map((block) => block.text),
  3,
  400,
) as [Statement, Statement, Statement];

// The key is the text itself here: it changes exactly when the text does, like the library's content hash.
const textKey = (s: Statement) => s.blocks.map((block) => block.text).join('\n');
const newCache = (): OverviewColumnCache => ({ columns: new Map(), keyOf: textKey });
const marker = (statementId: string, rows: number): OverviewColumn => ({
  cells: Array.from({ length: rows }, () => ({
    op: null,
    similarity: 0,
    other: [],
    echo: null,
    echoedBy: [],
  })),
  summary: {
    statementId,
    retained: 0.123,
    echoed: 0,
    unchanged: 0,
    changed: 0,
    moved: 0,
    split: 0,
    merged: 0,
    added: 0,
    removed: 0,
  },
});

describe('overview column cache', () => {
  it('gives the same overview as without a cache, cold and warm', () => {
    const cache = newCache();
    const plain = overview(reference, [a, b, c]);
    expect(overview(reference, [a, b, c], { cache })).toEqual(plain);
    expect(cache.columns.size).toBe(3);
    expect(overview(reference, [a, b, c], { cache })).toEqual(plain);
  });

  it('reuses the columns of unchanged texts when a statement is added (only the new one is compared)', () => {
    const cache = newCache();
    overview(reference, [a, b], { cache });
    const rows = bodyBlocks(reference).length;
    // Poison the stored column of `a`: if the next run used it, the cache was hit and `a` was not compared again.
    const keyA = `${textKey(reference)}|${textKey(a)}`;
    expect(cache.columns.has(keyA)).toBe(true);
    cache.columns.set(keyA, marker(a.id, rows));
    const progress: number[] = [];
    const result = overview(reference, [a, b, c], { cache, onProgress: (done) => progress.push(done) });
    expect(result.summaries.find((s) => s.statementId === a.id)?.retained).toBe(0.123);
    expect(result.summaries.find((s) => s.statementId === c.id)).toEqual(
      overview(reference, [c]).summaries[0],
    );
    expect(progress).toEqual([1, 2, 3]);
    expect(cache.columns.size).toBe(3);
  });

  it('compares again a statement whose text changed, and everything when the reference changed', () => {
    const cache = newCache();
    overview(reference, [a], { cache });
    const rows = bodyBlocks(reference).length;
    cache.columns.set(`${textKey(reference)}|${textKey(a)}`, marker(a.id, rows));
    const edited: Statement = {
      ...a,
      blocks: a.blocks.map((block, i) =>
        i === 1 ? { ...block, text: `${block.text} An added sentence.` } : block,
      ),
    };
    expect(overview(reference, [edited], { cache }).summaries[0]?.retained).not.toBe(0.123);

    const otherReference = makeStatementFromText(
      bodyBlocks(reference)
        .slice(0, 4)
        .map((x) => x.text)
        .join('\n\n'),
    );
    expect(overview(otherReference, [a], { cache })).toEqual(overview(otherReference, [a]));
  });
});
