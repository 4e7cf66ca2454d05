import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { buildSearchIndex, parseQuery, search } from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import {
  corpusKey,
  createSearchWorkerState,
  indexInBackground,
  packSearchOutput,
  runSearchJob,
  unpackSearchResults,
  type SearchCorpusEntry,
} from './search-job';

/** The corpus entries for `statements`, hashed by their text here, with blocks for those not in `sent`. */
function entries(
  statements: readonly Statement[],
  sent: ReadonlySet<string> = new Set(),
): SearchCorpusEntry[] {
  return statements.map((s) => {
    const hash = `hash-of-${s.blocks.map((b) => b.text).join('|')}`;
    return { id: s.id, title: s.title, metadata: s.metadata, hash, blocks: sent.has(hash) ? null : s.blocks };
  });
}

describe('runSearchJob', () => {
  const one = makeStatement(['Rough diamonds.'], { title: 'One', year: 2020 });
  const two = makeStatement(['Polished rough diamonds.'], { title: 'Two', year: 2021 });

  it('asks for a corpus it has not indexed, then searches without it', () => {
    const state = createSearchWorkerState();
    const corpus = entries([one, two]);
    const key = corpusKey(corpus);
    expect(runSearchJob(state, { query: 'rough', corpusKey: key, corpus: null })).toEqual({
      kind: 'need-corpus',
    });
    const first = runSearchJob(state, { query: 'rough', corpusKey: key, corpus });
    expect(first.kind === 'results' && [first.results.paragraphCount, first.indexed, first.total]).toEqual([
      2, 2, 2,
    ]);
    const again = runSearchJob(state, { query: 'polished', corpusKey: key, corpus: null });
    expect(again.kind === 'results' && again.results.statements.map((s) => s.statementId)).toEqual([two.id]);
  });

  it('changes key when a title, year or text changes (the order of the results depends on them)', () => {
    const key = corpusKey(entries([one]));
    expect(key).not.toBe(corpusKey(entries([{ ...one, title: 'Renamed' }])));
    expect(key).not.toBe(corpusKey(entries([{ ...one, metadata: { ...one.metadata, year: 1999 } }])));
    const edited = { ...one, blocks: one.blocks.map((b) => ({ ...b, text: `${b.text} More.` })) };
    expect(key).not.toBe(corpusKey(entries([edited])));
    expect(
      runSearchJob(createSearchWorkerState(), { query: 'rough', corpusKey: key, corpus: null }).kind,
    ).toBe('need-corpus');
  });

  it('is sent and folds only the text it lacks when a statement is added, and asks for texts it forgot', () => {
    const state = createSearchWorkerState();
    const first = entries([one]);
    runSearchJob(state, { query: 'rough', corpusKey: corpusKey(first), corpus: first });
    const foldedOne = state.folded.get(first[0]!.hash);
    // The second corpus carries the first text by hash only.
    const sent = new Set(first.map((e) => e.hash));
    const second = entries([one, two], sent);
    expect(second.map((e) => e.blocks === null)).toEqual([true, false]);
    const answer = runSearchJob(state, { query: 'rough', corpusKey: corpusKey(second), corpus: second });
    expect(answer.kind === 'results' && answer.results.paragraphCount).toBe(2);
    // The first statement's folded paragraphs are the same object: not folded again.
    expect(state.folded.get(first[0]!.hash)).toBe(foldedOne);
    // A worker that never had a text says which.
    const fresh = createSearchWorkerState();
    expect(runSearchJob(fresh, { query: 'rough', corpusKey: corpusKey(second), corpus: second })).toEqual({
      kind: 'need-texts',
      hashes: [first[0]!.hash],
    });
  });

  it('answers from the statements indexed so far, the first ones of the final results, then all of them', () => {
    const statements = Array.from({ length: 40 }, (_, i) =>
      makeStatement([`Rough diamonds in paragraph ${i}.`, 'Nothing here.'], {
        title: `Statement ${i}`,
        year: 2000 + (i % 7),
      }),
    );
    const corpus = entries(statements);
    const key = corpusKey(corpus);
    const whole = search(buildSearchIndex(statements), parseQuery('rough diamonds'));
    const state = createSearchWorkerState();
    // No time to index: the answer holds what is indexed (at least one statement), in the final order.
    const first = runSearchJob(state, { query: 'rough diamonds', corpusKey: key, corpus }, 0);
    if (first.kind !== 'results') throw new Error(first.kind);
    expect(first.total).toBe(40);
    expect(first.indexed).toBeGreaterThan(0);
    expect(first.indexed).toBeLessThan(40);
    expect(first.results.statements).toEqual(whole.statements.slice(0, first.indexed));
    // The worker goes on between messages, a slice at a time, until the index is whole.
    const slices: (() => void)[] = [];
    indexInBackground(state, (slice) => slices.push(slice));
    while (slices.length > 0) slices.shift()!();
    const last = runSearchJob(state, { query: 'rough diamonds', corpusKey: key, corpus: null }, 0);
    if (last.kind !== 'results') throw new Error(last.kind);
    expect(last.indexed).toBe(40);
    expect(last.results).toEqual(whole);
  });
});

describe('packed search results', () => {
  it('cross a structured clone packed and unpack to the results found, hit for hit', () => {
    const statements = [
      makeStatement(['Rough diamonds here.', 'No stones.', 'Rough diamonds, rough diamonds.'], {
        title: 'One',
        year: 2020,
      }),
      makeStatement(['Nothing of the kind.'], { title: 'Two', year: 2021 }),
      makeStatement(['Were the diamonds rough? Rough diamonds.'], { title: 'Three', year: null }),
    ];
    const corpus = entries(statements);
    const output = runSearchJob(createSearchWorkerState(), {
      query: 'rough diamonds',
      corpusKey: corpusKey(corpus),
      corpus,
    });
    if (output.kind !== 'results') throw new Error(`no results: ${output.kind}`);
    // Independently of the packing: the hits as written above.
    expect(output.results.statements.map((s) => [s.hits.map((h) => [h.paragraph, h.occurrences])])).toEqual([
      [
        [
          [1, 1],
          [3, 2],
        ],
      ],
      [[[1, 1]]],
    ]);
    const packed = packSearchOutput(output);
    if (packed.kind !== 'results') throw new Error('not packed');
    const crossed = structuredClone(packed, { transfer: [packed.packed.counts.buffer] });
    expect(unpackSearchResults(crossed.packed)).toEqual(output.results);
    expect([crossed.indexed, crossed.total]).toEqual([3, 3]);
    expect(packSearchOutput({ kind: 'need-corpus' })).toEqual({ kind: 'need-corpus' });
  });
});
