/** The library sidebar: statements by year (a virtualised list), filter, samples toggle, import and paste, actions. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { LibrarySnapshot } from '../../shared/ipc/contract';
import type { StatementSummary } from '../../shared/statements/summary';
import { IMPORT_ACCEPT } from '../import/supported-files';
import { useAppState, useResolvedLibrary } from '../state/store-context';
import { chunkGroups, groupByYear, matchesFilter, type YearChunk } from './group-statements';
import { StatementBadges } from './statement-badges';
import { accessibleName, editLabel, unknownFacts } from './statement-labels';
import { StatementMenu } from './statement-menu';
import { useLibraryKeys } from './use-library-keys';

/** What the sidebar shows and does. */
interface LibrarySidebarProps {
  readonly snapshot: LibrarySnapshot;
  /** The statement compared against (the bundled 2019 text unless the user chose another). */
  readonly referenceId: string;
  /** The statement open on the right, if any. */
  readonly openId: string | null;
  readonly onOpen: (id: string) => void;
  readonly onUseAsReference: (id: string) => void;
  readonly onEdit: (statement: StatementSummary) => void;
  readonly onRemove: (statement: StatementSummary) => void;
  readonly onImportFiles: (files: readonly File[]) => void;
  readonly onPaste: () => void;
  /** Resolves once the setting is saved and the library reloaded. */
  readonly onSetSamplesHidden: (hidden: boolean) => Promise<void>;
}

/**
 * Statements per virtualised row of the list: a year's run (the first with the year's heading). About a screenful
 * (~90 px a statement whose title takes two lines): with one row of overscan the first paint puts ~16 statements in
 * the DOM, not the 100 of runs of 25 with three rows of overscan (at 3,000 statements the list's first render and
 * layout were most of the ~0.5 s between the list's answer and the list on screen, measured in Chromium).
 */
const CHUNK = 8;
/** Rows rendered beyond each edge of the list's window. */
const OVERSCAN = 1;
/** A list of at most this many statements is rendered whole (every statement in the DOM, as a list of a few years). */
const WHOLE_LIST = 50;
/** A statement's height in the list before it is measured. */
const ITEM_HEIGHT = 62;

/** The left-hand library panel, once the library is loaded. */
export function LibrarySidebar() {
  const snapshot = useAppState((state) => state.snapshot);
  const open = useAppState((state) => state.open);
  const makeReference = useAppState((state) => state.makeReference);
  const openDialog = useAppState((state) => state.openDialog);
  const remove = useAppState((state) => state.remove);
  const importFiles = useAppState((state) => state.importFiles);
  const setSamplesHidden = useAppState((state) => state.setSamplesHidden);
  const { reference, other } = useResolvedLibrary();
  if (!snapshot) return null;
  return (
    <Sidebar
      snapshot={snapshot}
      referenceId={reference?.id ?? snapshot.referenceId}
      openId={other?.id ?? null}
      onOpen={open}
      onUseAsReference={makeReference}
      onEdit={(statement) => openDialog({ kind: 'metadata', statement })}
      onRemove={(statement) => void remove(statement)}
      onImportFiles={importFiles}
      onPaste={() => openDialog({ kind: 'paste' })}
      onSetSamplesHidden={setSamplesHidden}
    />
  );
}

