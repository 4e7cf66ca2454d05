import { describe, expect, it, vi } from 'vitest';
import type { LibrarySnapshot, PlenaryBridge } from '../../shared/ipc/contract';
import { importStatement } from '../../shared/statements/import-statement';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { blocksHashInput, summariseStatement } from '../../shared/statements/summary';
import { byYear, overviewColumns } from '../../shared/compare/overview';
import { createHttpBridge } from '../bridge/http-bridge';
import { FIRST_COLUMNS, runOverview, type OverviewWorker } from '../overview/run-overview';
import { createAppStore, openAppStore, type AppState, type AppStore } from './app-store';
import type { Themes } from '../../shared/themes/model';
import { packThemes } from '../../shared/themes/packed-themes';
import { storedReads } from '../../shared/themes/stored-reads';
import { createThemesCache } from '../../shared/themes/themes-cache';
import { themes } from '../../shared/themes/themes';
import { themesJob } from '../themes/themes-input';
import { runThemes } from '../themes/run-themes';
import type { AnalysisJobs } from '../worker/protocol';
import { formatHash, START } from './location';
import { searchCorpus, createSearchClient } from '../search/search-client';
import {
  createSearchWorkerState,
  packSearchOutput,
  runSearchJob,
  takeSearchTexts,
  type SearchJobInput,
  type SearchTextsInput,
} from '../search/search-job';
import { resolveLibrary } from './resolve-library';
import { createOverviewPool } from '../worker/overview-pool';

