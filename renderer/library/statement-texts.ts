/** The texts of library statements, fetched by `library:get` when a view needs them and kept by content hash. */
import type { Statement } from '../../shared/statements/model';
import { withBlocks, type StatementSummary } from '../../shared/statements/summary';

/** How many statements one `library:get` call asks for. */
export const TEXTS_PER_CALL = 200;

/** Texts fetched so far; a summary whose hash changed is fetched again. */
export interface StatementTexts {
  /** The full statement for `summary` when its text is here, else undefined. */
  peek(summary: StatementSummary): Statement | undefined;
  /**
   * The full statements for `summaries`, in order: cached texts at once, the rest fetched in batches (each id once,
   * even when asked for by two callers at a time). `onProgress` hears how many of them are here.
   */
  load(
    summaries: readonly StatementSummary[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<readonly Statement[]>;
  /** The hash of the text of a statement this cache handed out (its summary's), else undefined. */
  hashOf(statement: Statement): string | undefined;
}

interface Entry {
  readonly hash: string;
  readonly blocks: Statement['blocks'];
}

/** A text cache over `fetch` (the bridge's `library:get`). */
export function createStatementTexts(
  fetch: (ids: readonly string[]) => Promise<readonly Statement[]>,
  perCall = TEXTS_PER_CALL,
): StatementTexts {
  const entries = new Map<string, Entry>();
  // One full statement per summary object, so an unchanged library hands the views the same objects.
  const merged = new WeakMap<StatementSummary, Statement>();
  const hashes = new WeakMap<Statement, string>();
  const pending = new Map<string, Promise<void>>();

  const peek = (summary: StatementSummary): Statement | undefined => {
    const known = merged.get(summary);
    if (known) return known;
    const entry = entries.get(summary.id);
    if (entry?.hash !== summary.hash) return undefined;
    const statement = withBlocks(summary, entry.blocks);
    merged.set(summary, statement);
    hashes.set(statement, summary.hash);
    return statement;
  };

  const fetchBatch = (batch: readonly StatementSummary[]): Promise<void> => {
    const hashes = new Map(batch.map((s) => [s.id, s.hash]));
    const run = fetch(batch.map((s) => s.id)).then((statements) => {
      for (const statement of statements) {
        const hash = hashes.get(statement.id);
        if (hash !== undefined) entries.set(statement.id, { hash, blocks: statement.blocks });
      }
    });
    const settled = run.finally(() => {
      for (const s of batch) if (pending.get(pendingKey(s)) === settled) pending.delete(pendingKey(s));
    });
    for (const s of batch) pending.set(pendingKey(s), settled);
    return settled;
  };

  return {
    peek,
    hashOf: (statement) => hashes.get(statement),
    async load(summaries, onProgress) {
      const total = summaries.length;
      const missing = summaries.filter((s) => peek(s) === undefined);
      let done = total - missing.length;
      onProgress?.(done, total);
      const waits: Promise<void>[] = [];
      const toFetch: StatementSummary[] = [];
      const seen = new Set<string>();
      for (const s of missing) {
        const key = pendingKey(s);
        if (seen.has(key)) continue;
        seen.add(key);
        const inFlight = pending.get(key);
        if (inFlight) waits.push(inFlight);
        else toFetch.push(s);
      }
      for (let at = 0; at < toFetch.length; at += perCall) {
        const batch = toFetch.slice(at, at + perCall);
        waits.push(
          fetchBatch(batch).then(() => {
            done += batch.length;
            onProgress?.(Math.min(done, total), total);
          }),
        );
      }
      await Promise.all(waits);
      return summaries.map((s) => {
        const statement = peek(s);
        if (!statement) throw new Error(`The text of “${s.title}” did not arrive from the library.`);
        return statement;
      });
    },
  };
}

function pendingKey(summary: StatementSummary): string {
  return `${summary.id}\u0000${summary.hash}`;
}
