/** The full statements for some summaries: from the text cache at once, or fetched with progress. */
import { useEffect, useMemo, useState } from 'react';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import type { StatementTexts } from './statement-texts';
import { errorMessage } from '../../shared/error-message';

/** Where the texts of a set of statements are. */
export type TextsState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly done: number; readonly total: number }
  | { readonly status: 'ready'; readonly statements: readonly Statement[] }
  | { readonly status: 'error'; readonly message: string };

/** The statements for `summaries` (null: none wanted), fetched when some texts are missing. */
export function useStatements(
  texts: StatementTexts,
  summaries: readonly StatementSummary[] | null,
): TextsState {
  // What the texts depend on: the summary objects (a refresh or an edit makes new ones).
  const cached = useMemo(() => {
    if (summaries === null) return null;
    const found: Statement[] = [];
    for (const summary of summaries) {
      const statement = texts.peek(summary);
      if (!statement) return undefined;
      found.push(statement);
    }
    return found;
  }, [texts, summaries]);
  const [loaded, setLoaded] = useState<{
    readonly for: readonly StatementSummary[] | null;
    readonly state: TextsState;
  }>({ for: null, state: { status: 'idle' } });

  useEffect(() => {
    if (summaries === null || cached !== undefined) return;
    let current = true;
    texts
      .load(summaries, (done, total) => {
        if (current) setLoaded({ for: summaries, state: { status: 'loading', done, total } });
      })
      .then(
        (statements) => current && setLoaded({ for: summaries, state: { status: 'ready', statements } }),
        (failure: unknown) =>
          current &&
          setLoaded({
            for: summaries,
            state: { status: 'error', message: errorMessage(failure) },
          }),
      );
    return () => {
      current = false;
    };
  }, [texts, summaries, cached]);

  if (summaries === null) return { status: 'idle' };
  if (cached) return { status: 'ready', statements: cached };
  if (loaded.for === summaries) return loaded.state;
  return { status: 'loading', done: 0, total: summaries.length };
}