/** A statement made by the real importer, with real block ids. */
async function statement(name: string, year: number, paragraphs: number): Promise<Statement> {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `Paragraph ${i + 1} of the ${year} statement says something of its own about topic ${i + 1}, at length.`,
  );
  const text = [
    `Sample — Civil Society Coalition statement, ${year}`,
    '',
    'Dear participants,',
    '',
    ...body.flatMap((p) => [p, '']),
    'Thank you.',
  ].join('\n');
  const result = await importStatement({ name, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(result.error.reason);
  return { ...result.statement, metadata: { ...result.statement.metadata, year } };
}

/** The backend's side of the bridge, over a library held in this test; it records what the store asks. */
function libraryBridge(statements: Statement[], navigation: string | null = null) {
  const calls: string[] = [];
  let saved = navigation;
  const snapshot = (): LibrarySnapshot => ({
    // Summaries, as the backend lists them; the hash is any value that changes with the text.
    statements: statements.map((s) => summariseStatement(s, blocksHashInput(s))),
    referenceId: statements[0]!.id,
    samplesHidden: false,
    userThemes: [],
    problems: [],
    navigation: saved,
  });
  const refuse = () => Promise.reject(new Error('not used in this test'));
  const themesAnswer = { key: '', bytes: new Uint8Array(0) };
  const bridge: PlenaryBridge = {
    'app:info': async () => ({ version: 'test', mode: 'web' }),
    'library:list': async () => (calls.push('list'), snapshot()),
    'library:get': async (ids) => (
      calls.push(`get ${ids.length}`),
      ids.map((id) => statements.find((s) => s.id === id)!)
    ),
    'app:set-theme': async () => undefined,
    'library:cancel-import': refuse,
    'library:import': refuse,
    'library:paste': refuse,
    'library:remove': async (id) => {
      calls.push(`remove ${id}`);
      if (id === statements[0]!.id) throw new Error('the reference cannot be removed');
      statements.splice(
        statements.findIndex((s) => s.id === id),
        1,
      );
    },
    'library:restore': async (s) => void statements.push(s),
    'library:update-metadata': refuse,
    'library:set-samples-hidden': refuse,
    'library:set-navigation': async (hash) => void (saved = hash),
    'themes:save-user': refuse,
    'analysis:overview-columns': async () => ({}),
    'analysis:save-overview-columns': async () => undefined,
    'analysis:themes-reads': async () => ({ bytes: new Uint8Array(0), next: null }),
    'analysis:save-themes-reads': async () => undefined,
    // One answer kept, as the library folder keeps it (electron/backend/themes-answer-file.ts).
    'analysis:themes-answer': async (key, orLast) => (
      calls.push('themes answer'),
      {
        bytes:
          themesAnswer.key === key || (orLast && themesAnswer.key !== '')
            ? themesAnswer.bytes
            : new Uint8Array(0),
      }
    ),
    'analysis:save-themes-answer': async (key, bytes) => {
      calls.push('save themes answer');
      Object.assign(themesAnswer, { key, bytes });
    },
    'analysis:last-themes-answer': async () => ({ bytes: themesAnswer.bytes }),
    'export:save': refuse,
    'export:pdf': refuse,
    onMenu: () => () => undefined,
  };
  return { bridge, calls, saved: () => saved, themesAnswer };
}

/** Loads the library into the store, texts included (as the views on screen would have). */
async function ready(store: AppStore): Promise<void> {
  const snapshot = await store.getState().refresh();
  await store.getState().texts.load(snapshot?.statements ?? []);
}

async function library() {
  const [r2019, s2021, s2022] = [
    await statement('2019.txt', 2019, 5),
    await statement('2021.txt', 2021, 6),
    await statement('2022.txt', 2022, 3),
  ] as [Statement, Statement, Statement];
  return { r2019, s2021, s2022, all: [r2019, s2021, s2022] };
}

/** Overview workers run in the test's thread (the store's own start Web Workers), noting each statement compared. */
function comparingWorkers(compared: string[]): OverviewWorker {
  return {
    run: async (_kind, input) => {
      compared.push(...input.statements.map((s) => s.id));
      return overviewColumns(input.reference, input.statements);
    },
  };
}

describe('the app store: navigation as data', () => {
  it('opens a paragraph by its ¶ number, asks once to focus it, and makes it a history entry', async () => {
    const { r2019, s2021, all } = await library();
    const store = createAppStore({ bridge: libraryBridge(all).bridge, initial: START, storage: null });
    await ready(store);
    store.getState().setAgainst('previous');
    const block = bodyBlocks(s2021)[3]!.id;
    store.getState().openAt(s2021.id, 'other', block);
    const state = store.getState();
    expect(state.location).toEqual({ ...START, other: s2021.id, paragraph: { side: 'other', number: 4 } });
    expect(formatHash(state.location)).toBe(`#view=compare&other=${s2021.id}&para=4`);
    expect(state.historyMode).toBe('push');
    expect(state.against).toBe('reference');
    expect(state.focusRequest).toBe(1);
    state.markFocusDone(1);
    expect(store.getState().focusDone).toBe(1);

    // A reference paragraph from the overview: counted in the reference.
    store.getState().openAt(s2021.id, 'reference', bodyBlocks(r2019)[1]!.id);
    expect(store.getState().location.paragraph).toEqual({ side: 'reference', number: 2 });
    // A block that is no body paragraph opens the statement at the top.
    store.getState().openAt(s2021.id, 'other', 'not-a-block');
    expect(store.getState().location.paragraph).toBeNull();
    expect(store.getState().focusRequest).toBe(2);
  });

  it('opens statements, closes them with the reference, and swaps the reference keeping something to compare', async () => {
    const { r2019, s2021, s2022, all } = await library();
    const store = createAppStore({ bridge: libraryBridge(all).bridge, initial: START, storage: null });
    await ready(store);
    store.getState().setView('search');
    store.getState().open(r2019.id);
    expect(store.getState().location).toMatchObject({ view: 'search', other: null });
    store.getState().open(s2021.id);
    expect(store.getState().location).toMatchObject({ view: 'compare', other: s2021.id });
    // The open statement becomes the reference: the old reference moves to the right.
    store.getState().makeReference(s2021.id);
    expect(store.getState().location).toMatchObject({ reference: s2021.id, other: r2019.id });
    // Another statement becomes the reference: the open one stays open.
    store.getState().makeReference(s2022.id);
    expect(store.getState().location).toMatchObject({ reference: s2022.id, other: r2019.id });
  });

  it('opens a search hit in the reference next to the open statement, marking the query', async () => {
    const { r2019, s2021, all } = await library();
    const store = createAppStore({ bridge: libraryBridge(all).bridge, initial: START, storage: null });
    await ready(store);
    store.getState().open(s2021.id);
    store.getState().setQuery('topic 3');
    expect(store.getState().historyMode).toBe('replace');
    store.getState().openHit(r2019.id, bodyBlocks(r2019)[2]!.id);
    expect(store.getState().location).toMatchObject({
      view: 'compare',
      other: s2021.id,
      paragraph: { side: 'reference', number: 3 },
      query: 'topic 3',
    });
    expect(store.getState().markedQuery).toBe('topic 3');
    // Opening something else clears the mark.
    store.getState().open(r2019.id);
    store.getState().open(s2021.id);
    expect(store.getState().markedQuery).toBeNull();
  });

  it('opens a quote of the themes view with its theme in the panel, stepping from that paragraph once', async () => {
    const { s2022, all } = await library();
    const kept = new Map<string, string>();
    const storage = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    };
    const store = createAppStore({ bridge: libraryBridge(all).bridge, initial: START, storage });
    await ready(store);
    expect(store.getState().panelOpen).toBe(false);
    const block = bodyBlocks(s2022)[1]!.id;
    store.getState().openQuote(s2022.id, block, 'CAR');
    expect(store.getState().location).toMatchObject({
      view: 'compare',
      other: s2022.id,
      theme: 'CAR',
      paragraph: { side: 'other', number: 2 },
    });
    expect(store.getState().panelOpen).toBe(true);
    expect([...kept.values()]).toContain('open');
    expect(store.getState().takePanelAnchor()).toEqual({ side: 'other', block });
    expect(store.getState().takePanelAnchor()).toBeNull();
    // A new store (the next run) finds the panel open.
    expect(
      createAppStore({ bridge: libraryBridge(all).bridge, initial: null, storage }).getState().panelOpen,
    ).toBe(true);
  });

  it('restores the location saved with the library when the window opens without one, and not over a link', async () => {
    const { s2021, s2022, all } = await library();
    const saved = `#view=compare&ref=${s2022.id}&other=${s2021.id}&para=2`;
    const fresh = createAppStore({ bridge: libraryBridge(all, saved).bridge, initial: null, storage: null });
    expect(fresh.getState().awaitingSavedLocation).toBe(true);
    await fresh.getState().refresh();
    expect(formatHash(fresh.getState().location)).toBe(saved);
    expect(fresh.getState().awaitingSavedLocation).toBe(false);
    expect(fresh.getState().historyMode).toBe('none');
    expect(fresh.getState().focusRequest).toBe(1);

    const linked = createAppStore({
      bridge: libraryBridge(all, saved).bridge,
      initial: { ...START, view: 'themes' },
      storage: null,
    });
    await linked.getState().refresh();
    expect(linked.getState().location).toEqual({ ...START, view: 'themes' });

    // A damaged saved location starts at the start.
    const damaged = createAppStore({
      bridge: libraryBridge(all, '#%E0%A4').bridge,
      initial: null,
      storage: null,
    });
    await damaged.getState().refresh();
    expect(damaged.getState()).toMatchObject({ location: START, awaitingSavedLocation: false });
  });
});

