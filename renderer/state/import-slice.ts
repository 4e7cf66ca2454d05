/** The store's import queue: files imported one call per file, in order, with a progress row for each. */
import type { LibraryImportResult, PlenaryBridge } from '../../shared/ipc/contract';
import { DEFAULT_MAX_IMPORT_BYTES, describeImportError } from '../../shared/statements/model';
import { MAX_FOLDER_FILES } from '../../shared/statements/folder-limits';
import { tooLargeError } from '../../shared/statements/size-limit';
import { errorMessage } from '../../shared/error-message';
import type { DropContents, DroppedFile } from '../import/collect-dropped-files';
import type { AppSlice } from './slice';

/** Where one file is in its import. */
export type ImportStatus = 'queued' | 'reading' | 'importing' | 'done' | 'duplicate' | 'error' | 'cancelled';

/** A menu or "Open with" import running in the desktop app's backend. */
export interface BackendImportProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string | null;
}

/** One row of the import panel. */
export interface ImportRow {
  readonly id: number;
  /** The file's name, or its path inside a dropped folder. */
  readonly path: string;
  readonly size: number;
  readonly status: ImportStatus;
  /** For errors: one line naming the file and the reason. */
  readonly message: string | null;
  readonly statementId: string | null;
}

/** The import queue as the app sees it. */
export interface ImportQueue {
  readonly rows: readonly ImportRow[];
  /** Notes about the last drop, such as skipped files in folders. */
  readonly notes: readonly string[];
  /** True while files dropped or chosen in the page are being imported. */
  readonly busy: boolean;
  /** The desktop app's menu import, while one runs. */
  readonly backendProgress: BackendImportProgress | null;
}

/** Import state and actions. */
export interface ImportSlice {
  readonly imports: ImportQueue;
  /** Queues files; when the queue runs dry the library is reloaded and the last statement imported opened. */
  readonly enqueue: (files: readonly DroppedFile[], notes?: readonly string[]) => void;
  /** Queues what was dropped on the window, with a note about files skipped in dropped folders. */
  readonly importDropped: (contents: DropContents) => void;
  /** Queues files chosen with the Import… button. */
  readonly importFiles: (files: readonly File[]) => void;
  /** Adds rows for imports done elsewhere (the Electron menu's dialogs) and opens the last one imported. */
  readonly recordImports: (results: readonly LibraryImportResult[]) => void;
  /** Shows the progress of a menu import (a finished one, done = total, clears it). */
  readonly importProgress: (progress: BackendImportProgress) => void;
  /** Stops the imports: queued files are not sent, and the backend stops the file it is parsing (a menu import
   * stops there too); what was imported stays. */
  readonly cancelImports: () => void;
  readonly clearImports: () => void;
}

interface Job {
  readonly id: number;
  readonly file: File;
}

