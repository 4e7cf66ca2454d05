/** Turns a drop into files: single files as they are, folders walked recursively. */
import {
  isHiddenEntryName,
  isSavedPageParts,
  MAX_FOLDER_DEPTH,
  MAX_FOLDER_FILES,
} from '../../shared/statements/folder-limits';
import { isSupportedFileName } from './supported-files';

/** A file from a drop, with its path inside the dropped folder ("reports/2021/closing.pdf"). */
export interface DroppedFile {
  readonly path: string;
  readonly file: File;
}

/** What a drop held: the files to import, and the files inside folders that were skipped. */
export interface DropContents {
  readonly files: readonly DroppedFile[];
  /** Paths of files in dropped folders whose type the importers do not read. */
  readonly skipped: readonly string[];
  /** True when the folders held more than MAX_FOLDER_FILES statements and only that many were taken. */
  readonly truncated: boolean;
}

/** One dropped thing, taken while the drop event lasts (items are unusable once it returns). */
export type DropItem =
  | { readonly kind: 'entry'; readonly entry: FileSystemEntry }
  | { readonly kind: 'file'; readonly file: File };

/** Takes the dropped items synchronously; call inside the drop handler. */
export function takeDropItems(transfer: DataTransfer): readonly DropItem[] {
  const items: DropItem[] = [];
  for (const item of [...transfer.items]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    if (entry) {
      items.push({ kind: 'entry', entry });
      continue;
    }
    // Files put in a DataTransfer by script have no file-system entry.
    const file = item.getAsFile();
    if (file) items.push({ kind: 'file', file });
  }
  if (items.length === 0) for (const file of [...transfer.files]) items.push({ kind: 'file', file });
  return items;
}

/** Reads the dropped items: top-level files are all kept (the importer explains unsupported ones); folders
 * are walked as the menu's Import Folder does — hidden entries and saved pages' parts folders skipped, at most MAX_FOLDER_DEPTH levels down,
 * at most MAX_FOLDER_FILES files — and only supported files inside them kept. */
export async function readDropItems(items: readonly DropItem[]): Promise<DropContents> {
  const walk: Walk = { files: [], skipped: [], truncated: false };
  for (const item of items) {
    if (item.kind === 'file') {
      walk.files.push({ path: item.file.name, file: item.file });
    } else if (item.entry.isFile) {
      walk.files.push({ path: item.entry.name, file: await fileOf(item.entry as FileSystemFileEntry) });
    } else if (item.entry.isDirectory) {
      await walkFolder(item.entry as FileSystemDirectoryEntry, item.entry.name, 0, walk);
    }
  }
  return walk;
}

interface Walk {
  readonly files: DroppedFile[];
  readonly skipped: string[];
  truncated: boolean;
}

async function walkFolder(
  directory: FileSystemDirectoryEntry,
  path: string,
  depth: number,
  walk: Walk,
): Promise<void> {
  const entries = await readAllEntries(directory);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const names = entries.map((e) => e.name);
  for (const entry of entries) {
    if (walk.truncated) return;
    if (isHiddenEntryName(entry.name)) continue;
    const entryPath = `${path}/${entry.name}`;
    if (entry.isDirectory && isSavedPageParts(entry.name, names)) continue;
    if (entry.isDirectory) {
      if (depth < MAX_FOLDER_DEPTH)
        await walkFolder(entry as FileSystemDirectoryEntry, entryPath, depth + 1, walk);
    } else if (entry.isFile) {
      if (!isSupportedFileName(entry.name)) walk.skipped.push(entryPath);
      else if (walk.files.length >= MAX_FOLDER_FILES) walk.truncated = true;
      else walk.files.push({ path: entryPath, file: await fileOf(entry as FileSystemFileEntry) });
    }
  }
}

// readEntries returns at most ~100 entries per call; it must be called until it returns none.
async function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