describe('the app store: a window opening', () => {
  it('asks for the library as the store is made, before anything renders', async () => {
    const { all } = await library();
    const { bridge, calls } = libraryBridge(all, '#view=overview');
    const store = openAppStore({ bridge, initial: null, storage: null });
    // Asked in the same task, not from a component's effect after the window's first render.
    expect(calls).toEqual(['list']);
    await vi.waitFor(() => expect(store.getState().snapshot?.statements).toHaveLength(all.length));
    expect(store.getState().location.view).toBe('overview');
    expect(calls.filter((call) => call === 'list')).toHaveLength(1);
  });
});

describe('the app store: library writes', () => {
  it('closes a removed statement, offers Undo, and says why a removal failed', async () => {
    const { r2019, s2021, s2022, all } = await library();
    const { bridge, calls } = libraryBridge(all);
    const store = createAppStore({ bridge, initial: START, storage: null });
    const summary = (id: string) => store.getState().snapshot!.statements.find((s) => s.id === id)!;
    await store.getState().refresh();
    store.getState().open(s2021.id);
    // The text is fetched for Undo, which puts the whole statement back.
    await store.getState().remove(summary(s2021.id));
    expect(calls).toContain('get 1');
    expect(store.getState().location.other).toBeNull();
    expect(store.getState().snapshot?.statements.map((s) => s.id)).toEqual([r2019.id, s2022.id]);
    const toast = store.getState().toast;
    expect(toast?.text).toBe(`Removed “${s2021.title}”.`);
    toast?.action?.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().snapshot?.statements.map((s) => s.id)).toContain(s2021.id);
    expect(all.find((s) => s.id === s2021.id)).toEqual(s2021);

    await store.getState().remove(summary(r2019.id));
    expect(store.getState().toast?.text).toBe(
      `Could not remove “${r2019.title}”: the reference cannot be removed`,
    );
    expect(calls.filter((c) => c.startsWith('remove'))).toEqual([`remove ${s2021.id}`, `remove ${r2019.id}`]);
  });

  it('says why Undo failed in words, without a class name: the server of browser mode is gone', async () => {
    const { s2021, all } = await library();
    const { bridge } = libraryBridge(all);
    // A real HTTP bridge to a port where nothing listens (port 1 on this machine): restore's fetch gets no answer.
    const stopped = createHttpBridge('token', (url, init) => fetch(`http://127.0.0.1:1${String(url)}`, init));
    const store = createAppStore({
      bridge: { ...bridge, 'library:restore': stopped['library:restore'] },
      initial: START,
      storage: null,
    });
    await store.getState().refresh();
    await store.getState().remove(store.getState().snapshot!.statements.find((s) => s.id === s2021.id)!);
    store.getState().toast?.action?.run();
    await vi.waitFor(() => expect(store.getState().toast?.text).toMatch(/^Could not restore/));
    expect(store.getState().toast?.text).toBe(
      `Could not restore “${s2021.title}”: the app’s server did not answer (it may have stopped)`,
    );
  });

  it('keeps the last answer of overlapping loads, and the views’ export offers by kind', async () => {
    const { all } = await library();
    const store = createAppStore({ bridge: libraryBridge(all).bridge, initial: START, storage: null });
    const [first, second] = await Promise.all([store.getState().refresh(), store.getState().refresh()]);
    expect(first).not.toBeNull();
    expect(store.getState().snapshot).toBe(second);

    const comparison = { kind: 'overview', overview: {} } as never;
    const replacement = { kind: 'overview', overview: { other: true } } as never;
    store.getState().publishExport(comparison);
    store.getState().publishExport(replacement);
    store.getState().withdrawExport(comparison);
    expect([...store.getState().exportSources.values()]).toEqual([replacement]);
    store.getState().withdrawExport(replacement);
    expect(store.getState().exportSources.size).toBe(0);
  });
});

