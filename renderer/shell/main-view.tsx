/** The view the location names: compare (or the reference alone), overview, themes or search. */
import { useCallback, useMemo } from 'react';
import type { StatementSummary } from '../../shared/statements/summary';
import { CompareView } from '../compare/compare-view';
import { ReferenceView } from '../compare/reference-view';
import { useYearOverYear } from '../compare/use-year-over-year';
import { TextsProgress } from '../library/texts-progress';
import { useStatements } from '../library/use-statements';
import { OverviewView } from '../overview/overview-view';
import { SearchView } from '../search/search-view';
import { useSearchIndex } from '../search/use-search';
import { useAppState, useResolvedLibrary } from '../state/store-context';
import { ThemesView } from '../themes/themes-view';

/**
 * Renders the current view once the library, a reference and the texts the view needs are there. The
 * library holds summaries; the texts in view come first (the reference, the open statement and its
 * predecessor), every shown statement's text only where a view works across the library.
 */
export function MainView() {
  const view = useAppState((state) => state.location.view);
  const snapshot = useAppState((state) => state.snapshot);
  const texts = useAppState((state) => state.texts);
  const query = useAppState((state) => state.location.query);
  const searchFocus = useAppState((state) => state.searchFocus);
  const setQuery = useAppState((state) => state.setQuery);
  const openHit = useAppState((state) => state.openHit);
  const openAt = useAppState((state) => state.openAt);
  const openQuote = useAppState((state) => state.openQuote);
  const makeReference = useAppState((state) => state.makeReference);
  const saveUserThemes = useAppState((state) => state.saveUserThemes);
  const refresh = useAppState((state) => state.refresh);
  const summaries = useResolvedLibrary();

  const resolve = useCallback((summary: StatementSummary) => texts.peek(summary), [texts]);
  const { reference: referenceSummary, other: otherSummary } = summaries;
  const yearOverYear = useYearOverYear(
    referenceSummary ? (resolve(referenceSummary) ?? null) : null,
    otherSummary,
    summaries.visible,
    resolve,
  );
  const previous = yearOverYear.previous?.kind === 'found' ? yearOverYear.previous.statement : null;
  const wanted = useMemo(
    () => [referenceSummary, otherSummary, previous].filter((s): s is StatementSummary => s !== null),
    [referenceSummary, otherSummary, previous],
  );
  useStatements(texts, wanted.length > 0 ? wanted : null);
  // The overview needs no texts but those of statements it has never compared (it fetches them itself).
  // The themes view fetches them itself, only when the themes kept in the library folder are not for this library.
  const needAll = view === 'search' || (view === 'compare' && summaries.other !== null);
  const allTexts = useStatements(texts, needAll ? summaries.visible : null);
  const visible = allTexts.status === 'ready' ? allTexts.statements : null;
  // Once every text is here (search, a comparison), the search worker indexes them in the background.
  const searchable = useSearchIndex(visible);
  const reference = summaries.reference ? (resolve(summaries.reference) ?? null) : null;
  const other = summaries.other ? (resolve(summaries.other) ?? null) : null;

  if (!snapshot) return null;
  const progress = <TextsProgress state={allTexts} onRetry={() => void refresh()} />;
  switch (view) {
    case 'compare':
      if ((summaries.other && !other) || (summaries.reference && !reference))
        return (
          <div className="compare-status" role="status">
            <span className="spinner" aria-hidden="true" /> Fetching the statement’s text…
          </div>
        );
      if (!reference) return null;
      return other ? (
        <CompareView
          reference={reference}
          other={other}
          yearOverYear={yearOverYear}
          statements={visible ? summaries.visible : null}
        />
      ) : (
        <ReferenceView reference={reference} />
      );
    case 'search':
      return (
        <>
          {progress}
          <SearchView
            corpus={searchable}
            referenceId={summaries.reference?.id ?? null}
            query={query}
            onQuery={setQuery}
            onOpenHit={openHit}
            focusRequest={searchFocus}
          />
        </>
      );
    case 'overview':
      return reference !== null && snapshot.statements.length > 0 ? (
        <OverviewView
          statements={summaries.visible}
          reference={reference}
          onReferenceChange={makeReference}
          onOpen={(statementId, block) => openAt(statementId, 'reference', block)}
        />
      ) : (
        <div className="compare-status" role="status">
          <span className="spinner" aria-hidden="true" /> Fetching the reference’s text…
        </div>
      );
    case 'themes':
      return summaries.reference !== null && snapshot.statements.length > 0 ? (
        <ThemesView
          statements={summaries.visible}
          reference={summaries.reference}
          userThemes={snapshot.userThemes}
          onSaveUserThemes={saveUserThemes}
          onOpen={openQuote}
        />
      ) : null;
    default: {
      const unknown: never = view;
      return unknown;
    }
  }
}
