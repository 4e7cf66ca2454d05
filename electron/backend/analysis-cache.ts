/**
 * Analyses the app worked out, kept in the library folder (`analysis-cache.json`, next to the index) by content
 * hash, so opening a library again does not compare thousands of statements again. Only a cache: a missing,
 * damaged, foreign or outdated file is ignored (and replaced on the next save); the index and the statements are
 * never read or written here.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { OverviewColumn } from '../../shared/compare/overview';
import { errorMessage } from '../../shared/error-message';
import { isErrno, parseJson } from './json-file';

/** The cache file's name in the library folder. */
export const ANALYSIS_CACHE_FILE = 'analysis-cache.json';
/** The file's own layout; a file of another layout is ignored. */
const FORMAT = 'plenary-diff analysis cache';
const FORMAT_VERSION = 1;
/** Columns are kept for this many references (the most recently saved). */
export const MAX_REFERENCES = 4;

/** A content hash as the library list gives it (sha256, hex). */
export const ContentHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 content hash');
/** The analysis code's version as the renderer names it: columns of another version are not used. */
export const AnalysisVersionSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.:-]+$/, 'expected an analysis version');

const blockIds = z.array(z.string().max(200)).max(1000);
const count = z.number().int().min(0).max(100_000);
/** One overview column, as the renderer's worker works it out. */
export const OverviewColumnSchema = z.object({
  cells: z
    .array(
      z.object({
        op: z.enum(['unchanged', 'changed', 'moved', 'split', 'merged', 'added', 'removed']).nullable(),
        similarity: z.number().min(0).max(1),
        other: blockIds,
        echo: z.enum(['reuse', 'topic']).nullable(),
        echoedBy: blockIds,
      }),
    )
    .max(10_000),
  summary: z.object({
    statementId: z.string().max(200),
    retained: z.number().min(0).max(1),
    echoed: count,
    changed: count,
    moved: count,
    split: count,
    merged: count,
    added: count,
    removed: count,
    unchanged: count,
  }),
}) satisfies z.ZodType<OverviewColumn>;

/** Most columns one save may carry. */
export const MAX_COLUMNS_PER_SAVE = 20_000;
/** Columns by the content hash of their statement. */
export const OverviewColumnsSchema = z
  .record(ContentHashSchema, OverviewColumnSchema)
  .refine((columns) => Object.keys(columns).length <= MAX_COLUMNS_PER_SAVE, {
    message: `expected at most ${MAX_COLUMNS_PER_SAVE} columns`,
  });

const FileSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  analysis: AnalysisVersionSchema,
  /**
   * Reference hash → statement hash → column; in the order saved, oldest first. Each column is checked against
   * OverviewColumnSchema when it is first used (`checkedColumn`), not all as the file is read: at 3,000 statements
   * checking every column took ~0.3 s of the server's CPU as it started, beside the window loading its page on the
   * same cores, though a window reopened on its overview asks for 16 of them first.
   */
  overview: z.record(ContentHashSchema, z.record(ContentHashSchema, z.unknown())),
});
/** The file as kept: columns typed as the analysis makes them. */
interface CacheFile {
  readonly format: typeof FORMAT;
  readonly formatVersion: typeof FORMAT_VERSION;
  readonly analysis: string;
  /** Columns as read, each checked when first used (see FileSchema); those saved this session are checked already. */
  readonly overview: Record<string, Record<string, unknown>>;
}

/** Why a file on disk is not used: unreadable as an analysis cache, or a column in it is not one. */
const NOT_A_CACHE = `${ANALYSIS_CACHE_FILE} is not an analysis cache this version reads; it will be worked out again`;

/** The analysis cache of one library folder. */
export interface AnalysisCache {
  /** The cached columns of `hashes` against the reference `referenceHash`, worked out by code of `version`. */
  overviewColumns(
    version: string,
    referenceHash: string,
    hashes: readonly string[],
  ): Promise<Record<string, OverviewColumn>>;
  /**
   * Adds columns against `referenceHash`, drops those of statements no longer in the library (`live` hashes) and
   * of references beyond the last MAX_REFERENCES, and writes the file. Columns of another `version` are dropped.
   */
  saveOverviewColumns(
    version: string,
    referenceHash: string,
    columns: Readonly<Record<string, OverviewColumn>>,
    live: ReadonlySet<string>,
  ): Promise<void>;
  /** Why the file on disk was not used when it was read (null: it was used, or there was none). */
  readonly problem: () => string | null;
  /**
   * Starts reading the file now, as the library opens, so the window's first ask (a library reopened on its
   * overview) finds it read and checked instead of waiting for it after the list. Resolves once read (never rejects).
   */
  readonly warm: () => Promise<void>;
}

