import { describe, expect, it } from 'vitest';
import type { OverviewColumn } from '../../shared/compare/overview';
import { createOverviewColumnStore } from './overview-columns';

const REF = 'a'.repeat(64);
const hash = (n: number) => n.toString(16).padStart(64, '0');

const NONE = { echoed: 0, changed: 0, moved: 0, split: 0, merged: 0, added: 0, removed: 0 };

/** A column as the folder keeps it (one paragraph, unchanged); the statement id tells columns apart. */
function column(statementId: string): OverviewColumn {
  const cell = { op: 'unchanged' as const, similarity: 1, other: ['b1'], echo: null, echoedBy: [] };
  return { cells: [cell], summary: { statementId, retained: 1, unchanged: 1, ...NONE } };
}

/** A library folder holding columns of `kept` hashes, answering when `release` is called; it records each ask. */
function folder(kept: readonly string[]) {
  const asks: string[][] = [];
  const waiting: (() => void)[] = [];
  const bridge = {
    'analysis:overview-columns': (_version: string, _reference: string, hashes: readonly string[]) => {
      asks.push([...hashes]);
      const answer = Object.fromEntries(hashes.filter((h) => kept.includes(h)).map((h) => [h, column(h)]));
      return new Promise<Record<string, OverviewColumn>>((resolve) => waiting.push(() => resolve(answer)));
    },
    'analysis:save-overview-columns': async () => undefined,
  };
  return { bridge, asks, release: () => waiting.splice(0).forEach((answer) => answer()) };
}

describe('overview columns kept by content', () => {
  it('asks the folder once when the window and the view want the same columns at a time, and covers them meanwhile', async () => {
    const { bridge, asks, release } = folder([hash(1), hash(2)]);
    const store = createOverviewColumnStore(bridge, 'test-version');
    const all = [hash(1), hash(2), hash(3)];
    expect(store.covers(REF, all)).toBe(false);

    // The window asks as the list comes in; the view asks for a part of them before the answer.
    const early = store.known(REF, all);
    expect(store.covers(REF, all)).toBe(true);
    const view = store.known(REF, [hash(2), hash(3)]);
    expect(asks).toEqual([all]);
    release();

    const [first, second] = await Promise.all([early, view]);
    expect([...first.keys()]).toEqual([hash(1), hash(2)]);
    expect([...second.keys()]).toEqual([hash(2)]);
    expect(second.get(hash(2))?.summary.statementId).toBe(hash(2));
    // The column the folder did not have is to be compared: the pause is not skipped for it, nor is it asked again.
    expect(store.covers(REF, [hash(1), hash(2)])).toBe(true);
    expect(store.covers(REF, all)).toBe(false);
    const again = await store.known(REF, all);
    expect(asks).toHaveLength(1);
    expect([...again.keys()]).toEqual([hash(1), hash(2)]);
    // Another reference's columns are its own.
    expect(store.covers('b'.repeat(64), [hash(1)])).toBe(false);
  });

  it('a failed ask leaves the columns to be worked out, once', async () => {
    const asks: number[] = [];
    const store = createOverviewColumnStore(
      {
        'analysis:overview-columns': async (_v, _r, hashes) => {
          asks.push(hashes.length);
          throw new Error('the server of browser mode is gone');
        },
        'analysis:save-overview-columns': async () => undefined,
      },
      'test-version',
    );
    expect((await store.known(REF, [hash(1)])).size).toBe(0);
    expect(store.covers(REF, [hash(1)])).toBe(false);
    store.remember(REF, new Map([[hash(1), column('s1')]]));
    expect(store.covers(REF, [hash(1)])).toBe(true);
    expect((await store.known(REF, [hash(1)])).get(hash(1))?.summary.statementId).toBe('s1');
    expect(asks).toEqual([1]);
  });

  it('waits for columns being worked out ahead instead of asking the folder or comparing them again; a failure keeps none', async () => {
    const { bridge, asks, release } = folder([]);
    const saves: string[][] = [];
    const store = createOverviewColumnStore(
      {
        ...bridge,
        'analysis:save-overview-columns': async (_v, _r, columns) => void saves.push(Object.keys(columns)),
      },
      'test-version',
    );
    let finish = (_columns: ReadonlyMap<string, OverviewColumn>) => undefined as void;
    store.expect(REF, [hash(1)], new Promise((resolve) => (finish = resolve)));
    expect(store.covers(REF, [hash(1)])).toBe(true);
    const view = store.known(REF, [hash(1), hash(2)]);
    // Only the column nobody is working out is asked of the folder.
    expect(asks).toEqual([[hash(2)]]);
    release();
    finish(new Map([[hash(1), column('ahead')]]));
    const found = await view;
    expect([...found.keys()]).toEqual([hash(1)]);
    expect(found.get(hash(1))?.summary.statementId).toBe('ahead');
    expect(saves).toEqual([[hash(1)]]);

    store.expect(REF, [hash(3)], Promise.reject(new Error('the worker stopped')));
    expect((await store.known(REF, [hash(3)])).size).toBe(0);
    expect(store.covers(REF, [hash(3)])).toBe(false);
  });
});