function Sidebar(props: LibrarySidebarProps) {
  const { snapshot, referenceId } = props;
  const [query, setQuery] = useState('');
  // Typing stays immediate; the list of thousands follows a moment later.
  const filter = useDeferredValue(query);
  const list = useRef<HTMLElement>(null);
  // The checkbox follows the click at once, not only when the saved setting comes back.
  const [samplesHiddenPending, setSamplesHiddenPending] = useState<boolean | null>(null);
  const samplesHidden = samplesHiddenPending ?? snapshot.samplesHidden;
  const samplesRequest = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const filterId = useId();
  const samplesId = useId();

  const visible = useMemo(
    () =>
      snapshot.statements.filter(
        (s) => (!samplesHidden || !s.sample || s.id === referenceId) && matchesFilter(s, filter),
      ),
    [snapshot, samplesHidden, filter, referenceId],
  );
  const chunks = useMemo(() => chunkGroups(groupByYear(visible), CHUNK), [visible]);
  const virtualizer = useVirtualizer({
    count: chunks.length,
    getScrollElement: () => list.current,
    estimateSize: (index) => (chunks[index]?.statements.length ?? 0) * ITEM_HEIGHT + 32,
    getItemKey: (index) => chunks[index]?.key ?? index,
    overscan: visible.length <= WHOLE_LIST ? chunks.length : OVERSCAN,
  });
  const sampleCount = snapshot.statements.filter((s) => s.sample).length;
  const keys = useLibraryKeys({ chunks, openId: props.openId, list, virtualizer });
  const hintId = useId();

  return (
    <aside className="sidebar" aria-label="Library">
      <div className="sidebar-tools">
        <div className="sidebar-buttons">
          <button type="button" className="button button-primary" onClick={() => fileInput.current?.click()}>
            Import…
          </button>
          <button type="button" className="button" onClick={props.onPaste}>
            Paste statement…
          </button>
        </div>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          hidden
          aria-label="Statement files to import"
          data-testid="import-input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (files.length > 0) props.onImportFiles(files);
          }}
        />
        <label className="visually-hidden" htmlFor={filterId}>
          Filter statements by title, city or year
        </label>
        <input
          id={filterId}
          className="text-input"
          type="search"
          placeholder="Filter: title, city, year"
          value={query}
          data-library-filter
          aria-keyshortcuts="Alt+L"
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Down from the filter goes to the list.
            if (event.key !== 'ArrowDown') return;
            event.preventDefault();
            keys.focusActive();
          }}
        />
        {sampleCount > 0 && (
          <div className="checkbox-row">
            <input
              id={samplesId}
              type="checkbox"
              checked={!samplesHidden}
              onChange={(event) => {
                const hidden = !event.currentTarget.checked;
                const request = ++samplesRequest.current;
                setSamplesHiddenPending(hidden);
                // Only the latest click's answer may hand the checkbox back to the saved setting.
                void props
                  .onSetSamplesHidden(hidden)
                  .finally(() => request === samplesRequest.current && setSamplesHiddenPending(null));
              }}
            />
            <label htmlFor={samplesId}>Show samples ({sampleCount})</label>
          </div>
        )}
      </div>

      <p id={hintId} className="visually-hidden">
        Up and Down move between statements, Home and End go to the first and last, Enter opens one, Shift+F10
        or the Menu key shows its actions.
      </p>
      <nav
        ref={list}
        className="library-list"
        aria-label="Statements"
        // While the active statement is scrolled out of the DOM, the list itself takes the Tab stop.
        tabIndex={keys.activeRendered ? undefined : 0}
        onFocus={(event) => event.target === event.currentTarget && keys.focusActive()}
        onKeyDown={keys.onKeyDown}
      >
        {chunks.length === 0 && (
          <p className="muted library-empty">
            {query
              ? `No statement matches “${query}”.`
              : 'No statements yet. Drop files here, or use Import.'}
          </p>
        )}
        <div className="library-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const chunk = chunks[item.index];
            return chunk ? (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="library-row"
                style={{ top: item.start }}
              >
                <YearRun
                  chunk={chunk}
                  {...props}
                  activeId={keys.activeId}
                  menuId={keys.menuId}
                  hintId={hintId}
                  onActive={keys.setActive}
                  onMenu={keys.setMenu}
                  onMenuClosed={keys.menuClosed}
                />
              </div>
            ) : null;
          })}
        </div>
      </nav>
    </aside>
  );
}

/** What a row of the list needs for the keyboard: which statement takes the Tab stop, whose menu is open. */
interface RowKeys {
  readonly activeId: string | null;
  readonly menuId: string | null;
  /** The hint the statements' buttons are described by. */
  readonly hintId: string;
  readonly onActive: (id: string) => void;
  readonly onMenu: (id: string | null) => void;
  /** After the menu closed: focus back on its statement (Escape, an action), or left where it went (Tab). */
  readonly onMenuClosed: (id: string, refocus: boolean) => void;
}

