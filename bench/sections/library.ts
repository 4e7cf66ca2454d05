/**
 * Benchmark section: libraries of 200, 1,000 and 3,000 generated statements of ~1,500 words, served by the
 * browser-mode server as a user opens them — server start to first answer, the list's size and time, the texts,
 * then the overview (cold, and after one statement is added, with the column cache), the themes and a search.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWebServer, type WebServer } from '../../electron/web/start-web-server';
import { overviewColumns } from '../../shared/compare/overview';
import { startOverviewThreads } from '../overview-threads';
import type { Overview } from '../../shared/compare/model';
import { createOverviewColumnStore } from '../../renderer/overview/overview-columns';
import { runOverview, type OverviewWorker } from '../../renderer/overview/run-overview';
import { createStatementTexts, type StatementTexts } from '../../renderer/library/statement-texts';
import type { StatementSummary } from '../../shared/statements/summary';
import type { Channel, ChannelArgs, ChannelResult } from '../../shared/ipc/contract';
import { API_CALL_PREFIX, fromWire, toWire } from '../../shared/ipc/wire';
import { readBytesAnswer } from '../../renderer/bridge/http-bridge';
import {
  corpusEntry,
  corpusKey,
  createSearchWorkerState,
  INDEX_SLICE_MS,
  runSearchJob,
  type SearchCorpusEntry,
  type SearchJobOutput,
} from '../../renderer/search/search-job';
import type { Statement } from '../../shared/statements/model';
import { packedThemes } from '../../shared/themes/themes';
import { createThemesCache } from '../../shared/themes/themes-cache';
import type { UserTheme } from '../../shared/themes/user-theme';
import { THEMES_READS_FILE } from '../../electron/backend/themes-reads-file';
import { createThemesReadsStore } from '../../renderer/themes/themes-reads';
import { createThemesAnswerStore } from '../../renderer/themes/themes-answers';
import { themesJob } from '../../renderer/themes/themes-input';
import { unpackThemes } from '../../shared/themes/packed-themes';
import { encodeThemesAnswer } from '../../shared/themes/stored-answer';
import { writeGeneratedLibrary } from '../../testing/backend/generated-library';
import { median, table, type BenchSection } from '../section';

/** The library sizes; PLENARY_BENCH_LIBRARY_SIZES=200,1000 runs fewer (a quick look). */
const SIZES: readonly number[] = process.env.PLENARY_BENCH_LIBRARY_SIZES?.split(',').map(Number) ?? [
  200, 1000, 3000,
];
const WORDS = 1500;
/** As the renderer asks for texts. */
const TEXTS_PER_CALL = 200;
const QUERY = 'civil society';
/** The theme a user adds (its terms occur in the generated statements). */
const USER_THEME: UserTheme = { id: 'bench', label: 'Civil society', terms: ['civil society', 'NGO'] };

