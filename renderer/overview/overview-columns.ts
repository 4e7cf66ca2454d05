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
  /** Keeps columns just worked out, in memory and (without waiting) in the library folder. */
  remember(referenceHash: string, columns: ReadonlyMap<string, OverviewColumn>): void;
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
  const key = (referenceHash: string, hash: string) => `${referenceHash}|${hash}`;

  return {
    async known(referenceHash, hashes) {
      const found = new Map<string, OverviewColumn>();
      const ask: string[] = [];
      for (const hash of new Set(hashes)) {
        const column = columns.get(key(referenceHash, hash));
        if (column) found.set(hash, column);
        else if (!asked.has(key(referenceHash, hash))) ask.push(hash);
      }
      for (let at = 0; at < ask.length; at += HASHES_PER_CALL) {
        const batch = ask.slice(at, at + HASHES_PER_CALL);
        let stored: Record<string, OverviewColumn> = {};
        try {
          stored = await bridge['analysis:overview-columns'](version, referenceHash, batch);
        } catch {
          // Only a cache: without it the columns are worked out.
        }
        for (const hash of batch) {
          asked.add(key(referenceHash, hash));
          const column = stored[hash];
          if (!column) continue;
          columns.set(key(referenceHash, hash), column);
          found.set(hash, column);
        }
      }
      return found;
    },
    remember(referenceHash, fresh) {
      if (fresh.size === 0) return;
      for (const [hash, column] of fresh) columns.set(key(referenceHash, hash), column);
      const save = () =>
        bridge['analysis:save-overview-columns'](version, referenceHash, Object.fromEntries(fresh));
      // Saving twice is harmless; once more covers a connection the server closed as the save went out.
      save()
        .catch(save)
        .catch(() => undefined);
    },
  };
}