describe('the app store: cancelling imports', () => {
  it('asks the backend to stop the file it is parsing, marks it and the queued files cancelled, and keeps the rest', async () => {
    const { all } = await library();
    const { bridge } = libraryBridge(all);
    const sent: string[] = [];
    const tickets = new Map<string, string | undefined>();
    const cancelTickets: (string | undefined)[] = [];
    let stopParse = (): void => undefined;
    const importing: PlenaryBridge = {
      ...bridge,
      // The backend's side: the first file imports, the second parses until cancelled and is answered without it.
      'library:import': async (files, ticket) => {
        const name = files[0]!.name;
        sent.push(name);
        tickets.set(name, ticket);
        if (name === 'first.txt') {
          const result = await importStatement({ name, bytes: files[0]!.bytes });
          if (result.ok) all.push(result.statement);
          return [result];
        }
        await new Promise<void>((resolve) => (stopParse = resolve));
        return [];
      },
      'library:cancel-import': async (ticket) => {
        cancelTickets.push(ticket);
        stopParse();
      },
    };
    const store = createAppStore({ bridge: importing, initial: START, storage: null });
    await store.getState().refresh();
    const file = (name: string) =>
      new File([`Sample — ${name}\n\nDear Chair,\n\nA paragraph of ${name}.`], name);
    store.getState().importFiles([file('first.txt'), file('second.txt'), file('third.txt')]);
    const status = () => store.getState().imports.rows.map((row) => `${row.path} ${row.status}`);
    while (!sent.includes('second.txt')) await new Promise((resolve) => setTimeout(resolve, 5));
    store.getState().cancelImports();
    while (store.getState().imports.busy) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(status()).toEqual(['first.txt done', 'second.txt cancelled', 'third.txt cancelled']);
    expect(sent).toEqual(['first.txt', 'second.txt']);
    // The cancel names the call it stops, so the backend stops it even if the cancel overtakes the file.
    expect(tickets.get('second.txt')).toMatch(/^[0-9a-f-]{36}$/);
    expect(tickets.get('first.txt')).not.toBe(tickets.get('second.txt'));
    expect(cancelTickets).toEqual([tickets.get('second.txt')]);
  });
});

describe('the app store: cancelling a file still being read', () => {
  it('does not send it: the backend had nothing of it to stop', async () => {
    const { all } = await library();
    const { bridge } = libraryBridge(all);
    const sent: string[] = [];
    const store = createAppStore({
      bridge: {
        ...bridge,
        'library:import': async (files) => {
          sent.push(files[0]!.name);
          return [];
        },
        'library:cancel-import': async () => undefined,
      },
      initial: START,
      storage: null,
    });
    await store.getState().refresh();
    // A file whose bytes arrive only when the test lets them: Cancel comes while they are read.
    let release = (): void => undefined;
    const slow = new File(['Sample — slow\n\nDear Chair,\n\nA paragraph.'], 'slow.txt');
    const read = slow.arrayBuffer.bind(slow);
    slow.arrayBuffer = () => new Promise((resolve) => (release = () => resolve(read())));
    store.getState().importFiles([slow]);
    const status = () => store.getState().imports.rows.map((row) => `${row.path} ${row.status}`);
    while (!status().includes('slow.txt reading')) await new Promise((resolve) => setTimeout(resolve, 5));
    store.getState().cancelImports();
    release();
    while (store.getState().imports.busy) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(status()).toEqual(['slow.txt cancelled']);
    expect(sent).toEqual([]);
  });
});

