/**
 * The overview's columns by content: kept in memory for the session and in the library folder across restarts
 * (`analysis:overview-columns`), so only statements never compared with this reference are compared.
 */
import type { OverviewColumn } from '../../shared/compare/overview';
import type { PlenaryBridge } from '../../shared/ipc/contract';
import { ANALYSIS_VERSION } from '../worker/analysis-version';

/** Columns by (reference hash, statement hash). */
export interface OverviewColumnStore {
  /** The columns known for `hashes` against `referenceHash`: from memory, else from the library folder. */
  known(referenceHash: string, hashes: readonly string[]): Promise<ReadonlyMap<string, OverviewColumn>>;
  /**
   * True when every column of `hashes` is in memory or already being asked of the library folder: the overview
   * then has nothing to compare that a short pause could spare (a reopened library asks its columns at once).
   */
  covers(referenceHash: string, hashes: readonly string[]): boolean;
  /** Keeps columns just worked out, in memory and (without waiting) in the library folder. */
  remember(referenceHash: string, columns: ReadonlyMap<string, OverviewColumn>): void;
  /**
   * Columns of `hashes` being worked out now (ahead of the overview): kept as `remember` keeps them when `working`
   * resolves; until then `known` waits for them instead of leaving them to be compared again. A failure keeps nothing.
   */
  expect(
    referenceHash: string,
    hashes: readonly string[],
    working: Promise<ReadonlyMap<string, OverviewColumn>>,
  ): void;
}

/** How many hashes one ask of the library folder carries. */
const HASHES_PER_CALL = 5000;

/** A column store over `bridge`; `version` names the analysis code (columns of other code are not used). */
export function createOverviewColumnStore(
  bridge: Pick<PlenaryBridge, 'analysis:overview-columns' | 'analysis:save-overview-columns'>,
  version = ANALYSIS_VERSION,
): OverviewColumnStore {
  const columns = new Map<string, OverviewColumn>();
  // Pairs the library folder was asked for and did not have: asked once per session.
  const asked = new Set<string>();
  // Pairs being asked of the library folder now: a second caller waits for that answer instead of asking again.
  const asking = new Map<string, Promise<void>>();
  const key = (referenceHash: string, hash: string) => `${referenceHash}|${hash}`;

  const askFolder = async (referenceHash: string, batch: readonly string[]): Promise<void> => {
    let stored: Record<string, OverviewColumn> = {};
    try {
      stored = await bridge['analysis:overview-columns'](version, referenceHash, batch);
    } catch {
      // Only a cache: without it the columns are worked out.
    }
    for (const hash of batch) {
      asked.add(key(referenceHash, hash));
      const column = stored[hash];
      if (column) columns.set(key(referenceHash, hash), column);
    }
  };

  const remember = (referenceHash: string, fresh: ReadonlyMap<string, OverviewColumn>) => {
    if (fresh.size === 0) return;
    for (const [hash, column] of fresh) columns.set(key(referenceHash, hash), column);
    const save = () =>
      bridge['analysis:save-overview-columns'](version, referenceHash, Object.fromEntries(fresh));
    // Saving twice is harmless; once more covers a connection the server closed as the save went out.
    save()
      .catch(save)
      .catch(() => undefined);
  };

  // Marks the pairs of `hashes` as being asked until `pending` settles.
  const markAsking = (referenceHash: string, hashes: readonly string[], pending: Promise<void>) => {
    void pending.finally(() => {
      for (const hash of hashes)
        if (asking.get(key(referenceHash, hash)) === pending) asking.delete(key(referenceHash, hash));
    });
    for (const hash of hashes) asking.set(key(referenceHash, hash), pending);
  };

  return {
    async known(referenceHash, hashes) {
      const wanted = [...new Set(hashes)];
      const ask: string[] = [];
      const waits = new Set<Promise<void>>();
      for (const hash of wanted) {
        const pair = key(referenceHash, hash);
        const pending = asking.get(pair);
        if (pending) waits.add(pending);
        else if (!columns.has(pair) && !asked.has(pair)) ask.push(hash);
      }
      // The batches go out together; each pair is marked as being asked until its answer is in.
      const askBatches = async (hashes: readonly string[]) => {
        const batches: Promise<void>[] = [];
        for (let at = 0; at < hashes.length; at += HASHES_PER_CALL)
          batches.push(askFolder(referenceHash, hashes.slice(at, at + HASHES_PER_CALL)));
        await Promise.all(batches);
      };
      if (ask.length > 0) {
        const pending = askBatches(ask);
        markAsking(referenceHash, ask, pending);
        waits.add(pending);
      }
      await Promise.all(waits);
      const found = new Map<string, OverviewColumn>();
      for (const hash of wanted) {
        const column = columns.get(key(referenceHash, hash));
        if (column) found.set(hash, column);
      }
      return found;
    },
    covers(referenceHash, hashes) {
      return hashes.every((hash) => {
        const pair = key(referenceHash, hash);
        return columns.has(pair) || asking.has(pair);
      });
    },
    remember,
    expect(referenceHash, hashes, working) {
      markAsking(
        referenceHash,
        hashes,
        working.then(
          (fresh) => remember(referenceHash, fresh),
          () => undefined,
        ),
      );
    },
  };
}
