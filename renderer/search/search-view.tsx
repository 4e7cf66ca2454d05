/** The search view: one box searching every statement as you type, hits grouped by statement, click → compare. */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { findRanges, type SearchQuery, type StatementHits } from '../../shared/search/search';
import type { Statement } from '../../shared/statements/model';
import { StatementBadges } from '../library/statement-badges';
import { yearLabel } from '../library/statement-labels';
import { snippet } from './snippet';
import { useSearch } from './use-search';
import { plural, searchSummary } from './search-summary';
import type { SearchCorpus } from './search-client';
import './search.css';

/** Props of SearchView. */
export interface SearchViewProps {
  /** The statements searched (those the library shows, with their texts' hashes); null while texts are fetched. */
  readonly corpus: SearchCorpus | null;
  readonly referenceId: string | null;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  /** Opens the compare view at a paragraph of a statement. */
  readonly onOpenHit: (statementId: string, blockId: string) => void;
  /** A new value focuses the search box (the `/` and Ctrl+F shortcuts). */
  readonly focusRequest: number;
}

/** Statements' groups rendered at first, and added each time the reader nears the end of the list. */
const GROUPS_PER_PAGE = 30;

/** Statements' groups rendered with a new answer's counts, the rest of the first page once they are painted. */
const GROUPS_FIRST_SCREEN = 8;

/** Hits listed per statement before "Show all". */
const FIRST_HITS = 5;

/** Search across all statements. */
export function SearchView({
  corpus,
  referenceId,
  query,
  onQuery,
  onOpenHit,
  focusRequest,
}: SearchViewProps) {
  const [spellings, setSpellings] = useState(false);
  const state = useSearch(corpus, query, spellings);
  const statements = corpus?.statements ?? null;
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const byId = useMemo(() => new Map((statements ?? []).map((s) => [s.id, s])), [statements]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);
  useEffect(() => {
    document.title = 'Plenary Diff — Search';
  }, []);

  const shown =
    state.status === 'ready' || state.status === 'partial'
      ? state.results
      : state.status === 'searching'
        ? state.previous
        : null;

  // Arrow keys move between the hits; from the box, down goes to the first one.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const hits = [...(results.current?.querySelectorAll<HTMLButtonElement>('.search-hit') ?? [])];
    if (hits.length === 0) return;
    const at = hits.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? Math.min(hits.length - 1, at + 1) : at <= 0 ? -1 : at - 1;
    event.preventDefault();
    if (next < 0) input.current?.focus();
    else hits[next]?.focus();
  };

  return (
    <div className="search-view" onKeyDown={onKeyDown}>
      <div className="search-bar">
        <input
          ref={input}
          type="search"
          className="text-input search-input"
          aria-label="Search all statements"
          aria-describedby={hintId}
          placeholder="Search all statements"
          value={query}
          onChange={(event) => onQuery(event.currentTarget.value)}
          spellCheck={false}
        />
        <label className="checkbox-row search-spellings">
          <input
            type="checkbox"
            checked={spellings}
            onChange={(event) => setSpellings(event.currentTarget.checked)}
          />
          Match other spellings and acronyms (<kbd>CAR</kbd> for “Central African Republic”, “definition of
          conflict diamonds” for <kbd>conflict diamond definition</kbd>)
        </label>
        <p id={hintId} className="search-hint">
          Words are found together, in order, as a phrase: <kbd>rough diamonds</kbd>. Put phrases in quotes to
          find paragraphs holding all of them: <kbd>"civil society" "rough diamonds"</kbd>. Capitals and
          accents do not matter, and a word matches the start of longer ones (<kbd>diamond</kbd> finds
          “diamonds”).
        </p>
      </div>
      <p className="search-summary" role="status" data-testid="search-summary">
        {searchSummary(
          state,
          shown?.paragraphCount ?? 0,
          shown?.statements.length ?? 0,
          shown?.occurrenceCount ?? 0,
          query,
        )}
      </p>
      <div
        ref={results}
        className="search-results"
        aria-busy={state.status === 'searching' || state.status === 'partial'}
      >
        {shown && (
          <GroupPages key={groupsKey(shown.statements)} groups={shown.statements}>
            {(group) => {
              const statement = byId.get(group.statementId);
              return statement ? (
                <StatementGroup
                  key={group.statementId}
                  statement={statement}
                  isReference={statement.id === referenceId}
                  group={group}
                  query={shown.query}
                  onOpenHit={onOpenHit}
                />
              ) : null;
            }}
          </GroupPages>
        )}
      </div>
    </div>
  );
}

