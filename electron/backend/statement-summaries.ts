/**
 * Summaries of stored statements for `library:list`. Their hash (sha256 of the blocks) and counts are worked out once
 * per text and kept in the library folder (`summaries-cache.json`, next to the index) by a fingerprint of the text,
 * so a library opened again lists 3,000 statements without hashing and counting their 40 MB of text. Only a cache: a
 * missing, damaged or foreign file is ignored and replaced; the index and the statements are never written here.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { blocksHashInput, summariseStatement, type StatementSummary } from '../../shared/statements/summary';
import { ContentHashSchema } from './analysis-cache';
import { parseJson } from './json-file';

/** The cache file's name in the library folder. */
export const SUMMARIES_CACHE_FILE = 'summaries-cache.json';
const FORMAT = 'plenary-diff statement summaries';
/** Raised when what a summary counts changes (a word, a paragraph), so counts kept before are not used. */
const FORMAT_VERSION = 1;

const count = z.number().int().min(0).max(100_000_000);
const FileSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  /** Fingerprint of a statement's text → [sha256 of its blocks, body paragraphs, words]. */
  entries: z.record(z.string().max(300), z.tuple([ContentHashSchema, count, count])),
});
type Kept = readonly [hash: string, paragraphs: number, words: number];

/** The summaries of one library folder's statements. */
export interface StatementSummaries {
  /** The summaries of `statements`; texts not summarised before are hashed and counted, and the file rewritten. */
  list(statements: readonly Statement[]): Promise<StatementSummary[]>;
  /**
   * Works out ahead what `list(statements)` needs (the file read, each text's fingerprint and summary), a slice at a
   * time between other work, so the window's first list after a start is answered from memory. Never rejects.
   */
  warm(statements: readonly Statement[]): Promise<void>;
  /** The summary of one stored statement (an edit's answer, a statement just stored). */
  summaryOf(statement: Statement): StatementSummary;
  /** Writes the hashes and counts worked out so far for `statements` (the library's) to the file, when new. */
  keep(statements: readonly Statement[]): Promise<void>;
  /** Resolves when the file is written (tests, closing). */
  idle(): Promise<void>;
}

/** The summary of a statement worked out from its text: the sha256 of its blocks and its counts. */
export function summaryOf(statement: Statement): StatementSummary {
  return summariseStatement(statement, createHash('sha256').update(blocksHashInput(statement)).digest('hex'));
}

/**
 * What identifies a statement's text here: its id, block count and the sha1 of every block's role and text, fed to
 * the hash block by block (no 40 MB string built first, as the sha256 of the summary needs): a quarter of the time.
 */
export function textFingerprint(statement: Statement): string {
  const hash = createHash('sha1');
  for (const block of statement.blocks)
    hash.update(block.role).update('\u0000').update(block.text).update('\u0001');
  return `${statement.id}:${statement.blocks.length}:${hash.digest('base64')}`;
}

/** Statements summarised between two turns of the event loop while warming (~10 ms of work at 1,500 words each). */
const WARM_SLICE = 100;

/** The statement id a fingerprint starts with (ids may hold ":"; the two fields after it do not). */
function idOf(print: string): string {
  return print.slice(0, print.lastIndexOf(':', print.lastIndexOf(':') - 1));
}

/** The summaries of the statements in library folder `dir` (null: nothing kept on disk), read on first use. */
export function openStatementSummaries(dir: string | null): StatementSummaries {
  const path = dir === null ? null : join(dir, SUMMARIES_CACHE_FILE);
  // Keyed by the stored object: the store replaces the object on every edit, so an edit is a new entry.
  const byObject = new WeakMap<Statement, { readonly print: string; readonly summary: StatementSummary }>();
  const kept = new Map<string, Kept>();
  let loaded: Promise<void> | null = null;
  let changed = false;
  let writing: Promise<void> = Promise.resolve();

  const load = () =>
    (loaded ??= (path === null ? Promise.resolve(null) : readFile(path, 'utf8')).then(
      (text) => {
        const parsed = text === null ? null : parseJson(text, FileSchema);
        if (parsed?.ok)
          for (const [print, entry] of Object.entries(parsed.value.entries)) kept.set(print, entry);
      },
      // Missing or unreadable: worked out again, and written anew.
      () => undefined,
    ));

  const summarised = (statement: Statement) => {
    const known = byObject.get(statement);
    if (known) return known;
    const print = textFingerprint(statement);
    const entry = kept.get(print);
    let summary: StatementSummary;
    if (entry && entry[1] === bodyBlocks(statement).length) {
      summary = summariseStatement(statement, entry[0], { paragraphs: entry[1], words: entry[2] });
    } else {
      summary = summaryOf(statement);
      kept.set(print, [summary.hash, summary.counts.paragraphs, summary.counts.words]);
      changed = true;
    }
    const made = { print, summary };
    byObject.set(statement, made);
    return made;
  };

  const save = (statements: readonly Statement[]) => {
    if (path === null || !changed) return;
    changed = false;
    // Only the statements in the library now: texts removed or edited away are dropped from the file.
    const entries: Record<string, Kept> = {};
    for (const statement of statements) {
      const print = byObject.get(statement)?.print;
      const entry = print === undefined ? undefined : kept.get(print);
      if (print !== undefined && entry) entries[print] = entry;
    }
    // Texts not summarised yet (a library opened, not listed) keep the entries the file had for them.
    const unsummarised = new Set(statements.filter((s) => !byObject.has(s)).map((s) => s.id));
    if (unsummarised.size > 0)
      for (const [print, entry] of kept) if (unsummarised.has(idOf(print))) entries[print] ??= entry;
    const text = `${JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, entries })}\n`;
    // A cache that cannot be written is worked out again next time; the list's answer does not wait for it.
    writing = writing.then(() => writeFileAtomic(path, text)).catch(() => undefined);
  };

  return {
    async list(statements) {
      await load();
      const summaries = statements.map((s) => summarised(s).summary);
      save(statements);
      return summaries;
    },
    async warm(statements) {
      await load();
      try {
        for (let at = 0; at < statements.length; at += WARM_SLICE) {
          // Requests that come meanwhile (the page's own files) are served between slices; a list that comes
          // finishes what is left itself, and the slices after it find those done.
          await new Promise((resolve) => setImmediate(resolve));
          for (const statement of statements.slice(at, at + WARM_SLICE)) summarised(statement);
        }
        save(statements);
      } catch {
        // Only ahead of time: the list works out what is missing, and says what failed.
      }
    },
    summaryOf: (statement) => summarised(statement).summary,
    async keep(statements) {
      await load();
      save(statements);
      await writing;
    },
    idle: () => writing,
  };
}