/** The figures of one library size. */
export interface LibrarySizeFigures {
  readonly statements: number;
  /** From starting the server (opening the folder) to its first answer over HTTP. */
  readonly startMs: number;
  /** `library:list` over HTTP: the body's bytes and the median time of three calls. */
  readonly listBytes: number;
  readonly listMs: number;
  /** The first `library:list` of a library never listed (every text hashed and counted, kept in the folder) … */
  readonly listFirstMs: number;
  /** … and the first after a restart (hashes and counts read from the folder). */
  readonly listRestartMs: number;
  /** Every statement's text through `library:get`, in batches as the renderer fetches them. */
  readonly textsMs: number;
  /**
   * Overview of every statement against the reference, from nothing (the columns then kept in the folder), in the
   * overview pool: one worker thread per core, as the window has one Web Worker per core.
   */
  readonly overviewMs: number;
  /** The same run: when the grid's first columns (runOverview's first slice, FIRST_COLUMNS) were in, the rest to come. */
  readonly overviewFirstColumnsMs: number;
  /** The same from nothing in one worker (the job run in this process; nothing kept), for the pool's ratio. */
  readonly overviewOneWorkerMs: number;
  /** Worker threads in the pool. */
  readonly overviewWorkers: number;
  /** The same after one statement is added, with the columns of the others cached. */
  readonly overviewAddOneMs: number;
  /** After a restart (a new server and window on the same folder): the columns kept in the library folder. */
  readonly overviewRestartMs: number;
  /**
   * Themes as a user meets them after an import or a restart: a new window's worker given the readings kept in the
   * library folder (fetched from a restarted server in parts, adopted), no statement read again, the step across
   * the library done.
   */
  readonly themesMs: number;
  /** The same in CPU time of this process (server included), ms. */
  readonly themesCpuMs: number;
  /** Of `themesMs`, fetching the kept readings from the server (`analysis:themes-reads`, every part). */
  readonly themesFetchMs: number;
  /** The size of the kept readings (`themes-reads.bin`), bytes. */
  readonly themesKeptBytes: number;
  /**
   * Themes from nothing, truly cold: a new cache and nothing kept in the folder (a library folder copied in without
   * its `themes-reads.bin`, or the first themes after the analysis code changed). Over all but the last statement.
   */
  readonly themesColdMs: number;
  readonly themesColdCpuMs: number;
  /**
   * Of that, until every statement is scanned for acronyms and read (what the themes view shows progress bars
   * for); the rest is the step across the library (discovery, folding, the themes laid out).
   */
  readonly themesColdReadMs: number;
  /**
   * Themes as a restart or a new window on an unchanged library meets them: the whole answer kept in the library
   * folder (`themes-answer.bin`) fetched and decoded, as the themes view's job does; no text fetched, nothing read.
   */
  readonly themesAnswerMs: number;
  /** The same in CPU time of this process (server included), ms. */
  readonly themesAnswerCpuMs: number;
  /** The size of the kept answer, bytes. */
  readonly themesAnswerBytes: number;
  /** Encoding the answer to keep it (in the window, after the themes are shown), CPU ms. */
  readonly themesAnswerEncodeCpuMs: number;
  /** Themes after one statement is added, the cache of the run before kept (as the worker keeps it). */
  readonly themesAddOneMs: number;
  /** Statements read again for that (the one added, unless it changed the library's acronyms). */
  readonly themesAddOneReads: number;
  /** Themes after the user adds a theme of their own, the cache of the run before kept (as the worker keeps it). */
  readonly themesUserThemeMs: number;
  /**
   * The first search from nothing, as the search worker runs it (median of three): its first answer, from the
   * statements indexed in one slice (the results' first statements, "still searching" shown with them) …
   */
  readonly searchFirstResultsMs: number;
  /** … and the whole index built (every text folded) and searched: the complete first answer. */
  readonly searchIndexMs: number;
  /** The index again after one statement is added: only its text is folded. */
  readonly searchAddOneMs: number;
  /** One search of a two-word phrase (median of five), once the index is built. */
  readonly searchMs: number;
  /** Resident memory of this process (server, library and analyses) after the run, in MB. */
  readonly rssMb: number;
}