// Results for thousands of statements are rendered a page at a time: the next page when the end comes near. A new
// set of results shows its first screenful first, with the counts above it, and the rest of its first page just after
// that is painted (30 groups of hits with their marks took 40–180 ms to render at 3,000 statements).
function GroupPages({
  groups,
  children,
}: {
  readonly groups: readonly StatementHits[];
  readonly children: (group: StatementHits) => ReactNode;
}) {
  const [count, setCount] = useState(GROUPS_PER_PAGE);
  const [firstScreen, setFirstScreen] = useState(true);
  const end = useRef<HTMLDivElement>(null);
  const shown = firstScreen ? Math.min(count, GROUPS_FIRST_SCREEN) : count;
  const more = groups.length > shown;
  useEffect(() => afterPaint(() => setFirstScreen(false)), []);
  useEffect(() => {
    const element = end.current;
    if (!element || !more || firstScreen) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setCount((n) => n + GROUPS_PER_PAGE),
      { rootMargin: '600px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [more, count, firstScreen]);
  return (
    <>
      {groups.slice(0, shown).map(children)}
      {more && (
        <div ref={end} className="search-more-groups">
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFirstScreen(false);
              setCount(shown + GROUPS_PER_PAGE);
            }}
          >
            Show more statements ({(groups.length - shown).toLocaleString('en')} more)
          </button>
        </div>
      )}
    </>
  );
}

// Runs `task` once the next frame is painted (a timer set in an animation frame fires after its paint); returns a
// cancel.
function afterPaint(task: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

// A new set of results starts again from its first page.
function groupsKey(groups: readonly StatementHits[]): string {
  return `${groups.length}:${groups[0]?.statementId ?? ''}:${groups.at(-1)?.statementId ?? ''}`;
}

function StatementGroup({
  statement,
  isReference,
  group,
  query,
  onOpenHit,
}: {
  readonly statement: Statement;
  readonly isReference: boolean;
  readonly group: StatementHits;
  readonly query: SearchQuery;
  readonly onOpenHit: (statementId: string, blockId: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const blocks = useMemo(() => new Map(statement.blocks.map((b) => [b.id, b.text])), [statement]);
  const hits = expanded ? group.hits : group.hits.slice(0, FIRST_HITS);
  return (
    <section className="search-group" aria-labelledby={headingId} data-statement-id={statement.id}>
      <header className="search-group-header">
        <h3 id={headingId} className="search-group-title">
          {statement.title}
        </h3>
        <span className="search-group-facts">
          <span>{yearLabel(statement)}</span>
          {isReference && <span className="badge badge-reference">★ reference</span>}
          <StatementBadges statement={statement} />
          <span className="search-count">
            {plural(group.occurrenceCount, 'hit')} in {plural(group.hits.length, 'paragraph')}
          </span>
        </span>
      </header>
      <ol className="search-hits">
        {hits.map((hit) => (
          <li key={hit.blockId}>
            <button
              type="button"
              className="search-hit"
              data-block-id={hit.blockId}
              onClick={() => onOpenHit(statement.id, hit.blockId)}
            >
              <span className="para-number">¶{hit.paragraph}</span>
              <HitText text={blocks.get(hit.blockId) ?? ''} query={query} />
            </button>
          </li>
        ))}
      </ol>
      {group.hits.length > FIRST_HITS && (
        <button type="button" className="link-button search-more" onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${group.hits.length} paragraphs`}
        </button>
      )}
    </section>
  );
}

function HitText({ text, query }: { readonly text: string; readonly query: SearchQuery }) {
  const pieces = useMemo(() => snippet(text, findRanges(text, query)), [text, query]);
  return (
    <span className="search-snippet">
      {pieces.map((piece, index) => {
        switch (piece.kind) {
          case 'text':
            return <span key={index}>{piece.text}</span>;
          case 'mark':
            return <mark key={index}>{piece.text}</mark>;
          case 'gap':
            return (
              <span key={index} className="search-gap" aria-hidden="true">
                …
              </span>
            );
        }
      })}
    </span>
  );
}
