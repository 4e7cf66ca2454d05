/** The library on disk: one JSON file per statement plus an index, each written atomically. */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { LibrarySnapshot } from '../../shared/ipc/contract';
import type { Statement } from '../../shared/statements/model';
import type { UserTheme } from '../../shared/themes/user-theme';
import { lockLibrary } from './library-lock';
import { isErrno, parseJson } from './json-file';
import { NavigationSchema, StatementSchema, UserThemeSchema } from './schemas';
import { openStatementSummaries, type StatementSummaries } from './statement-summaries';
import { errorMessage } from '../../shared/error-message';

/** The statements shipped with the app, already imported (see bundled-corpus.ts). */
export interface BundledStatements {
  /** The 2019 New Delhi reference; null when it could not be read (then `problems` says why). */
  readonly reference: Statement | null;
  readonly samples: readonly Statement[];
  readonly problems: readonly string[];
}

/** Options for opening a library folder. */
export interface LibraryStoreOptions {
  readonly bundled?: BundledStatements;
  /** Clock for set-aside file names; defaults to the real one. */
  readonly now?: () => Date;
  /** Take the folder's lock (the app and browser mode do); a folder another process holds is refused. */
  readonly lock?: boolean;
}

/** What adding a statement did: the stored statement, and whether it was already there. */
export interface AddOutcome {
  readonly statement: Statement;
  readonly duplicate: boolean;
}

/** Everything the library holds, with the full statements (`library:list` sends their summaries). */
export type LibraryContents = Omit<LibrarySnapshot, 'statements'> & {
  readonly statements: readonly Statement[];
};

/** A library folder opened for reading and writing; every write goes through one queue. */
export interface LibraryStore {
  readonly dir: string;
  /** Everything in the library right now. */
  snapshot(): LibraryContents;
  /** The statements' summaries for `library:list`, worked out when stored and kept in the folder with the index. */
  readonly summaries: StatementSummaries;
  get(id: string): Statement | undefined;
  /** Adds a statement unless the same bytes (sha256) or the same text (id) are already stored. */
  add(statement: Statement): Promise<AddOutcome>;
  /** Removes a statement (no-op when absent); refuses the reference. */
  remove(id: string): Promise<void>;
  /** Puts back a removed statement where it was (no-op when present). */
  restore(statement: Statement): Promise<void>;
  /** Replaces a stored statement with an edited version of itself (same id). */
  replace(statement: Statement): Promise<Statement>;
  setSamplesHidden(hidden: boolean): Promise<void>;
  /** Keeps the reader's location (written with the index, shortly after; at once by idle()). */
  setNavigation(hash: string): Promise<void>;
  setUserThemes(themes: readonly UserTheme[]): Promise<void>;
  /** Resolves when every queued write has finished and the index is up to date on disk. */
  idle(): Promise<void>;
  /** Finishes the queued writes and releases the folder's lock (when taken). */
  close(): Promise<void>;
}

/** The index file's name inside the library folder. */
export const INDEX_FILE = 'index.json';
/** The index's copy, written after it, read when the index itself is unreadable. */
export const INDEX_BACKUP_FILE = 'index.backup.json';
/** The folder of statement files inside the library folder. */
export const STATEMENTS_DIR = 'statements';

const IndexSchema = z.object({
  version: z.literal(1),
  /** Statement ids in library order. */
  order: z.array(z.string()),
  samplesHidden: z.boolean(),
  userThemes: z.array(UserThemeSchema),
  /** sha256 of every bundled statement already seeded once, so a removed sample stays removed. */
  seededBundled: z.array(z.string()),
  /** The reader's last location, a URL hash; absent before it was kept, dropped (not the index) when bad. */
  navigation: NavigationSchema.nullable().optional().catch(null),
});
type LibraryIndex = z.output<typeof IndexSchema>;

/** How long after an addition the index is rewritten (additions in a burst share one write). */
export const INDEX_WRITE_DELAY_MS = 250;

// Temp files write-file-atomic leaves behind when a process is killed mid-write: "<name>.json.<number>".
const STALE_TEMP = /\.json\.\d+$/;
const STALE_TEMP_AGE_MS = 60_000;

/** The file name a statement is stored under: its id when that is file-name safe, a hash of it otherwise. */
export function statementFileName(id: string): string {
  // Lower case only, so two ids differing in case never share a file on a case-insensitive file system; never
  // "h-…", so a literal id cannot take the name of a hashed one. Everything else gets its full sha256.
  if (/^[a-z0-9_-]{1,120}$/.test(id) && !id.startsWith('h-')) return `${id}.json`;
  return `h-${createHash('sha256').update(id).digest('hex')}.json`;
}

/** The name the library used before the mapping above (mixed case kept, 40 hex digits); files under it are moved. */
export function legacyStatementFileName(id: string): string {
  if (/^[A-Za-z0-9_-]{1,120}$/.test(id)) return `${id}.json`;
  return `h-${createHash('sha256').update(id).digest('hex').slice(0, 40)}.json`;
}

