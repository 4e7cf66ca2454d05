/** The library sidebar: statements by year, filter, samples toggle, import and paste, per-statement actions. */
import { useId, useMemo, useRef, useState } from 'react';
import type { LibrarySnapshot } from '../../shared/ipc/contract';
import type { StatementSummary } from '../../shared/statements/summary';
import { IMPORT_ACCEPT } from '../import/supported-files';
import { groupByYear, matchesFilter } from './group-statements';
import { StatementBadges } from './statement-badges';
import { accessibleName } from './statement-labels';

/** Props of LibrarySidebar. */
export interface LibrarySidebarProps {
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

/** The left-hand library panel. */
export function LibrarySidebar(props: LibrarySidebarProps) {
  const { snapshot, referenceId, openId } = props;
  const [query, setQuery] = useState('');
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
        (s) => (!samplesHidden || !s.sample || s.id === referenceId) && matchesFilter(s, query),
      ),
    [snapshot, samplesHidden, query, referenceId],
  );
  const groups = useMemo(() => groupByYear(visible), [visible]);
  const sampleCount = snapshot.statements.filter((s) => s.sample).length;

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
          onChange={(event) => setQuery(event.currentTarget.value)}
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

      <nav className="library-list" aria-label="Statements">
        {groups.length === 0 && (
          <p className="muted library-empty">
            {query
              ? `No statement matches “${query}”.`
              : 'No statements yet. Drop files here, or use Import.'}
          </p>
        )}
        {groups.map((group) => (
          <section key={group.year ?? 'unknown'} className="year-group" aria-label={yearHeading(group.year)}>
            <h3 className="year-heading">{yearHeading(group.year)}</h3>
            <ul className="statement-list">
              {group.statements.map((statement) => (
                <LibraryItem
                  key={statement.id}
                  statement={statement}
                  isReference={statement.id === referenceId}
                  isOpen={statement.id === openId}
                  {...props}
                />
              ))}
            </ul>
          </section>
        ))}
      </nav>
    </aside>
  );
}

function yearHeading(year: number | null): string {
  return year === null ? 'Year unknown' : String(year);
}

interface LibraryItemProps extends LibrarySidebarProps {
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
}: LibraryItemProps) {
  const { city, country } = statement.metadata;
  const place = [city, country].filter(Boolean).join(', ');
  return (
    <li
      className={['statement-item', isOpen ? 'is-open' : '', isReference ? 'is-reference' : ''].join(' ')}
      data-statement-id={statement.id}
    >
      <button
        type="button"
        className="statement-open"
        aria-label={accessibleName(statement, isReference)}
        aria-current={isOpen ? 'true' : undefined}
        onClick={() => onOpen(statement.id)}
      >
        <span className="statement-title">{statement.title}</span>
        <span className="statement-meta">
          {isReference && <span className="badge badge-reference">★ reference</span>}
          <StatementBadges statement={statement} />
          {place && <span className="statement-place">{place}</span>}
        </span>
      </button>
      <div className="statement-actions">
        {!isReference && (
          <button type="button" className="link-button" onClick={() => onUseAsReference(statement.id)}>
            Use as reference
          </button>
        )}
        <button
          type="button"
          className="link-button"
          aria-label={`Edit details of ${statement.title}`}
          onClick={() => onEdit(statement)}
        >
          Edit
        </button>
        <button
          type="button"
          className="link-button link-danger"
          aria-label={`Remove ${statement.title}`}
          onClick={() => onRemove(statement)}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