// One row of the virtualised list: a year's heading and statements, or more statements of the year above.
function YearRun({
  chunk,
  ...props
}: { readonly chunk: YearChunk<StatementSummary> } & LibrarySidebarProps & RowKeys) {
  const items = (
    <ul className="statement-list">
      {chunk.statements.map((statement) => (
        <LibraryItem
          key={statement.id}
          statement={statement}
          isReference={statement.id === props.referenceId}
          isOpen={statement.id === props.openId}
          {...props}
        />
      ))}
    </ul>
  );
  if (!chunk.first) return items;
  return (
    <section className="year-group" aria-label={yearHeading(chunk.year)}>
      <h3 className="year-heading">{yearHeading(chunk.year)}</h3>
      {items}
    </section>
  );
}

function yearHeading(year: number | null): string {
  return year === null ? 'Year unknown' : String(year);
}

interface LibraryItemProps extends LibrarySidebarProps, RowKeys {
  readonly statement: StatementSummary;
  readonly isReference: boolean;
  readonly isOpen: boolean;
}

function LibraryItem({
  statement,
  isReference,
  isOpen,
  onOpen,
  onUseAsReference,
  onEdit,
  onRemove,
  activeId,
  menuId,
  hintId,
  onActive,
  onMenu,
  onMenuClosed,
}: LibraryItemProps) {
  const { city, country } = statement.metadata;
  const place = [city, country].filter(Boolean).join(', ');
  return (
    <li
      className={['statement-item', isOpen ? 'is-open' : '', isReference ? 'is-reference' : ''].join(' ')}
      data-statement-id={statement.id}
      onContextMenu={(event) => {
        // Right click, Shift+F10 or the Menu key: the statement's actions.
        event.preventDefault();
        onActive(statement.id);
        onMenu(statement.id);
      }}
    >
      <button
        type="button"
        className="statement-open"
        aria-label={accessibleName(statement, isReference)}
        aria-current={isOpen ? 'true' : undefined}
        aria-describedby={hintId}
        aria-haspopup="menu"
        aria-keyshortcuts="Shift+F10"
        // One Tab stop for the whole list: the active statement's; the arrow keys move it.
        tabIndex={statement.id === activeId ? 0 : -1}
        onFocus={() => onActive(statement.id)}
        onClick={() => onOpen(statement.id)}
      >
        <span className="statement-title" title={statement.title}>
          {statement.title}
        </span>
        <span className="statement-meta">
          {isReference && <span className="badge badge-reference">★ reference</span>}
          <StatementBadges statement={statement} />
          {unknownFacts(statement).map((fact) => (
            <span key={fact} className="badge badge-unknown">
              {fact} unknown
            </span>
          ))}
          {place && <span className="statement-place">{place}</span>}
        </span>
      </button>
      {/* For the mouse: the keyboard reaches the same actions through the menu, so they are no Tab stops. */}
      <div className="statement-actions">
        {!isReference && (
          <button
            type="button"
            className="link-button"
            tabIndex={-1}
            onClick={() => onUseAsReference(statement.id)}
          >
            Use as reference
          </button>
        )}
        <button
          type="button"
          className="link-button"
          tabIndex={-1}
          aria-label={`Edit details of ${statement.title}`}
          onClick={() => onEdit(statement)}
        >
          {editLabel(statement)}
        </button>
        <button
          type="button"
          className="link-button link-danger"
          tabIndex={-1}
          aria-label={`Remove ${statement.title}`}
          onClick={() => onRemove(statement)}
        >
          Remove
        </button>
      </div>
      {menuId === statement.id && (
        <StatementMenu
          statement={statement}
          isReference={isReference}
          onClose={(refocus) => onMenuClosed(statement.id, refocus)}
          onOpen={() => onOpen(statement.id)}
          onUseAsReference={() => onUseAsReference(statement.id)}
          onEdit={() => onEdit(statement)}
          onRemove={() => onRemove(statement)}
        />
      )}
    </li>
  );
}
