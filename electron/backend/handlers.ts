/** The backend's one implementation of every channel, used by Electron IPC and by browser-mode HTTP alike. */
import type {
  AppInfo,
  Channel,
  ChannelArgs,
  ChannelResult,
  ElectronOnlyChannel,
  LibraryImportResult,
  ThemeSetting,
} from '../../shared/ipc/contract';
import { displayFileName, importStatement, PASTED_TEXT_NAME } from '../../shared/statements/import-statement';
import { tooLargeError } from '../../shared/statements/size-limit';
import {
  DEFAULT_MAX_IMPORT_BYTES,
  type ImportFile,
  type ImportOptions,
  type StatementMetadata,
} from '../../shared/statements/model';
import { openAnalysisCache } from './analysis-cache';
import { openThemesReadsFile } from './themes-reads-file';
import { openThemesAnswerFile } from './themes-answer-file';
import { unreadableFile, type ParseOutcome } from './import-worker-protocol';
import type { LibraryStore } from './library-store';
import { errorMessage } from '../../shared/error-message';
import { threadId } from 'node:worker_threads';

/** One async function per channel, derived from the contract. */
export type Handlers = { readonly [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> };

/** The handlers of the channels only the desktop app implements (native dialogs live in electron/). */
export type ElectronOnlyHandlers = Pick<Handlers, ElectronOnlyChannel>;

/** What the handlers need to know about the running app. */
export interface HandlerOptions {
  readonly mode: AppInfo['mode'];
  readonly version: string;
  /** Size limit for one imported file or paste, in bytes. */
  readonly maxBytes?: number;
  /** The desktop app's own handlers; without them those channels answer that browser mode lacks them. */
  readonly electronOnly?: ElectronOnlyHandlers;
  /** What the desktop shell does on the channels browser mode answers with nothing (there is no shell). */
  readonly shell?: ShellHooks;
  /** How a file's bytes become a statement: the import pool's worker threads in the app and browser mode;
   * by default in this thread (tests, benchmarks), where a cancel cannot stop a parse already running. */
  readonly parse?: ParseFile;
}

/** Parses one file; aborting `signal` (library:cancel-import) ends it as cancelled. */
export type ParseFile = (
  file: ImportFile,
  options: ImportOptions,
  signal: AbortSignal,
) => Promise<ParseOutcome>;

/** Parses in the calling thread. */
export const parseInThisThread: ParseFile = async (file, options, signal) => {
  const result = await importStatement(file, options);
  return signal.aborted ? { kind: 'cancelled' } : { kind: 'parsed', result, threadId };
};

/** The desktop shell's side of 'app:set-theme' and 'library:cancel-import'. */
export interface ShellHooks {
  readonly setTheme: (theme: ThemeSetting) => void;
  readonly cancelImport: () => void;
}

/** What browser mode answers on a channel only the desktop app has. */
export function notInBrowserMode(channel: ElectronOnlyChannel): Error {
  return new Error(
    `${channel} is not available in browser mode: it needs the desktop app's save dialog. The page downloads the file instead.`,
  );
}

/** How many cancelled import tickets are remembered (a cancel's import call comes within moments of it). */
const MAX_REMEMBERED_TICKETS = 64;

/** Builds the handlers over a library store. Import failures are values; only storage failures throw. */
export function createHandlers(store: LibraryStore, options: HandlerOptions): Handlers {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const analyses = openAnalysisCache(store.dir);
  const themesReads = openThemesReadsFile(store.dir);
  const themesAnswer = openThemesAnswerFile(store.dir);
  const { summaries } = store;
  const { summaryOf } = summaries;
  // A library reopened on its overview asks for its first columns right after the list: they are read while it loads.
  void analyses.warm();
  // And the window's first list is answered from summaries worked out while its page loads (at 3,000 statements the
  // summaries file read, the texts' fingerprints and counts: ~0.3 s of this thread). A statement stored or edited
  // since is another object, summarised when listed.
  void summaries.warm(store.snapshot().statements);
  const parse = options.parse ?? parseInThisThread;
  // Aborted by library:cancel-import, then replaced: the imports running at that moment stop, later ones run.
  let imports = new AbortController();
  // Tickets of import calls cancelled by name; a call arriving with one of them afterwards is answered at once, empty.
  const cancelledTickets: string[] = [];
  const neverCancelled = new AbortController().signal;

  /** Parses and stores one file; null when the parse was cancelled (nothing of the file was stored). */
  const importAndStore = async (
    file: ImportFile,
    importOptions: ImportOptions,
    signal: AbortSignal,
  ): Promise<LibraryImportResult | null> => {
    const name = displayFileName(file.name);
    if (file.bytes.byteLength > maxBytes)
      return { ok: false, error: tooLargeError(name, file.bytes.byteLength, maxBytes) };
    let outcome: ParseOutcome;
    try {
      outcome = await parse({ name, bytes: file.bytes }, { ...importOptions, maxBytes }, signal);
    } catch (error) {
      // Parsing promises never to throw; if it does anyway, this file fails and the rest go on.
      return unreadableFile(name, errorMessage(error));
    }
    if (outcome.kind === 'cancelled') return null;
    const { result } = outcome;
    if (!result.ok) return result;
    let added;
    try {
      added = await store.add(result.statement);
    } catch (error) {
      throw new Error(
        `${name} was read but could not be saved to the library at ${store.dir}: ${errorMessage(error)}`,
      );
    }
    return { ok: true, statement: added.statement, duplicate: added.duplicate };
  };

  return {
    'app:info': async () => ({ version: options.version, mode: options.mode }),
    'app:set-theme': async (theme) => options.shell?.setTheme(theme),
    'library:cancel-import': async (ticket) => {
      if (ticket !== undefined) {
        cancelledTickets.push(ticket);
        if (cancelledTickets.length > MAX_REMEMBERED_TICKETS) cancelledTickets.shift();
      }
      imports.abort();
      imports = new AbortController();
      options.shell?.cancelImport();
    },
    'library:list': () => {
      const contents = store.snapshot();
      return summaries.list(contents.statements).then((statements) => ({ ...contents, statements }));
    },
    'library:get': async (ids) =>
      ids.map((id) => {
        const statement = store.get(id);
        if (!statement)
          throw new Error(`No statement with id ${id} is in the library; it may have been removed.`);
        return statement;
      }),
    'library:import': async (files, ticket) => {
      // Cancelled before it arrived: nothing of it is parsed or stored.
      if (ticket !== undefined && cancelledTickets.includes(ticket)) return [];
      const { signal } = imports;
      const results: LibraryImportResult[] = [];
      // One at a time: a batch of large PDFs must not hold every parse in memory at once. A cancel ends the
      // answer early: it holds the files finished before it (they stay in the library), none for the rest.
      for (const file of files) {
        const result = await importAndStore(file, {}, signal);
        if (!result) break;
        results.push(result);
      }
      return results;
    },
    'library:paste': async (text, title) => {
      const trimmedTitle = title?.trim() || null;
      const name = trimmedTitle ?? PASTED_TEXT_NAME;
      const bytes = new TextEncoder().encode(text);
      const result = await importAndStore({ name, bytes }, { pasted: true }, neverCancelled);
      if (!result) throw new Error(`${name} could not be read: its import was stopped.`);
      if (!result.ok || result.duplicate || trimmedTitle === null || result.statement.title === trimmedTitle)
        return result;
      const statement = await store.replace({ ...result.statement, title: trimmedTitle });
      return { ...result, statement };
    },
    'library:remove': (id) => store.remove(id),
    'library:restore': (statement) => store.restore(statement),
    'library:update-metadata': async (id, patch) => {
      const current = store.get(id);
      if (!current)
        throw new Error(`No statement with id ${id} is in the library; it may have been removed.`);
      const metadata: Record<string, unknown> = { ...current.metadata };
      for (const [key, value] of Object.entries(patch.metadata ?? {})) {
        if (value !== undefined) metadata[key] = value === '' ? null : value;
      }
      const edited = await store.replace({
        ...current,
        title: patch.title ?? current.title,
        metadata: metadata as unknown as StatementMetadata,
      });
      return summaryOf(edited);
    },
    'library:set-samples-hidden': (hidden) => store.setSamplesHidden(hidden),
    'library:set-navigation': (hash) => store.setNavigation(hash),
    'themes:save-user': (themes) => store.setUserThemes(themes),
    'analysis:overview-columns': (version, referenceHash, hashes) =>
      analyses.overviewColumns(version, referenceHash, hashes),
    'analysis:save-overview-columns': (version, referenceHash, columns) =>
      analyses.saveOverviewColumns(
        version,
        referenceHash,
        columns,
        new Set(store.snapshot().statements.map((s) => summaryOf(s).hash)),
      ),
    'analysis:themes-reads': (from) => themesReads.part(from),
    'analysis:save-themes-reads': (bundle, replace) => themesReads.save(bundle, replace),
    'analysis:themes-answer': async (key, orLast) => ({ bytes: await themesAnswer.get(key, orLast) }),
    'analysis:save-themes-answer': (key, bytes) => themesAnswer.save(key, bytes),
    'analysis:last-themes-answer': async () => ({ bytes: await themesAnswer.last() }),
    ...(options.electronOnly ?? {
      'export:save': () => Promise.reject(notInBrowserMode('export:save')),
      'export:pdf': () => Promise.reject(notInBrowserMode('export:pdf')),
    }),
  };
}