describe('the app store: overview columns of new imports', () => {
  it('compares only the statements an import added with the reference, in the background, and keeps their columns', async () => {
    const { r2019, s2021, s2022 } = await library();
    const listed = [r2019, s2021];
    const { bridge } = libraryBridge(listed);
    const saved: string[][] = [];
    const store = createAppStore({
      bridge: {
        ...bridge,
        'analysis:save-overview-columns': async (_version, _reference, columns) =>
          void saved.push(Object.keys(columns)),
      },
      initial: START,
      storage: null,
    });
    const compared: string[] = [];
    // The overview's workers, run here (the store's own start Web Workers).
    const workers = comparingWorkers(compared);
    store.setState({ overviewWorkers: createOverviewPool([workers]) });
    await ready(store);

    // An import: the backend lists one statement more.
    listed.push(s2022);
    await store.getState().afterImport(s2022.id);
    expect(compared).toEqual([s2022.id]);
    const hashOf = (id: string) => store.getState().snapshot!.statements.find((s) => s.id === id)!.hash;
    expect(saved).toEqual([[hashOf(s2022.id)]]);

    // The overview opened afterwards finds the column kept: only the statement never compared is compared.
    compared.length = 0;
    const { snapshot, overviewColumns: columns, texts } = store.getState();
    const statements = snapshot!.statements.filter((s) => s.id !== r2019.id);
    const result = await runOverview(columns, workers, {
      reference: r2019,
      referenceHash: hashOf(r2019.id),
      statements,
      texts,
    });
    expect(compared).toEqual([s2021.id]);
    expect(result.statements.map((s) => s.id)).toEqual([s2021.id, s2022.id]);
  });
});

/** The analysis worker's themes jobs, run here as the worker runs them (the store's own starts a Web Worker). */
function themesWorkerHere() {
  const cache = createThemesCache();
  let last: AnalysisJobs['themes']['input']['statements'] = [];
  let jobs = 0;
  const run = async (kind: 'themes' | 'themes-unsaved', input: AnalysisJobs['themes']['input']) => {
    if (kind === 'themes-unsaved') return cache.unsaved(last);
    jobs++;
    if (input.stored?.length) cache.adopt(input.stored);
    const found = themes(input.statements, {
      reference: input.reference ?? undefined,
      userThemes: input.userThemes,
      cache,
    });
    last = input.statements;
    return { themes: packThemes(found) };
  };
  return { cache, worker: { run } as unknown as AppState['backgroundAnalysis'], jobs: () => jobs };
}

describe('the app store: themes of new imports', () => {
  it('reads the statements an import added for the themes in the background, keeps their readings and the themes for the view', async () => {
    const { r2019, s2021, s2022 } = await library();
    const listed = [r2019, s2021];
    const { bridge } = libraryBridge(listed);
    const kept: { statements: number; replace: boolean }[] = [];
    const store = createAppStore({
      bridge: {
        ...bridge,
        'analysis:save-themes-reads': async (bundle, replace) =>
          void kept.push({ statements: storedReads(bundle).size, replace }),
      },
      initial: START,
      storage: null,
    });
    const { cache, worker } = themesWorkerHere();
    store.setState({ backgroundAnalysis: worker });
    await ready(store);

    // An import: the backend lists one statement more; the themes are worked out with it, every statement read.
    listed.push(s2022);
    await store.getState().afterImport(s2022.id);
    expect(cache.reads().units).toBe(3);
    // Saved after the themes are back (the worker's next job).
    await vi.waitFor(() => expect(kept).toEqual([{ statements: 3, replace: true }]));
    // Kept under the key the themes view asks with (the library as shown, the reference, the user themes).
    const summaries = store.getState().snapshot!.statements;
    const job = themesJob(
      summaries,
      summaries.find((s) => s.id === r2019.id)!,
      [],
    );
    const found = store.getState().backgroundJobs.get(`themes:${job.key}`) as Themes | undefined;
    expect(found?.statements.map((s) => s.id).sort()).toEqual([r2019.id, s2021.id, s2022.id].sort());

    // The next import reads and keeps only its statement.
    const s2023 = { ...(await statement('2023.txt', 2023, 4)), id: 'sample-2023' };
    listed.push(s2023);
    await store.getState().afterImport(s2023.id);
    expect(cache.reads().units).toBe(4);
    await vi.waitFor(() =>
      expect(kept).toEqual([
        { statements: 3, replace: true },
        { statements: 1, replace: false },
      ]),
    );
  });
});

