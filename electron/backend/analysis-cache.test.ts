import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { overview, overviewColumns } from '../../shared/compare/overview';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { withBlocks } from '../../shared/statements/summary';
import type { Overview } from '../../shared/compare/model';
import { createStatementTexts, type StatementTexts } from '../../renderer/library/statement-texts';
import { createOverviewColumnStore } from '../../renderer/overview/overview-columns';
import { runOverview, type OverviewWorker } from '../../renderer/overview/run-overview';
import { loadReference } from '../../testing/backend/generated-library';
import { useTestLibrary } from '../../testing/backend/test-library';
import { generateDerivedStatements } from '../../testing/generators/generate-pairs';
import { ANALYSIS_CACHE_FILE, MAX_REFERENCES, openAnalysisCache } from './analysis-cache';
import { parseChannelArgs } from './schemas';
import { createHandlers, type Handlers } from './handlers';
import { loadBundledCorpus } from './bundled-corpus';
import { INDEX_FILE } from './library-store';

const { tempDir, openStore } = useTestLibrary('plenary-analysis-cache-');

/** A library folder with the bundled corpus and `count` statements derived from the 2019 reference. */
async function library(count: number) {
  const dir = await tempDir();
  const store = await openStore(dir, {
    bundled: await loadBundledCorpus(join(import.meta.dirname, '../../resources/corpus')),
  });
  const reference = await loadReference();
  const base = bodyBlocks(reference).map((b) => b.text);
  for (const [n, s] of generateDerivedStatements(77, base, count, 220).entries())
    await store.add({ ...s, title: `Generated ${n + 1}` });
  await store.idle();
  return { dir, store, handlers: createHandlers(store, { mode: 'web', version: 'test' }) };
}

/** The library as the window has it: summaries, a text cache over library:get (counting the texts fetched). */
async function texts(handlers: Handlers) {
  const list = await handlers['library:list']();
  const full = await handlers['library:get'](list.statements.map((s) => s.id));
  const statements = list.statements.map((s, i) => withBlocks(s, (full[i] as Statement).blocks));
  const reference = statements.find((s) => s.id === list.referenceId) as Statement;
  const fetched: string[] = [];
  const cache = createStatementTexts(async (ids) => (fetched.push(...ids), handlers['library:get'](ids)));
  return {
    reference,
    /** The other statements with their texts, for the expected overview. */
    others: statements.filter((s) => s !== reference),
    fetched,
    input: {
      reference,
      referenceHash: list.statements.find((s) => s.id === reference.id)?.hash ?? null,
      statements: list.statements.filter((s) => s.id !== reference.id),
      texts: cache,
    },
  };
}

/** The parts of an overview a reader sees: rows, cells, summaries and the order of the statements. */
function seen(o: Overview) {
  return { rows: o.rows, cells: o.cells, summaries: o.summaries, order: o.statements.map((s) => s.id) };
}

/** The worker's job, run here: it counts the statements it is asked to compare. */
function countingClient() {
  const compared: string[] = [];
  const client: OverviewWorker = {
    run: async (_kind, input) => {
      compared.push(...input.statements.map((s) => s.id));
      return overviewColumns(input.reference, input.statements);
    },
  };
  return { client, compared };
}