async function call<C extends Channel>(
  server: WebServer,
  channel: C,
  args: ChannelArgs<C>,
): Promise<{ readonly value: ChannelResult<C>; readonly bytes: number }> {
  const body = toWire({ args });
  const post = () =>
    fetch(`http://127.0.0.1:${server.port}${API_CALL_PREFIX}${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body,
    });
  // Once more, as the app's bridge does, when the server closed a kept-alive connection as the call went out
  // (the analyses here hold this process's one thread for seconds, past the server's keep-alive timeout).
  const response = await post()
    .catch(post)
    .catch((error: unknown) => {
      throw new Error(`${channel} (${body.length} characters sent) failed: ${String(error)}`, {
        cause: error,
      });
    });
  // An answer of bytes, read as the app's bridge reads it.
  const bytesAnswer = await readBytesAnswer(response);
  if (bytesAnswer) return { value: bytesAnswer.value as ChannelResult<C>, bytes: bytesAnswer.bytes };
  const text = await response.text();
  const answer = fromWire(text) as { ok: boolean; value?: unknown; error?: string };
  if (!answer.ok) throw new Error(`${channel}: ${answer.error ?? response.status}`);
  return { value: answer.value as ChannelResult<C>, bytes: Buffer.byteLength(text) };
}

/** CPU time (user + system) of a `process.cpuUsage` difference, ms. */
function cpuMs(used: NodeJS.CpuUsage): number {
  return (used.user + used.system) / 1000;
}

async function measure(
  statements: number,
  staticDir: string,
  corpusDir: string,
): Promise<LibrarySizeFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-large-'));
  try {
    await writeGeneratedLibrary(dir, statements, WORDS);
    let start = performance.now();
    let server = await startWebServer({ port: 0, dataDir: dir, staticDir, corpusDir });
    try {
      await call(server, 'app:info', []);
      const startMs = performance.now() - start;

      const listTimes: number[] = [];
      start = performance.now();
      let list = await call(server, 'library:list', []);
      const listFirstMs = performance.now() - start;
      for (let run = 0; run < 3; run++) {
        start = performance.now();
        list = await call(server, 'library:list', []);
        listTimes.push(performance.now() - start);
      }
      const summaries = list.value.statements;
      if (summaries.length < statements)
        throw new Error(`expected ${statements}, listed ${summaries.length}`);

      start = performance.now();
      const batches: Promise<Statement[]>[] = [];
      for (let at = 0; at < summaries.length; at += TEXTS_PER_CALL) {
        const ids = summaries.slice(at, at + TEXTS_PER_CALL).map((s) => s.id);
        batches.push(call(server, 'library:get', [ids]).then((answer) => answer.value));
      }
      const all = (await Promise.all(batches)).flat();
      const textsMs = performance.now() - start;

      const reference = all.find((s) => s.id === list.value.referenceId);
      if (!reference) throw new Error('the reference is not in the library');
      const referenceHash = summaries.find((s) => s.id === reference.id)?.hash ?? null;
      const others = summaries.filter((s) => s.id !== reference.id);
      // As the app does it (renderer/overview/run-overview.ts): columns kept by content hash in memory and in the
      // library folder over HTTP, texts fetched by library:get only for statements not compared before; the
      // worker's job run here.
      let compared = 0;
      const threads = startOverviewThreads();
      const worker: OverviewWorker = {
        run: async (kind, input, onProgress) => {
          compared += input.statements.length;
          return threads.pool.run(kind, input, onProgress);
        },
      };
      const oneWorker: OverviewWorker = {
        run: async (_kind, input) => overviewColumns(input.reference, input.statements),
      };
      // Saves the window sends without waiting; the restart waits for them, as a window left open would.
      const saves: Promise<void>[] = [];
      const session = (at: WebServer) => ({
        columns: createOverviewColumnStore({
          'analysis:overview-columns': async (...args) =>
            (await call(at, 'analysis:overview-columns', args)).value,
          'analysis:save-overview-columns': (...args) => {
            const saved = call(at, 'analysis:save-overview-columns', args).then(() => undefined);
            saves.push(saved.catch(() => undefined));
            return saved;
          },
        }),
        texts: createStatementTexts(async (ids) => (await call(at, 'library:get', [ids])).value),
      });
      const first = session(server);
      const last = others.at(-1) as StatementSummary;
      const input = (statements: readonly StatementSummary[], texts: StatementTexts) => ({
        reference,
        referenceHash,
        statements,
        texts,
      });
      // One worker, nothing kept: a column store that knows nothing and saves nowhere.
      const nowhere = createOverviewColumnStore({
        'analysis:overview-columns': async () => ({}),
        'analysis:save-overview-columns': async () => undefined,
      });
      start = performance.now();
      await runOverview(nowhere, oneWorker, input(others.slice(0, -1), first.texts));
      const overviewOneWorkerMs = performance.now() - start;
      // Its texts are in the window now; the pool's run below fetches none, so it fetches them again for a fair race.
      const fresh = session(server);
      start = performance.now();
      let overviewFirstColumnsMs = 0;
      await runOverview(fresh.columns, worker, input(others.slice(0, -1), fresh.texts), undefined, {
        onPartial: () => (overviewFirstColumnsMs ||= performance.now() - start),
      });
      const overviewMs = performance.now() - start;
      start = performance.now();
      const added = await runOverview(fresh.columns, worker, input(others, fresh.texts));
      const overviewAddOneMs = performance.now() - start;
      checkOverview(added, others, last);
      // Restart: the saves done, a new server on the folder and a new window's memory.
      await Promise.all(saves);
      await server.close();
      server = await startWebServer({ port: 0, dataDir: dir, staticDir, corpusDir });
      start = performance.now();
      await call(server, 'library:list', []);
      const listRestartMs = performance.now() - start;
      const second = session(server);
      compared = 0;
      start = performance.now();
      const restarted = await runOverview(second.columns, worker, input(others, second.texts));
      const overviewRestartMs = performance.now() - start;
      checkOverview(restarted, others, last);
      if (compared > 0) throw new Error(`${compared} statements compared again after the restart`);
      await threads.close();

      // As the worker does (its answer packed as it is found): one cache for the session; the library without its last
      // statement, then with it.
      const themesCache = createThemesCache();
      const lastText = all.find((s) => s.id === last.id) as Statement;
      const without = all.filter((s) => s !== lastText);
      start = performance.now();
      let cpu = process.cpuUsage();
      let themesColdReadMs = 0;
      packedThemes(without, {
        reference: reference.id,
        cache: themesCache,
        onProgress: ({ step }) => {
          if (step === 'library') themesColdReadMs = performance.now() - start;
        },
      });
      const themesColdMs = performance.now() - start;
      const themesColdCpuMs = cpuMs(process.cpuUsage(cpu));
      const readBefore = themesCache.reads().units;
      start = performance.now();
      const found = packedThemes(all, { reference: reference.id, cache: themesCache });
      const themesAddOneMs = performance.now() - start;
      const themesAddOneReads = themesCache.reads().units - readBefore;
      start = performance.now();
      packedThemes(all, { reference: reference.id, userThemes: [USER_THEME], cache: themesCache });
      const themesUserThemeMs = performance.now() - start;
      if (found.statements.length !== all.length) throw new Error('themes lost statements');
      // The window saves what its worker read; then a restart, and a new window's themes from the kept readings.
      const unsaved = themesCache.unsaved(all);
      if (!unsaved) throw new Error('no themes readings to keep');
      await createThemesReadsStore({
        'analysis:themes-reads': async () => ({ bytes: new Uint8Array(0), next: null }),
        'analysis:save-themes-reads': async (...args) =>
          (await call(server, 'analysis:save-themes-reads', args)).value,
      }).save(unsaved);
      await server.close();
      server = await startWebServer({ port: 0, dataDir: dir, staticDir, corpusDir });
      await call(server, 'library:list', []);
      const themesKeptBytes = statSync(join(dir, THEMES_READS_FILE)).size;
      const at = server;
      const kept = createThemesReadsStore({
        'analysis:themes-reads': async (...args) => (await call(at, 'analysis:themes-reads', args)).value,
        'analysis:save-themes-reads': async () => undefined,
      });
      start = performance.now();
      cpu = process.cpuUsage();
      const parts = await kept.take();
      const themesFetchMs = performance.now() - start;
      const restartedCache = createThemesCache();
      restartedCache.adopt(parts);
      const restartedThemes = packedThemes(all, { reference: reference.id, cache: restartedCache });
      const themesMs = performance.now() - start;
      const themesCpuMs = cpuMs(process.cpuUsage(cpu));
      if (restartedCache.reads().units > 0)
        throw new Error(`${restartedCache.reads().units} statements read again after the restart`);
      if (JSON.stringify(unpackThemes(restartedThemes)) !== JSON.stringify(unpackThemes(found)))
        throw new Error('the themes from the kept readings differ from those worked out');

      // The whole answer kept too (as the window keeps it after working the themes out): a restart, and a new
      // window's themes view shows it from the folder, fetching no text and reading nothing.
      const job = themesJob(summaries, summaries.find((s) => s.id === reference.id) ?? null, []);
      const byId = new Map(all.map((s) => [s.id, s]));
      const inOrder = job.input.statements.map((s) => byId.get(s.id) as Statement);
      const answer = packedThemes(inOrder, { reference: reference.id, cache: restartedCache });
      cpu = process.cpuUsage();
      const answerBytes = encodeThemesAnswer(job.key, answer);
      const themesAnswerEncodeCpuMs = cpuMs(process.cpuUsage(cpu));
      await call(server, 'analysis:save-themes-answer', [job.key, answerBytes]);
      await server.close();
      server = await startWebServer({ port: 0, dataDir: dir, staticDir, corpusDir });
      await call(server, 'library:list', []);
      const answerAt = server;
      // What the themes view's job does first (renderer/themes/run-themes.ts): the kept answer by its key, unpacked.
      start = performance.now();
      cpu = process.cpuUsage();
      const keptAnswer = await createThemesAnswerStore({
        'analysis:themes-answer': async (...args) =>
          (await call(answerAt, 'analysis:themes-answer', args)).value,
        'analysis:save-themes-answer': async () => undefined,
        'analysis:last-themes-answer': async () => ({ bytes: new Uint8Array(0) }),
      }).get(job.key);
      if (!keptAnswer) throw new Error('the kept themes answer was not given');
      const shown = unpackThemes(keptAnswer);
      const themesAnswerMs = performance.now() - start;
      const themesAnswerCpuMs = cpuMs(process.cpuUsage(cpu));
      if (JSON.stringify(shown) !== JSON.stringify(unpackThemes(answer)))
        throw new Error('the kept themes differ from those worked out');

      const search = searchFigures(all, summaries);
      return {
        statements,
        startMs: Math.round(startMs),
        listBytes: list.bytes,
        listMs: Math.round(median(listTimes)),
        listFirstMs: Math.round(listFirstMs),
        listRestartMs: Math.round(listRestartMs),
        textsMs: Math.round(textsMs),
        overviewMs: Math.round(overviewMs),
        overviewFirstColumnsMs: Math.round(overviewFirstColumnsMs),
        overviewOneWorkerMs: Math.round(overviewOneWorkerMs),
        overviewWorkers: threads.size,
        overviewAddOneMs: Math.round(overviewAddOneMs),
        overviewRestartMs: Math.round(overviewRestartMs),
        themesMs: Math.round(themesMs),
        themesCpuMs: Math.round(themesCpuMs),
        themesFetchMs: Math.round(themesFetchMs),
        themesKeptBytes,
        themesColdMs: Math.round(themesColdMs),
        themesColdCpuMs: Math.round(themesColdCpuMs),
        themesColdReadMs: Math.round(themesColdReadMs),
        themesAddOneMs: Math.round(themesAddOneMs),
        themesAddOneReads,
        themesUserThemeMs: Math.round(themesUserThemeMs),
        themesAnswerMs: Math.round(themesAnswerMs),
        themesAnswerCpuMs: Math.round(themesAnswerCpuMs),
        themesAnswerBytes: answerBytes.length,
        themesAnswerEncodeCpuMs: Math.round(themesAnswerEncodeCpuMs),
        ...search,
        rssMb: Math.round(process.memoryUsage().rss / 1e6),
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The search figures: first answer and whole index from nothing, one statement added, a search once indexed. */
function searchFigures(
  all: readonly Statement[],
  summaries: readonly StatementSummary[],
): Pick<LibrarySizeFigures, 'searchFirstResultsMs' | 'searchIndexMs' | 'searchAddOneMs' | 'searchMs'> {
  const hashes = new Map(summaries.map((s) => [s.id, s.hash]));
  const entries: SearchCorpusEntry[] = all.map((s) => corpusEntry(s, hashes.get(s.id) ?? '', s.blocks));
  const ask = (
    state: ReturnType<typeof createSearchWorkerState>,
    corpus: readonly SearchCorpusEntry[],
    budget: number,
    sent: boolean,
  ) => {
    const output: SearchJobOutput = runSearchJob(
      state,
      { query: QUERY, corpusKey: corpusKey(corpus), corpus: sent ? null : corpus },
      budget,
    );
    if (output.kind !== 'results') throw new Error(`search: ${output.kind}`);
    return output;
  };
  const timed = <T>(run: () => T): number => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const firsts: number[] = [];
  const wholes: number[] = [];
  const addOnes: number[] = [];
  const searches: number[] = [];
  const round = (n: number) => Math.round(n * 10) / 10;
  for (let run = 0; run < 3; run++) {
    const partial = createSearchWorkerState();
    firsts.push(timed(() => ask(partial, entries, INDEX_SLICE_MS, false)));
    const state = createSearchWorkerState();
    // All but the last statement, then the last one added (its text alone sent and folded).
    wholes.push(timed(() => ask(state, entries.slice(0, -1), Number.POSITIVE_INFINITY, false)));
    const withLast = entries.map((e, i) => (i < entries.length - 1 ? { ...e, blocks: null } : e));
    addOnes.push(timed(() => ask(state, withLast, Number.POSITIVE_INFINITY, false)));
    for (let k = 0; k < 5; k++) searches.push(timed(() => ask(state, withLast, 0, true)));
  }
  return {
    searchFirstResultsMs: round(median(firsts)),
    searchIndexMs: Math.round(median(wholes)),
    searchAddOneMs: round(median(addOnes)),
    searchMs: round(median(searches)),
  };
}

function checkOverview(result: Overview, others: readonly StatementSummary[], last: StatementSummary): void {
  if (result.summaries.length !== others.length || !result.statements.includes(last))
    throw new Error('overview lost statements');
}

const section: BenchSection = {
  name: 'library',
  async run() {
    const staticDir = mkdtempSync(join(tmpdir(), 'plenary-bench-static-'));
    const corpusDir = fileURLToPath(new URL('../../resources/corpus', import.meta.url));
    try {
      const figures: LibrarySizeFigures[] = [];
      for (const size of SIZES) figures.push(await measure(size, staticDir, corpusDir));
      return figures;
    } finally {
      rmSync(staticDir, { recursive: true, force: true });
    }
  },
  format(result) {
    const rows = result as readonly LibrarySizeFigures[];
    const ms = (n: number) => `${n.toLocaleString('en')} ms`;
    return `library: generated statements of ~${WORDS} words in browser mode's server (one run each; analyses in this process)\n${table(
      [
        ['statements', ...rows.map((r) => r.statements.toLocaleString('en'))],
        ['server start → first answer', ...rows.map((r) => ms(r.startMs))],
        [
          'library:list size',
          ...rows.map((r) => `${Math.round(r.listBytes / 1024).toLocaleString('en')} KB`),
        ],
        ['library:list, first ever (hashing and counting)', ...rows.map((r) => ms(r.listFirstMs))],
        ['library:list, first after a restart', ...rows.map((r) => ms(r.listRestartMs))],
        ['library:list time', ...rows.map((r) => ms(r.listMs))],
        ['every text by library:get', ...rows.map((r) => ms(r.textsMs))],
        [
          'overview, cold (one worker per core)',
          ...rows.map((r) => `${ms(r.overviewMs)} (${r.overviewWorkers})`),
        ],
        [
          'overview, cold: the grid’s first columns in (the rest to come)',
          ...rows.map((r) => ms(r.overviewFirstColumnsMs)),
        ],
        ['overview, cold, one worker', ...rows.map((r) => ms(r.overviewOneWorkerMs))],
        ['overview after adding one (cached)', ...rows.map((r) => ms(r.overviewAddOneMs))],
        ['overview after a restart (kept in the folder)', ...rows.map((r) => ms(r.overviewRestartMs))],
        [
          'themes after a restart or an import (readings kept in the folder; CPU)',
          ...rows.map((r) => `${ms(r.themesMs)} (${ms(r.themesCpuMs)})`),
        ],
        [
          '… of which the kept readings fetched (their size)',
          ...rows.map((r) => `${ms(r.themesFetchMs)} (${(r.themesKeptBytes / 1e6).toFixed(1)} MB)`),
        ],
        [
          'themes after a restart, the answer kept in the folder (CPU)',
          ...rows.map((r) => `${ms(r.themesAnswerMs)} (${ms(r.themesAnswerCpuMs)})`),
        ],
        [
          '… its size (encoding it after a computation, CPU)',
          ...rows.map(
            (r) => `${(r.themesAnswerBytes / 1e6).toFixed(1)} MB (${ms(r.themesAnswerEncodeCpuMs)})`,
          ),
        ],
        [
          'themes truly cold (nothing kept; CPU)',
          ...rows.map((r) => `${ms(r.themesColdMs)} (${ms(r.themesColdCpuMs)})`),
        ],
        ['… of which statements scanned and read', ...rows.map((r) => ms(r.themesColdReadMs))],
        [
          'themes after adding one (statements read)',
          ...rows.map((r) => `${ms(r.themesAddOneMs)} (${r.themesAddOneReads})`),
        ],
        ['themes after adding a user theme', ...rows.map((r) => ms(r.themesUserThemeMs))],
        ['first search: first answer (one slice indexed)', ...rows.map((r) => ms(r.searchFirstResultsMs))],
        ['first search: whole index built and searched', ...rows.map((r) => ms(r.searchIndexMs))],
        ['search index after adding one', ...rows.map((r) => ms(r.searchAddOneMs))],
        [`search “${QUERY}”`, ...rows.map((r) => ms(r.searchMs))],
        ['resident memory', ...rows.map((r) => `${r.rssMb} MB`)],
      ],
    )}`;
  },
};

export default section;