describe('the app store: the themes kept whole in the library folder', () => {
  const userTheme = { id: 'coalition', label: 'The coalition', terms: ['coalition'] };

  it('a new window on the same library shows the themes kept, fetching no text and reading nothing; a changed library never gets them', async () => {
    const { r2019, s2021, s2022 } = await library();
    const listed = [r2019, s2021, s2022];
    const { bridge, calls, themesAnswer } = libraryBridge(listed);
    const first = themesWorkerHere();
    const window1 = createAppStore({ bridge, initial: START, storage: null });
    await window1.getState().refresh();
    const jobOf = (store: AppStore, userThemes: readonly (typeof userTheme)[] = []) => {
      const summaries = store.getState().snapshot!.statements;
      return themesJob(
        summaries,
        summaries.find((s) => s.id === r2019.id)!,
        userThemes,
      );
    };
    const worked = await runThemes(window1.getState(), first.worker, jobOf(window1).input);
    expect(first.jobs()).toBe(1);
    // Kept after the themes are back, without being waited for.
    await vi.waitFor(() => expect(themesAnswer.bytes.length).toBeGreaterThan(0));

    // A new window (a restart): the themes come from the folder, equal to those worked out; no text is fetched.
    const window2 = createAppStore({ bridge, initial: START, storage: null });
    await window2.getState().refresh();
    calls.length = 0;
    const second = themesWorkerHere();
    const shown = await runThemes(window2.getState(), second.worker, jobOf(window2).input);
    expect(second.jobs()).toBe(0);
    expect(calls).toEqual(['themes answer']);
    expect(JSON.stringify(shown)).toBe(JSON.stringify(worked));

    // A window that is idle after its first list asks for them ahead; the themes view's job then asks nothing.
    const window3 = createAppStore({
      bridge,
      initial: START,
      storage: null,
      whenIdle: (task) => setTimeout(task, 0),
    });
    calls.length = 0;
    await window3.getState().refresh();
    await vi.waitFor(() => expect(calls).toContain('themes answer'));
    const third = themesWorkerHere();
    const ahead = await runThemes(window3.getState(), third.worker, jobOf(window3).input);
    expect(third.jobs()).toBe(0);
    expect(calls.filter((call) => call === 'themes answer')).toHaveLength(1);
    expect(JSON.stringify(ahead)).toBe(JSON.stringify(worked));

    // What each change makes of them: worked out again (never the kept answer), with the change in them.
    const fresh = async (store: AppStore, userThemes: readonly (typeof userTheme)[] = []) => {
      await store.getState().refresh();
      const here = themesWorkerHere();
      const job = jobOf(store, userThemes);
      // The folder keeps the answer of the library before the change.
      expect(themesAnswer.key).not.toBe(job.key);
      const result = await runThemes(store.getState(), here.worker, job.input);
      expect(here.jobs()).toBe(1);
      await vi.waitFor(() => expect(themesAnswer.key).toBe(job.key));
      return result;
    };
    // A statement removed.
    listed.pop();
    const removed = await fresh(createAppStore({ bridge, initial: START, storage: null }));
    expect(removed.statements.map((s) => s.id)).toEqual([r2019.id, s2021.id]);
    // A statement added.
    listed.push(s2022);
    const s2023 = await statement('2023.txt', 2023, 4);
    listed.push(s2023);
    const added = await fresh(createAppStore({ bridge, initial: START, storage: null }));
    expect(added.statements.map((s) => s.id)).toContain(s2023.id);
    // A user theme added.
    const withTheme = await fresh(createAppStore({ bridge, initial: START, storage: null }), [userTheme]);
    expect(withTheme.themes.map((t) => t.id)).toContain('user:coalition');
    // A statement's title edited (its column's name and its place by year come from it).
    listed[1] = { ...s2021, title: 'A new title' };
    const retitled = await fresh(createAppStore({ bridge, initial: START, storage: null }), [userTheme]);
    expect(retitled.statements.find((s) => s.id === s2021.id)?.title).toBe('A new title');
  });
});

describe('the app store: the view after an import', () => {
  it('opens the statement imported last in Compare, but leaves a user who went to another view where they are', async () => {
    const { r2019, s2021, s2022 } = await library();
    const listed = [r2019];
    const { bridge } = libraryBridge(listed);
    const store = createAppStore({ bridge, initial: START, storage: null });
    await ready(store);
    listed.push(s2021);
    await store.getState().afterImport(s2021.id);
    expect(store.getState().location).toMatchObject({ view: 'compare', other: s2021.id });

    store.getState().setView('themes');
    listed.push(s2022);
    await store.getState().afterImport(s2022.id);
    expect(store.getState().location).toMatchObject({ view: 'themes', other: s2021.id });
    expect(store.getState().snapshot?.statements.map((s) => s.id)).toContain(s2022.id);
  });
});