/** The analysis cache in library folder `dir`, read on first use. */
export function openAnalysisCache(dir: string): AnalysisCache {
  const path = join(dir, ANALYSIS_CACHE_FILE);
  let loaded: Promise<CacheFile | null> | null = null;
  let problem: string | null = null;
  // Saves run one after the other, each on the state the last left.
  let queue: Promise<unknown> = Promise.resolve();
  // Columns known to be columns: checked against the schema, or saved this session (the channel checked those).
  const checked = new WeakSet<object>();

  const load = () =>
    (loaded ??= readFile(path, 'utf8').then(
      (text) => {
        const parsed = parseJson(text, FileSchema);
        if (parsed.ok) return parsed.value;
        problem = NOT_A_CACHE;
        return null;
      },
      (error: unknown) => {
        if (!isErrno(error, 'ENOENT'))
          problem = `${ANALYSIS_CACHE_FILE} could not be read (${errorMessage(error)}); it will be worked out again`;
        return null;
      },
    ));

  /**
   * The column kept at `columns[hash]` once checked (kept checked in place), undefined when none is kept; null when
   * what is kept there is not a column: the whole file is then set aside as damaged, as it was when every column was
   * checked on reading it.
   */
  const checkedColumn = (
    columns: Record<string, unknown>,
    hash: string,
  ): OverviewColumn | null | undefined => {
    const kept = columns[hash];
    if (kept === undefined) return undefined;
    if (typeof kept === 'object' && kept !== null && checked.has(kept)) return kept as OverviewColumn;
    const parsed = OverviewColumnSchema.safeParse(kept);
    if (!parsed.success) {
      problem = NOT_A_CACHE;
      loaded = Promise.resolve(null);
      return null;
    }
    columns[hash] = parsed.data;
    checked.add(parsed.data);
    return parsed.data;
  };

  return {
    async overviewColumns(version, referenceHash, hashes) {
      await queue; // a save asked for before this question is answered first
      const file = await load();
      const found: Record<string, OverviewColumn> = {};
      if (file?.analysis !== version) return found;
      const columns = file.overview[referenceHash];
      if (!columns) return found;
      for (const hash of hashes) {
        const column = checkedColumn(columns, hash);
        if (column === null) return {};
        if (column) found[hash] = column;
      }
      return found;
    },
    saveOverviewColumns(version, referenceHash, columns, live) {
      for (const column of Object.values(columns)) checked.add(column);
      const run = queue.then(async () => {
        const read = await load();
        // The columns carried over are checked first (each once a session): a damaged file is not written again.
        const damaged =
          read?.analysis === version &&
          Object.values(read.overview).some((byStatement) =>
            Object.keys(byStatement).some((hash) => checkedColumn(byStatement, hash) === null),
          );
        const file = damaged ? null : read;
        const overview: CacheFile['overview'] = file?.analysis === version ? { ...file.overview } : {};
        const merged = { ...overview[referenceHash], ...columns };
        delete overview[referenceHash];
        overview[referenceHash] = merged;
        const references = Object.keys(overview).filter((hash) => live.has(hash));
        const kept: CacheFile['overview'] = {};
        for (const hash of references.slice(-MAX_REFERENCES)) {
          const byStatement: Record<string, unknown> = {};
          for (const [statement, column] of Object.entries(overview[hash] ?? {}))
            if (live.has(statement)) byStatement[statement] = column;
          kept[hash] = byStatement;
        }
        const next: CacheFile = {
          format: FORMAT,
          formatVersion: FORMAT_VERSION,
          analysis: version,
          overview: kept,
        };
        await writeFileAtomic(path, JSON.stringify(next));
        loaded = Promise.resolve(next);
        problem = null;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    problem: () => problem,
    warm: () => load().then(() => undefined),
  };
}