/** Opens (creating if needed) the library in `dir`, setting aside unreadable files and seeding the bundled corpus. */
export async function openLibraryStore(
  dir: string,
  options: LibraryStoreOptions = {},
): Promise<LibraryStore> {
  const now = options.now ?? (() => new Date());
  const statementsDir = join(dir, STATEMENTS_DIR);
  await mkdir(statementsDir, { recursive: true });
  const release = options.lock ? await lockLibrary(dir) : null;

  const problems: string[] = [...(options.bundled?.problems ?? [])];
  const summaries = openStatementSummaries(dir);
  const byId = new Map<string, Statement>();
  const removedAt = new Map<string, number>();
  let order: string[] = [];

  const setAside = async (folder: string, name: string, why: string): Promise<void> => {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    let target = `${name}.corrupt-${stamp}`;
    for (let n = 2; await exists(join(folder, target)); n++) target = `${name}.corrupt-${stamp}-${n}`;
    const shown = folder === dir ? name : `${STATEMENTS_DIR}/${name}`;
    try {
      await rename(join(folder, name), join(folder, target));
      problems.push(`${shown} ${why}; it was set aside as ${target} and everything else was loaded.`);
    } catch (error) {
      problems.push(`${shown} ${why}, and could not be set aside (${errorMessage(error)}).`);
    }
  };

  // The index: order and settings. Statement files are the truth about what is in the library.
  let index: LibraryIndex | null = null;
  const indexText = await readOptional(join(dir, INDEX_FILE));
  if (indexText !== null) {
    const parsed = parseJson(indexText, IndexSchema);
    if (parsed.ok) index = parsed.value;
    else {
      // The settings, user themes and removed-sample records live in the index: take them from its copy.
      const backupText = await readOptional(join(dir, INDEX_BACKUP_FILE));
      const backup = backupText === null ? null : parseJson(backupText, IndexSchema);
      if (backup?.ok) index = backup.value;
      await setAside(
        dir,
        INDEX_FILE,
        backup?.ok
          ? `(the library index) ${parsed.reason}; settings, user themes and removed samples were restored from its copy ${INDEX_BACKUP_FILE}`
          : `(the library index) ${parsed.reason}; the index was rebuilt from the statement files, and settings, user themes and removed samples could not be recovered (no readable copy)`,
      );
    }
  }

  const loaded: Statement[] = [];
  await removeStaleTemps(dir);
  await removeStaleTemps(statementsDir);
  const names = (await readdir(statementsDir)).filter((n) => n.endsWith('.json')).sort();
  for (const name of names) {
    let text: string;
    try {
      text = await readFile(join(statementsDir, name), 'utf8');
    } catch (error) {
      problems.push(`${STATEMENTS_DIR}/${name} could not be read (${errorMessage(error)}); it was skipped.`);
      continue;
    }
    const parsed = parseJson(text, StatementSchema);
    if (!parsed.ok) {
      await setAside(statementsDir, name, parsed.reason);
    } else if (statementFileName(parsed.value.id) === name) {
      loaded.push(parsed.value);
    } else if (
      legacyStatementFileName(parsed.value.id) === name &&
      !names.includes(statementFileName(parsed.value.id)) &&
      (await moved(join(statementsDir, name), join(statementsDir, statementFileName(parsed.value.id))))
    ) {
      loaded.push(parsed.value);
    } else {
      await setAside(statementsDir, name, 'holds a statement whose id does not match the file name');
    }
  }
  for (const statement of loaded) byId.set(statement.id, statement);

  const indexed = (index?.order ?? []).filter((id, i, all) => byId.has(id) && all.indexOf(id) === i);
  const indexedSet = new Set(indexed);
  // Files the index does not list yet: an import whose index write was interrupted, or a rebuilt index.
  const orphans = loaded
    .filter((s) => !indexedSet.has(s.id))
    .sort((a, b) => a.source.importedAt.localeCompare(b.source.importedAt) || a.id.localeCompare(b.id))
    .map((s) => s.id);
  order = [...indexed, ...orphans];
  let samplesHidden = index?.samplesHidden ?? false;
  let userThemes: readonly UserTheme[] = index?.userThemes ?? [];
  let navigation = index?.navigation ?? null;
  const seeded = new Set(index?.seededBundled ?? []);
  let indexDirty = index === null || orphans.length > 0 || indexed.length !== (index?.order.length ?? 0);

  const findDuplicate = (statement: Statement): Statement | undefined =>
    byId.get(statement.id) ?? [...byId.values()].find((s) => s.source.sha256 === statement.source.sha256);

  /** The stored statements in the library's order. */
  const inOrder = (): Statement[] =>
    order.map((id) => byId.get(id)).filter((s): s is Statement => s !== undefined);

  const writeStatement = (statement: Statement): Promise<void> =>
    writeFileAtomic(join(statementsDir, statementFileName(statement.id)), `${JSON.stringify(statement)}\n`);
  const writeIndex = async (): Promise<void> => {
    const data: LibraryIndex = {
      version: 1,
      order,
      samplesHidden,
      userThemes: userThemes.map((t) => ({ ...t, terms: [...t.terms] })),
      seededBundled: [...seeded].sort(),
      navigation,
    };
    const text = `${JSON.stringify(data, null, 2)}\n`;
    // Two copies, each written atomically one after the other: a file damaged outside the app leaves the other.
    await writeFileAtomic(join(dir, INDEX_FILE), text);
    await writeFileAtomic(join(dir, INDEX_BACKUP_FILE), text);
    // The summaries of statements stored since (a cache: written after the index, which is the truth).
    await summaries.keep(inOrder());
  };

  // Seed the bundled corpus: the reference always (it is the default comparison), each sample once.
  let referenceId = '';
  const bundledReference = options.bundled?.reference ?? null;
  if (bundledReference) {
    const present = findDuplicate(bundledReference);
    if (present) {
      referenceId = present.id;
    } else {
      await writeStatement(bundledReference);
      byId.set(bundledReference.id, bundledReference);
      order = [bundledReference.id, ...order];
      referenceId = bundledReference.id;
      indexDirty = true;
    }
  }
  for (const sample of options.bundled?.samples ?? []) {
    if (seeded.has(sample.source.sha256)) continue;
    seeded.add(sample.source.sha256);
    indexDirty = true;
    if (findDuplicate(sample)) continue;
    await writeStatement(sample);
    byId.set(sample.id, sample);
    order = [...order, sample.id];
  }
  if (indexDirty) await writeIndex();

  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  // An added statement is safe once its own file is written (loading picks up files the index does not
  // list yet), so additions only schedule the index write and a burst of imports rewrites it once.
  let indexTimer: ReturnType<typeof setTimeout> | null = null;
  const writeIndexNow = async (): Promise<void> => {
    if (indexTimer) clearTimeout(indexTimer);
    indexTimer = null;
    await writeIndex();
  };
  const scheduleIndexWrite = (): void => {
    if (indexTimer) return;
    indexTimer = setTimeout(() => {
      indexTimer = null;
      // A failed write is retried by the next one; the statement files already hold the data.
      enqueue(writeIndex).catch(() => undefined);
    }, INDEX_WRITE_DELAY_MS);
    indexTimer.unref?.();
  };

  return {
    dir,
    summaries,
    snapshot: () => ({
      statements: inOrder(),
      referenceId,
      samplesHidden,
      userThemes,
      problems: [...problems],
      navigation,
    }),
    get: (id) => byId.get(id),
    add: (statement) =>
      enqueue(async () => {
        const existing = findDuplicate(statement);
        if (existing) return { statement: existing, duplicate: true };
        await writeStatement(statement);
        byId.set(statement.id, statement);
        order = [...order, statement.id];
        // Hashed and counted once, as it is stored, so the list never reads the text for it.
        summaries.summaryOf(statement);
        scheduleIndexWrite();
        return { statement, duplicate: false };
      }),
    remove: (id) =>
      enqueue(async () => {
        const statement = byId.get(id);
        if (!statement) return;
        if (id === referenceId) {
          throw new Error(
            `"${statement.title}" is the reference every statement is compared with by default, so it cannot be removed.`,
          );
        }
        // File first, index second: if interrupted, the index lists a missing file, which loading skips.
        await unlinkIfPresent(join(statementsDir, statementFileName(id)));
        removedAt.set(id, order.indexOf(id));
        byId.delete(id);
        order = order.filter((x) => x !== id);
        await writeIndexNow();
      }),
    restore: (statement) =>
      enqueue(async () => {
        if (byId.has(statement.id)) return;
        await writeStatement(statement);
        byId.set(statement.id, statement);
        const at = Math.min(removedAt.get(statement.id) ?? order.length, order.length);
        order = [...order.slice(0, at), statement.id, ...order.slice(at)];
        removedAt.delete(statement.id);
        await writeIndexNow();
      }),
    replace: (statement) =>
      enqueue(async () => {
        if (!byId.has(statement.id))
          throw new Error(`No statement with id ${statement.id} is in the library.`);
        await writeStatement(statement);
        byId.set(statement.id, statement);
        return statement;
      }),
    setSamplesHidden: (hidden) =>
      enqueue(async () => {
        samplesHidden = hidden;
        await writeIndexNow();
      }),
    setNavigation: (hash) =>
      enqueue(async () => {
        // Saved with every step the reader takes, so written in bursts like additions.
        navigation = hash;
        scheduleIndexWrite();
      }),
    setUserThemes: (themes) =>
      enqueue(async () => {
        userThemes = themes;
        await writeIndexNow();
      }),
    idle: () =>
      enqueue(async () => {
        if (indexTimer) await writeIndexNow();
      }),
    close: () =>
      enqueue(async () => {
        if (indexTimer) await writeIndexNow();
        await release?.();
      }),
  };
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function moved(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch {
    return false;
  }
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}

async function removeStaleTemps(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (!STALE_TEMP.test(name)) continue;
    try {
      const info = await stat(join(folder, name));
      if (Date.now() - info.mtimeMs > STALE_TEMP_AGE_MS) await unlink(join(folder, name));
    } catch {
      // Another process may be finishing that write; leave it.
    }
  }
}