describe('the app store: a window reopened on the overview', () => {
  it('asks for the reference’s text and the grid’s first columns as the list comes in; the overview shows those before it asks for the others', async () => {
    const reference = await statement('2000.txt', 2000, 3);
    // More statements than the grid's first columns, listed newest first (the grid orders them by year).
    const others: Statement[] = [];
    for (let year = 2024; year > 2024 - FIRST_COLUMNS - 4; year--)
      others.push(await statement(`${year}.txt`, year, 2));
    const all = [reference, ...others];
    const { bridge, calls } = libraryBridge(all, '#view=overview');
    const hashOf = (s: Statement) => summariseStatement(s, blocksHashInput(s)).hash;
    // The library folder keeps every column against the reference.
    const kept = new Map(others.map((s, i) => [hashOf(s), overviewColumns(reference, others)[i]!]));
    const store = createAppStore({
      bridge: {
        ...bridge,
        'analysis:overview-columns': async (_version, referenceHash, hashes) => {
          calls.push(`${hashes.length} columns`);
          expect(referenceHash).toBe(hashOf(reference));
          return Object.fromEntries(hashes.map((hash) => [hash, kept.get(hash)!]));
        },
      },
      initial: null,
      storage: null,
    });
    await store.getState().refresh();
    // No view has rendered: the list's answer alone asked for the reference's text and the first columns.
    await vi.waitFor(() => expect(calls).toEqual(['list', 'get 1', `${FIRST_COLUMNS} columns`]));

    const compared: string[] = [];
    const { snapshot, overviewColumns: columns, texts } = store.getState();
    const statements = snapshot!.statements.filter((s) => s.id !== reference.id).sort(byYear);
    const shown: string[] = [];
    const result = await runOverview(
      columns,
      comparingWorkers(compared),
      { reference, referenceHash: hashOf(reference), statements, texts },
      undefined,
      {
        onPartial: (partial) =>
          shown.push(
            `${partial.statements.length} shown after ${calls.slice(3).join(', ') || 'nothing more'}`,
          ),
        firstShown: async () => void shown.push('painted'),
      },
    );
    // The oldest first, as the grid shows them; the others asked once those are painted; nothing compared or fetched.
    expect(shown).toEqual([`${FIRST_COLUMNS} shown after nothing more`, 'painted']);
    expect(calls.slice(3)).toEqual(['4 columns']);
    expect(compared).toEqual([]);
    expect(result.statements.map((s) => s.id)).toEqual([...others].reverse().map((s) => s.id));
    expect(result.summaries).toEqual(overviewColumns(reference, [...others].reverse()).map((c) => c.summary));

    // A window on another view asks for neither.
    const elsewhere = libraryBridge(all, '#view=themes');
    await createAppStore({ bridge: elsewhere.bridge, initial: null, storage: null }).getState().refresh();
    expect(elsewhere.calls).toEqual(['list']);
  });
});

/** The search worker's jobs, run here as the worker runs them; it records what each message carried. */
function searchWorkerHere() {
  const state = createSearchWorkerState();
  const messages: string[] = [];
  const run = async (kind: 'search' | 'search-texts', input: SearchJobInput | SearchTextsInput) => {
    if (kind === 'search-texts') {
      const { texts } = input as SearchTextsInput;
      messages.push(`${texts.length} texts`);
      return takeSearchTexts(state, { texts });
    }
    const job = input as SearchJobInput;
    const carried = job.corpus?.filter((entry) => entry.blocks !== null).length ?? 0;
    messages.push(`search “${job.query}”, ${job.corpus ? 'a corpus' : 'no corpus'} with ${carried} texts`);
    return packSearchOutput(runSearchJob(state, job));
  };
  const client = createSearchClient({ run } as unknown as AppState['backgroundAnalysis']);
  return { state, messages, client };
}

/** A store over `all` whose window is idle at every turn of the event loop, with its search worker run here. */
function idleStore(all: Statement[]) {
  const { bridge, calls } = libraryBridge(all);
  const store = createAppStore({
    bridge,
    initial: START,
    storage: null,
    whenIdle: (task) => void setTimeout(task, 0),
  });
  const worker = searchWorkerHere();
  store.setState({ searchStatements: worker.client.search, searchTexts: worker.client.sendTexts });
  // The themes' kept answer is asked ahead as well (themes-ahead-slice.ts); these tests look at the texts.
  const textCalls = () => calls.filter((call) => call !== 'themes answer');
  return { store, calls, textCalls, worker };
}

