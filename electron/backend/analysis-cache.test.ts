import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overview, overviewColumns } from '../../shared/compare/overview';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { withBlocks } from '../../shared/statements/summary';
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

/** The statements (texts from library:get) and their content hashes, as the window has them. */
async function texts(handlers: Handlers) {
  const list = await handlers['library:list']();
  const full = await handlers['library:get'](list.statements.map((s) => s.id));
  const statements = list.statements.map((s, i) => withBlocks(s, (full[i] as Statement).blocks));
  const reference = statements.find((s) => s.id === list.referenceId) as Statement;
  return {
    reference,
    others: statements.filter((s) => s !== reference),
    hashes: new Map(list.statements.map((s) => [s.id, s.hash])),
  };
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
    const { reference, others, hashes } = await texts(handlers);
    const first = countingClient();
    const session1 = createOverviewColumnStore(handlers, 'v1');
    const before = await runOverview(session1, first.client, { reference, statements: others, hashes });
    expect(first.compared).toHaveLength(others.length);
    expect(before).toEqual(overview(reference, others));

    // A new window (a restart): nothing in memory, everything from the folder.
    const again = countingClient();
    const session2 = createOverviewColumnStore(handlers, 'v1');
    expect(await runOverview(session2, again.client, { reference, statements: others, hashes })).toEqual(
      before,
    );
    expect(again.compared).toEqual([]);

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
    const result = await runOverview(createOverviewColumnStore(handlers, 'v1'), third.client, {
      reference: grown.reference,
      statements: grown.others,
      hashes: grown.hashes,
    });
    expect(third.compared).toEqual([added.id]);
    expect(result).toEqual(overview(grown.reference, grown.others));

    // Code of another version finds nothing kept.
    const other = countingClient();
    await runOverview(createOverviewColumnStore(handlers, 'v2'), other.client, {
      reference,
      statements: others,
      hashes,
    });
    expect(other.compared).toHaveLength(others.length);
  });

  it('keeps only statements still in the library and the last few references', async () => {
    const { dir, handlers, store } = await library(MAX_REFERENCES + 2);
    const { others, hashes } = await texts(handlers);
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

  it('a damaged, foreign or outdated cache file is ignored and replaced, and the library is untouched', async () => {
    const { dir, handlers } = await library(2);
    const { reference, others, hashes } = await texts(handlers);
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
      await runOverview(session, run.client, { reference, statements: others, hashes });
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
