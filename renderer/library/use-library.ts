/** The library snapshot from the backend, reloaded on demand, and the cache of its statements' texts. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibrarySnapshot, PlenaryBridge } from '../../shared/ipc/contract';
import type { StatementSummary } from '../../shared/statements/summary';
import { createStatementTexts, type StatementTexts } from './statement-texts';
import { errorMessage } from '../../shared/error-message';

/** The library as the app holds it. */
export interface LibraryState {
  readonly snapshot: LibrarySnapshot | null;
  /** Why the last load failed, if it did. */
  readonly error: string | null;
  /** Loads the snapshot again; resolves to the new one (null on failure). */
  readonly refresh: () => Promise<LibrarySnapshot | null>;
  /** Puts an edited statement's summary in place of the old one, without reloading the library. */
  readonly updateEntry: (summary: StatementSummary) => void;
  /** The statements' texts, fetched when a view needs them. */
  readonly texts: StatementTexts;
}

/** Loads 'library:list' once and whenever refresh() is called; the latest call wins. */
export function useLibrary(bridge: PlenaryBridge): LibraryState {
  const [snapshot, setSnapshot] = useState<LibrarySnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [texts] = useState(() => createStatementTexts((ids) => bridge['library:get'](ids)));
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await bridge['library:list']();
      if (mine === generation.current) {
        setSnapshot(next);
        setError(null);
      }
      return next;
    } catch (failure) {
      if (mine === generation.current) setError(errorMessage(failure));
      return null;
    }
  }, [bridge]);

  const updateEntry = useCallback((summary: StatementSummary) => {
    setSnapshot((current) =>
      current
        ? { ...current, statements: current.statements.map((s) => (s.id === summary.id ? summary : s)) }
        : current,
    );
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { snapshot, error, refresh, updateEntry, texts };
}
