import { describe, expect, it } from 'vitest';
import type { Statement } from '../../shared/statements/model';
import { summariseStatement, type StatementSummary } from '../../shared/statements/summary';
import { makeStatement } from '../../testing/generators/make-statement';
import { createStatementTexts } from './statement-texts';

/** A fake library behind `library:get` that records every call. */
function library(statements: readonly Statement[]) {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const calls: string[][] = [];
  const fetch = async (ids: readonly string[]) => {
    calls.push([...ids]);
    return ids.map((id) => byId.get(id) ?? expect.fail(`unknown id ${id}`));
  };
  return { byId, calls, fetch };
}

const one = makeStatement(['Rough diamonds from conflict areas.'], { title: 'One', year: 2020 });
const two = makeStatement(['Civil society asks for peer review.'], { title: 'Two', year: 2021 });
const three = makeStatement(['The definition stays unchanged.'], { title: 'Three', year: 2022 });
const summary = (s: Statement, hash = `hash-${s.id}`): StatementSummary => summariseStatement(s, hash);

describe('createStatementTexts', () => {
  it('fetches missing texts in batches, then answers from the cache while the hash is unchanged', async () => {
    const lib = library([one, two, three]);
    const texts = createStatementTexts(lib.fetch, 2);
    const summaries = [summary(one), summary(two), summary(three)];
    const progress: string[] = [];
    const first = await texts.load(summaries, (done, total) => progress.push(`${done}/${total}`));
    expect(first).toEqual([one, two, three]);
    expect(lib.calls).toEqual([[one.id, two.id], [three.id]]);
    expect(progress).toEqual(['0/3', '2/3', '3/3']);

    // A refreshed list brings new summary objects with the same hashes: no fetch.
    const again = await texts.load([summary(two), summary(one)]);
    expect(again.map((s) => s.id)).toEqual([two.id, one.id]);
    expect(lib.calls).toHaveLength(2);
    expect(texts.peek(summary(three))?.blocks).toEqual(three.blocks);
  });

  it('takes the title and metadata from the summary, so an edit needs no fetch', async () => {
    const lib = library([one]);
    const texts = createStatementTexts(lib.fetch);
    await texts.load([summary(one)]);
    const edited = { ...summary(one), title: 'Renamed', metadata: { ...one.metadata, year: 1999 } };
    expect(texts.peek(edited)).toMatchObject({
      title: 'Renamed',
      metadata: { year: 1999 },
      blocks: one.blocks,
    });
    expect(lib.calls).toHaveLength(1);
  });

  it('fetches again when the hash of a statement changed', async () => {
    const lib = library([one]);
    const texts = createStatementTexts(lib.fetch);
    await texts.load([summary(one, 'first')]);
    expect(texts.peek(summary(one, 'second'))).toBeUndefined();
    const changed = { ...one, blocks: [{ id: 'b', role: 'body' as const, text: 'A new text.' }] };
    lib.byId.set(one.id, changed);
    const [reloaded] = await texts.load([summary(one, 'second')]);
    expect(reloaded?.blocks).toEqual(changed.blocks);
    expect(lib.calls).toEqual([[one.id], [one.id]]);
  });

  it('asks once for a text two callers want at the same time', async () => {
    const lib = library([one, two]);
    const texts = createStatementTexts(lib.fetch);
    const [a, b] = await Promise.all([texts.load([summary(one), summary(two)]), texts.load([summary(two)])]);
    expect(a?.map((s) => s.id)).toEqual([one.id, two.id]);
    expect(b?.map((s) => s.id)).toEqual([two.id]);
    expect(lib.calls).toEqual([[one.id, two.id]]);
  });

  it('fails with the statement named when its text does not arrive', async () => {
    const texts = createStatementTexts(async () => []);
    await expect(texts.load([summary(one)])).rejects.toThrow(
      'The text of “One” did not arrive from the library.',
    );
  });
});