describe('the app store: the search index built ahead', () => {
  it('sends the statements’ texts to the search worker once the window is idle, with Search never opened; the first search sends none', async () => {
    const { s2021, all } = await library();
    const { store, calls, textCalls, worker } = idleStore(all);
    await store.getState().refresh();
    // Nothing before the window is idle.
    expect(calls).toEqual(['list']);
    await vi.waitFor(() => expect(worker.state.corpus?.statements.length).toBe(3));
    expect(textCalls()).toEqual(['list', 'get 3']);
    expect(worker.messages).toEqual(['3 texts', 'search “”, a corpus with 0 texts']);
    expect(worker.state.folded.size).toBe(3);

    // The search view's first query, over the statements shown: its corpus is the one indexed, so nothing is sent.
    const { snapshot, location, texts } = store.getState();
    const statements = await texts.load(resolveLibrary(snapshot, location).visible);
    const corpus = searchCorpus(statements, (s) => texts.hashOf(s)!);
    const answer = await store.getState().searchStatements(corpus, 'topic 6');
    expect([answer.indexed, answer.total]).toEqual([3, 3]);
    expect(answer.results.statements.map((s) => s.statementId)).toEqual([s2021.id]);
    expect(worker.messages.at(-1)).toBe('search “topic 6”, no corpus with 0 texts');
    expect(textCalls()).toEqual(['list', 'get 3']);
  });

  it('fetches nothing beside a view’s job, which fetches its own texts, but sends the texts it brought, and the rest after it', async () => {
    const { s2021, all } = await library();
    const { store, textCalls, worker } = idleStore(all);
    let endJob = () => undefined as void;
    store
      .getState()
      .backgroundJobs.inFlight.set('overview:a job', new Promise<void>((end) => (endJob = end)));
    const snapshot = await store.getState().refresh();
    // The job fetches a text; the index takes it without fetching any itself.
    await store.getState().texts.load(snapshot!.statements.filter((s) => s.id === s2021.id));
    await vi.waitFor(() => expect(worker.messages).toEqual(['1 texts']), { timeout: 3000 });
    expect(textCalls()).toEqual(['list', 'get 1']);
    // The job ends: the rest are fetched and sent, and the corpus indexed.
    store.getState().backgroundJobs.inFlight.delete('overview:a job');
    endJob();
    await vi.waitFor(() => expect(worker.state.corpus?.statements.length).toBe(3));
    expect(textCalls()).toEqual(['list', 'get 1', 'get 2']);
    expect(worker.messages).toEqual(['1 texts', '2 texts', 'search “”, a corpus with 0 texts']);
  });
});

describe('the app store: the overview’s workers warmed ahead', () => {
  /** Two overview workers run here: each records the statements it was given. */
  function poolHere() {
    const shares: string[][] = [];
    const client = (): OverviewWorker => {
      const mine: string[] = [];
      shares.push(mine);
      return {
        run: async (_kind, input) => {
          mine.push(...input.statements.map((s) => s.id));
          return overviewColumns(input.reference, input.statements);
        },
      };
    };
    return { shares, pool: createOverviewPool([client(), client()]) };
  }

  it('has each worker compare one of the first statements by year while the window is idle, keeping their columns, so the overview compares them no more', async () => {
    const { r2019, s2021, s2022, all } = await library();
    const { store } = idleStore(all);
    const saved: string[][] = [];
    const { bridge } = libraryBridge(all);
    const { shares, pool } = poolHere();
    store.setState({ overviewWorkers: pool });
    const listed = store.getState();
    // The store's bridge is libraryBridge's; the saves are watched through its column store.
    store.setState({
      overviewColumns: (await import('../overview/overview-columns')).createOverviewColumnStore({
        ...bridge,
        'analysis:save-overview-columns': async (_v, _r, columns) => void saved.push(Object.keys(columns)),
      }),
    });
    expect(listed.location.view).toBe('compare');
    await store.getState().refresh();
    // Nothing before the window is idle; then one statement each, the grid's first (by year).
    expect(shares).toEqual([[], []]);
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(shares).toEqual([[s2021.id], [s2022.id]]);

    // The overview finds both columns kept: nothing is compared again.
    const { snapshot, overviewColumns: columns, texts } = store.getState();
    const hashOf = (id: string) => snapshot!.statements.find((s) => s.id === id)!.hash;
    const statements = snapshot!.statements.filter((s) => s.id !== r2019.id);
    const result = await runOverview(columns, pool, {
      reference: r2019,
      referenceHash: hashOf(r2019.id),
      statements,
      texts,
    });
    expect(shares).toEqual([[s2021.id], [s2022.id]]);
    expect(saved).toEqual([[hashOf(s2021.id), hashOf(s2022.id)]]);
    expect(result.statements.map((s) => s.id)).toEqual([s2021.id, s2022.id]);

    // Once per window: a new list warms nothing more.
    await store.getState().refresh();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shares).toEqual([[s2021.id], [s2022.id]]);
  });

  it('warms nothing for a window on the overview, whose own job starts the workers', async () => {
    const { r2019, all } = await library();
    const { bridge } = libraryBridge(all);
    const store = createAppStore({
      bridge,
      initial: { ...START, view: 'overview', reference: r2019.id },
      storage: null,
      whenIdle: (task) => void setTimeout(task, 0),
    });
    const { shares, pool } = poolHere();
    store.setState({ overviewWorkers: pool });
    await store.getState().refresh();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shares).toEqual([[], []]);
  });
});