describe('analysis cache: overview columns kept in the library folder by content hash', () => {
  it('a restart reuses every column, adding one statement compares only that one, and the overview is the same', async () => {
    const { handlers, store } = await library(5);
    const { reference, others, input, fetched } = await texts(handlers);
    const first = countingClient();
    const before = await runOverview(createOverviewColumnStore(handlers, 'v1'), first.client, input);
    expect(first.compared).toHaveLength(others.length);
    expect(fetched).toHaveLength(others.length);
    expect(seen(before)).toEqual(seen(overview(reference, others)));

    // A new window (a restart): nothing in memory, every column from the folder, not one text fetched.
    const restarted = await texts(handlers);
    const again = countingClient();
    const after = await runOverview(createOverviewColumnStore(handlers, 'v1'), again.client, restarted.input);
    expect(seen(after)).toEqual(seen(before));
    expect(again.compared).toEqual([]);
    expect(restarted.fetched).toEqual([]);

    const [derived] = generateDerivedStatements(
      5000,
      bodyBlocks(reference).map((b) => b.text),
      1,
      260,
    );
    const { statement: added, duplicate } = await store.add({
      ...(derived as Statement),
      title: 'Generated 6',
    });
    expect(duplicate).toBe(false);
    const grown = await texts(handlers);
    const third = countingClient();
    const result = await runOverview(createOverviewColumnStore(handlers, 'v1'), third.client, grown.input);
    expect(third.compared).toEqual([added.id]);
    expect(grown.fetched).toEqual([added.id]);
    expect(seen(result)).toEqual(seen(overview(grown.reference, grown.others)));

    // Code of another version finds nothing kept.
    const other = countingClient();
    await runOverview(createOverviewColumnStore(handlers, 'v2'), other.client, input);
    expect(other.compared).toHaveLength(others.length);
  });

  it('keeps each slice of columns as it is worked out: an overview cut short goes on from there', async () => {
    const { handlers } = await library(5);
    const { others, input } = await texts(handlers);
    const compared: string[] = [];
    let calls = 0;
    let saving: Promise<void> = Promise.resolve();
    const bridge = {
      'analysis:overview-columns': handlers['analysis:overview-columns'],
      'analysis:save-overview-columns': (...args: Parameters<Handlers['analysis:save-overview-columns']>) =>
        (saving = handlers['analysis:save-overview-columns'](...args)),
    };
    const failing: OverviewWorker = {
      run: async (_kind, job) => {
        if (++calls === 2) throw new Error('the window was closed');
        compared.push(...job.statements.map((s) => s.id));
        return overviewColumns(job.reference, job.statements);
      },
    };
    await expect(
      runOverview(createOverviewColumnStore(bridge, 'v1'), failing, input, undefined, { perSlice: 2 }),
    ).rejects.toThrow('the window was closed');
    expect(compared).toHaveLength(2);
    await saving;
    const next = countingClient();
    await runOverview(createOverviewColumnStore(handlers, 'v1'), next.client, input, undefined, {
      perSlice: 2,
    });
    expect(next.compared.sort()).toEqual(
      others
        .map((s) => s.id)
        .filter((id) => !compared.includes(id))
        .sort(),
    );
  });

  it('compares the grid’s first columns first and hands over the overview so far after each slice', async () => {
    const { handlers } = await library(7);
    const { reference, others, input } = await texts(handlers);
    const { client } = countingClient();
    const jobs: string[][] = [];
    const recording: OverviewWorker = {
      run: (kind, job, onProgress) => {
        jobs.push(job.statements.map((s) => s.id));
        return client.run(kind, job, onProgress);
      },
    };
    const partials: Overview[] = [];
    // The library lists statements in its own order; the grid shows them by year.
    const result = await runOverview(createOverviewColumnStore(handlers, 'v1'), recording, input, undefined, {
      firstSlice: 2,
      perSlice: 3,
      onPartial: (sofar) => partials.push(sofar),
    });
    const whole = overview(reference, others);
    const order = whole.statements.map((s) => s.id);
    expect(order).not.toEqual(input.statements.map((s) => s.id));
    const slices = [order.slice(0, 2)];
    for (let at = 2; at < order.length; at += 3) slices.push(order.slice(at, at + 3));
    expect(jobs).toEqual(slices);
    // After each slice but the last: the overview of the statements compared so far, as overview() gives it.
    expect(partials.map(seen)).toEqual(
      slices.slice(0, -1).map((_, k) => {
        const sofar = new Set(slices.slice(0, k + 1).flat());
        return seen(
          overview(
            reference,
            others.filter((s) => sofar.has(s.id)),
          ),
        );
      }),
    );
    expect(seen(result)).toEqual(seen(whole));
  });

  it('starts the workers before the first texts are in, and fetches and sends the next slice once the first columns are shown', async () => {
    const { handlers } = await library(7);
    const { input } = await texts(handlers);
    const { client } = countingClient();
    const events: string[] = [];
    const recording: OverviewWorker = {
      prepare: (statements) => events.push(`prepare ${statements}`),
      run: (kind, job, onProgress) => {
        events.push(`run ${job.statements.length}`);
        return client.run(kind, job, onProgress);
      },
    };
    const loading: Pick<StatementTexts, 'load'> = {
      load: (statements, onLoaded) => {
        events.push(`texts ${statements.length}`);
        return input.texts.load(statements, onLoaded);
      },
    };
    let show = () => {};
    const shown = new Promise<void>((resolve) => (show = resolve));
    const running = runOverview(
      createOverviewColumnStore(handlers, 'v1'),
      recording,
      { ...input, texts: loading },
      undefined,
      {
        firstSlice: 2,
        perSlice: 3,
        onPartial: () => events.push('partial'),
        firstShown: () => {
          events.push('shown?');
          return shown;
        },
      },
    );
    await vi.waitFor(() => expect(events).toContain('shown?'));
    // The first slice's texts asked and its workers started at once; the first slice compared alone, no texts
    // fetched beside it.
    expect(events).toEqual(['texts 2', 'prepare 2', 'run 2', 'partial', 'shown?']);
    // Nothing more is fetched or goes to the workers until the first columns are shown.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toHaveLength(5);
    show();
    await running;
    // Then the next slice's texts, and each further slice's while the one before is compared.
    expect(events.slice(5)).toEqual([
      'texts 3',
      'texts 3',
      'run 3',
      'partial',
      'texts 3',
      'run 3',
      'partial',
      'run 3',
    ]);
  });

  it('keeps only statements still in the library and the last few references', async () => {
    const { dir, handlers, store } = await library(MAX_REFERENCES + 2);
    const { others, input } = await texts(handlers);
    const hashes = new Map(input.statements.map((s) => [s.id, s.hash]));
    const cache = openAnalysisCache(dir);
    const hashOf = (s: Statement) => hashes.get(s.id) as string;
    const live = new Set(hashes.values());
    const [first, second] = others as [Statement, Statement];
    const column = overviewColumns(first, [second])[0]!;
    // Each other statement in turn as the reference, with `second`'s column against it.
    for (const s of others)
      await cache.saveOverviewColumns('v1', hashOf(s), { [hashOf(second)]: column }, live);
    const kept = JSON.parse(await readFile(join(dir, ANALYSIS_CACHE_FILE), 'utf8')) as {
      overview: Record<string, unknown>;
    };
    expect(Object.keys(kept.overview)).toEqual(others.slice(-MAX_REFERENCES).map(hashOf));

    await store.remove(second.id);
    const stillLive = new Set([...live].filter((h) => h !== hashOf(second)));
    const last = others.at(-1) as Statement;
    await cache.saveOverviewColumns('v1', hashOf(last), {}, stillLive);
    expect(await openAnalysisCache(dir).overviewColumns('v1', hashOf(last), [hashOf(second)])).toEqual({});
  });

  it('warm() reads the file as the library opens: the first ask is answered from what was read then', async () => {
    const { dir, handlers } = await library(2);
    const { others, input } = await texts(handlers);
    const hashes = input.statements.map((s) => s.hash);
    const referenceHash = input.referenceHash as string;
    const [first, second] = others as [Statement, Statement];
    const column = overviewColumns(first, [second])[0]!;
    await openAnalysisCache(dir).saveOverviewColumns(
      'v1',
      referenceHash,
      { [hashes[1] as string]: column },
      new Set([...hashes, referenceHash]),
    );
    const warmed = openAnalysisCache(dir);
    const cold = openAnalysisCache(dir);
    await warmed.warm();
    // Read while the window loads: the file gone afterwards, the warmed cache still answers, the cold one cannot.
    await writeFile(join(dir, ANALYSIS_CACHE_FILE), 'gone');
    expect(await warmed.overviewColumns('v1', referenceHash, hashes)).toEqual({
      [hashes[1] as string]: column,
    });
    expect(await cold.overviewColumns('v1', referenceHash, hashes)).toEqual({});
  });

  it('each kept column is checked when used: the sound ones are served, a damaged one sets the file aside', async () => {
    const { dir, handlers } = await library(3);
    const { others, input } = await texts(handlers);
    const [a, b, c] = input.statements.map((s) => s.hash) as [string, string, string];
    const referenceHash = input.referenceHash as string;
    const live = new Set([a, b, c, referenceHash]);
    const column = overviewColumns(others[0] as Statement, [others[1] as Statement])[0]!;
    const file = (columns: Record<string, unknown>) =>
      JSON.stringify({
        format: 'plenary-diff analysis cache',
        formatVersion: 1,
        analysis: 'v1',
        overview: { [referenceHash]: columns },
      });
    // A sound column (with a field no column has, left out as before) beside a damaged one that is not asked for.
    await writeFile(
      join(dir, ANALYSIS_CACHE_FILE),
      file({ [a]: { ...column, extra: 1 }, [b]: { cells: 3 } }),
    );
    const cache = openAnalysisCache(dir);
    await cache.warm();
    expect(await cache.overviewColumns('v1', referenceHash, [a])).toEqual({ [a]: column });
    expect(cache.problem()).toBeNull();
    // Asked for, the damaged one sets the whole file aside, as a file with it was set aside when read.
    expect(await cache.overviewColumns('v1', referenceHash, [a, b])).toEqual({});
    expect(cache.problem()).toMatch(/analysis-cache\.json is not an analysis cache this version reads/);
    expect(await cache.overviewColumns('v1', referenceHash, [a])).toEqual({});

    // Never asked for, it is met by the next save, which writes the file anew without the old columns.
    await writeFile(join(dir, ANALYSIS_CACHE_FILE), file({ [a]: column, [b]: { cells: 3 } }));
    const saving = openAnalysisCache(dir);
    await saving.saveOverviewColumns('v1', referenceHash, { [c]: column }, live);
    const written = JSON.parse(await readFile(join(dir, ANALYSIS_CACHE_FILE), 'utf8')) as {
      overview: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(written.overview[referenceHash] ?? {})).toEqual([c]);
    expect(await openAnalysisCache(dir).overviewColumns('v1', referenceHash, [a, b, c])).toEqual({
      [c]: column,
    });
  });

  it('a damaged, foreign or outdated cache file is ignored and replaced, and the library is untouched', async () => {
    const { dir, handlers } = await library(2);
    const { reference, others, input } = await texts(handlers);
    const hashes = new Map([reference, ...input.statements].map((s) => [s.id, input.referenceHash ?? '']));
    for (const s of input.statements) hashes.set(s.id, s.hash);
    const index = await readFile(join(dir, INDEX_FILE), 'utf8');
    for (const content of [
      '{"format": "plenary-diff analysis cache", "formatVersion": 1, "analy',
      JSON.stringify({ format: 'something else', formatVersion: 1, analysis: 'v1', overview: {} }),
      JSON.stringify({
        format: 'plenary-diff analysis cache',
        formatVersion: 1,
        analysis: 'v1',
        overview: {
          [hashes.get(reference.id) as string]: { [hashes.get(others[0]!.id) as string]: { cells: 3 } },
        },
      }),
    ]) {
      await writeFile(join(dir, ANALYSIS_CACHE_FILE), content);
      const cache = openAnalysisCache(dir);
      expect(
        await cache.overviewColumns('v1', hashes.get(reference.id) as string, [...hashes.values()]),
      ).toEqual({});
      expect(cache.problem()).toMatch(/analysis-cache\.json is not an analysis cache this version reads/);
      const run = countingClient();
      let saving: Promise<void> = Promise.resolve();
      const session = createOverviewColumnStore(
        {
          'analysis:overview-columns': (...args) => cache.overviewColumns(...args),
          'analysis:save-overview-columns': (version, ref, columns) =>
            (saving = cache.saveOverviewColumns(version, ref, columns, new Set(hashes.values()))),
        },
        'v1',
      );
      await runOverview(session, run.client, input);
      expect(run.compared).toHaveLength(others.length);
      await saving;
      const reread = openAnalysisCache(dir);
      expect(
        Object.keys(
          await reread.overviewColumns('v1', hashes.get(reference.id) as string, [...hashes.values()]),
        ),
      ).toHaveLength(others.length);
      expect(reread.problem()).toBeNull();
    }
    expect(await readFile(join(dir, INDEX_FILE), 'utf8')).toBe(index);
    expect((await handlers['library:list']()).statements).toHaveLength(others.length + 1);
  });

  it('the channels refuse what is not a content hash or a column', () => {
    const hash = 'a'.repeat(64);
    expect(parseChannelArgs('analysis:overview-columns', ['v1', hash, [hash]]).ok).toBe(true);
    const bad = parseChannelArgs('analysis:overview-columns', ['v1', '../index.json', [hash]]);
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/expected a sha256 content hash/) });
    const column = parseChannelArgs('analysis:save-overview-columns', [
      'v1',
      hash,
      { [hash]: { cells: [{ op: 'nope' }], summary: {} } },
    ]);
    expect(column.ok).toBe(false);
  });
});
