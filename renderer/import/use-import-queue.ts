/** Imports files one call per file, in order, with a progress row for each. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryImportResult, PlenaryBridge } from '../../shared/ipc/contract';
import { DEFAULT_MAX_IMPORT_BYTES, describeImportError } from '../../shared/statements/model';
import { tooLargeError } from '../../shared/statements/size-limit';
import type { DroppedFile } from './collect-dropped-files';
import { errorMessage } from '../../shared/error-message';

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
  readonly busy: boolean;
  /** The desktop app's menu import, while one runs. */
  readonly backendProgress: BackendImportProgress | null;
  readonly enqueue: (files: readonly DroppedFile[], notes?: readonly string[]) => void;
  /** Adds rows for imports done elsewhere (the Electron menu's dialogs). */
  readonly record: (results: readonly LibraryImportResult[]) => void;
  /** Shows the progress of a menu import (a finished one, done = total, clears it). */
  readonly progress: (progress: BackendImportProgress) => void;
  /** Stops the imports: queued files are not sent, a menu import stops after the file it is reading. */
  readonly cancel: () => void;
  readonly clear: () => void;
}

interface Job {
  readonly id: number;
  readonly file: File;
}

/** A queue that sends each file to 'library:import' on its own; `onBatchDone` gets the id of the last
 * statement imported (or found already in the library) when the queue runs dry. */
export function useImportQueue(
  bridge: PlenaryBridge,
  onBatchDone: (lastStatementId: string | null) => void,
): ImportQueue {
  const [rows, setRows] = useState<readonly ImportRow[]>([]);
  const [notes, setNotes] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [backendProgress, setBackendProgress] = useState<BackendImportProgress | null>(null);
  const jobs = useRef<Job[]>([]);
  const running = useRef(false);
  const nextId = useRef(1);
  const done = useRef(onBatchDone);
  useEffect(() => {
    done.current = onBatchDone;
  });

  const update = useCallback((id: number, patch: Partial<ImportRow>) => {
    setRows((current) => current.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  }, []);

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    let last: string | null = null;
    for (let job = jobs.current.shift(); job; job = jobs.current.shift()) {
      const outcome = await importOne(bridge, job, update);
      if (outcome) last = outcome;
    }
    running.current = false;
    setBusy(false);
    done.current(last);
  }, [bridge, update]);

  const enqueue = useCallback(
    (files: readonly DroppedFile[], newNotes: readonly string[] = []) => {
      const added = files.map((dropped) => ({ id: nextId.current++, dropped }));
      setRows((current) => [
        ...current.filter((row) => running.current || !isFinished(row.status)),
        ...added.map(({ id, dropped }) => ({
          id,
          path: dropped.path,
          size: dropped.file.size,
          status: 'queued' as const,
          message: null,
          statementId: null,
        })),
      ]);
      setNotes(newNotes);
      jobs.current.push(...added.map(({ id, dropped }) => ({ id, file: dropped.file })));
      void drain();
    },
    [drain],
  );

  const record = useCallback((results: readonly LibraryImportResult[]) => {
    setNotes([]);
    setRows(results.map((result) => ({ id: nextId.current++, size: 0, ...rowOfResult(result) })));
  }, []);

  const progress = useCallback((next: BackendImportProgress) => {
    setBackendProgress(next.done >= next.total ? null : next);
  }, []);

  const cancel = useCallback(() => {
    const dropped = new Set(jobs.current.splice(0).map((job) => job.id));
    setRows((current) =>
      current.map((row) => (dropped.has(row.id) ? { ...row, status: 'cancelled', message: null } : row)),
    );
    if (backendProgress) void bridge['library:cancel-import']().catch(() => undefined);
  }, [bridge, backendProgress]);

  const clear = useCallback(() => {
    setRows((current) => current.filter((row) => !isFinished(row.status)));
    setNotes([]);
  }, []);

  return {
    rows,
    notes,
    busy: busy || backendProgress !== null,
    backendProgress,
    enqueue,
    record,
    progress,
    cancel,
    clear,
  };
}

async function importOne(
  bridge: PlenaryBridge,
  job: Job,
  update: (id: number, patch: Partial<ImportRow>) => void,
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
    update(job.id, { status: 'importing' });
    const [result] = await bridge['library:import']([{ name: job.file.name, bytes }]);
    if (!result) throw new Error('the library gave no answer');
    const row = rowOfResult(result, job.file.name);
    update(job.id, { status: row.status, message: row.message, statementId: row.statementId });
    return row.statementId;
  } catch (failure) {
    const reason = errorMessage(failure);
    update(job.id, { status: 'error', message: `${job.file.name}: ${reason}` });
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