/** The import slice over `bridge`. */
export function importSlice(bridge: PlenaryBridge): AppSlice<ImportSlice> {
  return (set, get) => {
    const jobs: Job[] = [];
    let running = false;
    let nextId = 1;
    // Cancels so far: a file whose bytes were still being read when Cancel came is not sent at all.
    let cancels = 0;
    // The ticket of the library:import call in flight, named by a Cancel so the backend stops it even if the cancel
    // reaches it before the file does.
    let ticket: string | null = null;

    const setRows = (change: (rows: readonly ImportRow[]) => readonly ImportRow[]) =>
      set((state) => ({ imports: { ...state.imports, rows: change(state.imports.rows) } }));
    const update = (id: number, patch: Partial<ImportRow>) =>
      setRows((rows) => rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));

    const drain = async () => {
      if (running) return;
      running = true;
      set((state) => ({ imports: { ...state.imports, busy: true } }));
      let last: string | null = null;
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const cancelsBefore = cancels;
        ticket = crypto.randomUUID();
        const outcome = await importOne(bridge, job, ticket, update, () => cancels !== cancelsBefore);
        ticket = null;
        if (outcome) last = outcome;
      }
      running = false;
      set((state) => ({ imports: { ...state.imports, busy: false } }));
      await get().afterImport(last);
    };

    const enqueue = (files: readonly DroppedFile[], notes: readonly string[] = []) => {
      const added = files.map((dropped) => ({ id: nextId++, dropped }));
      set((state) => ({
        imports: {
          ...state.imports,
          notes,
          rows: [
            ...state.imports.rows.filter((row) => running || !isFinished(row.status)),
            ...added.map(({ id, dropped }) => ({
              id,
              path: dropped.path,
              size: dropped.file.size,
              status: 'queued' as const,
              message: null,
              statementId: null,
            })),
          ],
        },
      }));
      jobs.push(...added.map(({ id, dropped }) => ({ id, file: dropped.file })));
      void drain();
    };

    return {
      imports: { rows: [], notes: [], busy: false, backendProgress: null },
      enqueue,
      importDropped: (contents) => {
        const notes = [
          ...(contents.skipped.length > 0
            ? [
                `Skipped ${contents.skipped.length} file(s) in the dropped folder that are not .txt, .md, .html, .docx or .pdf: ${contents.skipped.join(', ')}`,
              ]
            : []),
          ...(contents.truncated
            ? [
                `Only the first ${MAX_FOLDER_FILES.toLocaleString('en')} statements of the dropped folders were taken.`,
              ]
            : []),
        ];
        if (contents.files.length === 0 && notes.length === 0) return;
        enqueue(contents.files, notes);
      },
      importFiles: (files) => enqueue(files.map((file): DroppedFile => ({ path: file.name, file }))),
      recordImports: (results) => {
        set((state) => ({
          imports: {
            ...state.imports,
            notes: [],
            rows: results.map((result) => ({ id: nextId++, size: 0, ...rowOfResult(result) })),
          },
        }));
        const last = [...results].reverse().find((result) => result.ok);
        void get().afterImport(last?.ok ? last.statement.id : null);
      },
      importProgress: (progress) =>
        set((state) => ({
          imports: {
            ...state.imports,
            backendProgress: progress.done >= progress.total ? null : progress,
          },
        })),
      cancelImports: () => {
        cancels++;
        const dropped = new Set(jobs.splice(0).map((job) => job.id));
        setRows((rows) =>
          rows.map((row) => (dropped.has(row.id) ? { ...row, status: 'cancelled', message: null } : row)),
        );
        // The file being sent or parsed: the backend stops its worker and answers without it.
        // (No ticket is passed as none, not as undefined, which JSON would send as null.)
        if (running || get().imports.backendProgress) {
          const cancel = bridge['library:cancel-import'];
          void (ticket === null ? cancel() : cancel(ticket)).catch(() => undefined);
        }
      },
      clearImports: () =>
        set((state) => ({
          imports: {
            ...state.imports,
            notes: [],
            rows: state.imports.rows.filter((row) => !isFinished(row.status)),
          },
        })),
    };
  };
}

async function importOne(
  bridge: PlenaryBridge,
  job: Job,
  ticket: string,
  update: (id: number, patch: Partial<ImportRow>) => void,
  cancelled: () => boolean,
): Promise<string | null> {
  try {
    // Refused on its size before it is read, as the backend and the CLI do.
    if (job.file.size > DEFAULT_MAX_IMPORT_BYTES) {
      const error = tooLargeError(job.file.name, job.file.size, DEFAULT_MAX_IMPORT_BYTES);
      update(job.id, { status: 'error', message: describeImportError(error) });
      return null;
    }
    update(job.id, { status: 'reading' });
    const bytes = new Uint8Array(await job.file.arrayBuffer());
    // Cancelled while its bytes were read: the backend had nothing of it to stop, so it is not sent.
    if (cancelled()) {
      update(job.id, { status: 'cancelled', message: null });
      return null;
    }
    update(job.id, { status: 'importing' });
    const [result] = await bridge['library:import']([{ name: job.file.name, bytes }], ticket);
    // No result: library:cancel-import stopped this file's parse, and nothing of it was added.
    if (!result) {
      update(job.id, { status: 'cancelled', message: null });
      return null;
    }
    const row = rowOfResult(result, job.file.name);
    update(job.id, { status: row.status, message: row.message, statementId: row.statementId });
    return row.statementId;
  } catch (failure) {
    update(job.id, { status: 'error', message: `${job.file.name}: ${errorMessage(failure)}` });
    return null;
  }
}

function rowOfResult(result: LibraryImportResult, fileName?: string): Omit<ImportRow, 'id' | 'size'> {
  if (!result.ok) {
    return {
      path: result.error.fileName,
      status: 'error',
      message: describeImportError(result.error),
      statementId: null,
    };
  }
  const name = fileName ?? result.statement.source.fileName;
  return {
    path: name,
    status: result.duplicate ? 'duplicate' : 'done',
    message: result.duplicate ? `${name}: already in the library` : null,
    statementId: result.statement.id,
  };
}

function isFinished(status: ImportStatus): boolean {
  return status === 'done' || status === 'duplicate' || status === 'error' || status === 'cancelled';
}
