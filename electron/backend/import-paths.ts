/** Imports files the person picked in a native dialog: size-checked before reading, one at a time. */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { LibraryImportResult } from '../../shared/ipc/contract';
import { DEFAULT_MAX_IMPORT_BYTES } from '../../shared/statements/model';
import { displayFileName, IMPORT_EXTENSIONS } from '../../shared/statements/import-statement';
import { tooLargeError } from '../../shared/statements/size-limit';
import type { Handlers } from './handlers';
import {
  isHiddenEntryName,
  isSavedPageParts,
  MAX_FOLDER_DEPTH,
  MAX_FOLDER_FILES,
} from '../../shared/statements/folder-limits';

/** The file extensions the importers read (what the open dialogs offer and folder imports pick up). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(IMPORT_EXTENSIONS);

/** True for a file name with a supported extension. */
export function isSupportedFileName(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(name).slice(1).toLowerCase());
}

/**
 * Every supported file under `folder`, recursively, sorted; hidden entries, symbolic links and the parts folders of
 * saved pages (isSavedPageParts) are skipped.
 */
export async function collectFolderFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const names = entries.map((e) => e.name);
    for (const entry of entries) {
      if (found.length >= MAX_FOLDER_FILES) return;
      // Symbolic links could loop or lead out of the folder the person chose.
      if (isHiddenEntryName(entry.name) || entry.isSymbolicLink()) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && isSavedPageParts(entry.name, names)) continue;
      if (entry.isDirectory() && depth < MAX_FOLDER_DEPTH) await walk(path, depth + 1);
      else if (entry.isFile() && isSupportedFileName(entry.name)) found.push(path);
    }
  };
  await walk(folder, 0);
  return found;
}

/** How a path import reports and stops. */
export interface ImportPathsOptions {
  readonly maxBytes?: number;
  /** Stops before the next file when aborted (library:cancel-import also stops the file being parsed); the
   * results so far are returned. */
  readonly signal?: AbortSignal;
  /** Called before each file (`done` finished so far, `name` about to be read). */
  readonly onProgress?: (done: number, total: number, name: string) => void;
}

/** Reads and imports each path in turn; a file too large or unreadable becomes an error result, never a throw. */
export async function importPaths(
  handlers: Handlers,
  paths: readonly string[],
  { maxBytes = DEFAULT_MAX_IMPORT_BYTES, signal, onProgress }: ImportPathsOptions = {},
): Promise<LibraryImportResult[]> {
  const results: LibraryImportResult[] = [];
  for (const path of paths) {
    if (signal?.aborted) break;
    const name = displayFileName(basename(path));
    onProgress?.(results.length, paths.length, name);
    const read = await readChecked(path, name, maxBytes);
    if (!read.ok) {
      results.push(read);
      continue;
    }
    // Cancelled while the file was read from disk: the backend had no parse of it to stop, so it is not sent.
    if (signal?.aborted) break;
    const answer = await handlers['library:import']([{ name, bytes: read.bytes }]);
    // No answer: library:cancel-import stopped this file's parse; the files before it stay imported.
    if (answer.length === 0) break;
    results.push(...answer);
  }
  return results;
}

async function readChecked(
  path: string,
  name: string,
  maxBytes: number,
): Promise<
  { readonly ok: true; readonly bytes: Uint8Array } | (LibraryImportResult & { readonly ok: false })
> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return readError(name, 'is not a regular file');
    if (info.size > maxBytes) return { ok: false, error: tooLargeError(name, info.size, maxBytes) };
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return readError(name, `could not be read${typeof code === 'string' ? ` (${code})` : ''}`);
  }
}

function readError(fileName: string, reason: string): LibraryImportResult & { readonly ok: false } {
  return { ok: false, error: { kind: 'import-error', code: 'corrupt', fileName, reason } };
}
