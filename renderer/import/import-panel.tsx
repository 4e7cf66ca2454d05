/** The progress of the current imports: one row per file, errors naming the file and the reason. */
import type { ImportRow, ImportStatus } from '../state/import-slice';
import { useAppState } from '../state/store-context';

const STATUS_WORDS: Record<ImportStatus, string> = {
  queued: 'queued',
  reading: 'reading…',
  importing: 'importing…',
  done: 'imported',
  duplicate: 'already in the library',
  error: 'failed',
  cancelled: 'cancelled',
};

const STATUS_SYMBOLS: Record<ImportStatus, string> = {
  queued: '○',
  reading: '◔',
  importing: '◑',
  done: '✓',
  duplicate: '=',
  error: '✗',
  cancelled: '–',
};

/** The import panel; renders nothing while there is nothing to report. */
export function ImportPanel() {
  const queue = useAppState((state) => state.imports);
  const clear = useAppState((state) => state.clearImports);
  const cancel = useAppState((state) => state.cancelImports);
  const busy = queue.busy || queue.backendProgress !== null;
  if (queue.rows.length === 0 && queue.notes.length === 0 && !queue.backendProgress) return null;
  const finished = queue.rows.filter(
    (row) => !['queued', 'reading', 'importing'].includes(row.status),
  ).length;
  const failed = queue.rows.filter((row) => row.status === 'error').length;
  const cancelled = queue.rows.filter((row) => row.status === 'cancelled').length;
  const menu = queue.backendProgress;
  return (
    <section className="import-panel" aria-label="Imports">
      <header className="import-panel-header">
        <h2 className="import-panel-title">
          {menu
            ? `Importing ${menu.done + 1} of ${menu.total}${menu.current ? `: ${menu.current}` : ''}…`
            : busy
              ? `Importing ${finished + 1} of ${queue.rows.length}…`
              : `Imported ${queue.rows.length - failed - cancelled} of ${queue.rows.length}` +
                (failed ? `, ${failed} failed` : '') +
                (cancelled ? `, ${cancelled} cancelled` : '')}
        </h2>
        {busy && (
          <button type="button" className="import-cancel" onClick={cancel}>
            Cancel
          </button>
        )}
        {!busy && (
          <button type="button" className="icon-button" aria-label="Close the import report" onClick={clear}>
            ×
          </button>
        )}
      </header>
      {busy ? (
        <ul className="import-rows" aria-live="polite">
          {queue.rows.map((row) => (
            <ImportRowItem key={row.id} row={row} />
          ))}
        </ul>
      ) : (
        <FinishedRows rows={queue.rows} />
      )}
      {queue.notes.map((note) => (
        <p key={note} className="import-note">
          {note}
        </p>
      ))}
    </section>
  );
}

/**
 * The rows of finished imports: what needs the user's eye (failed, already there, cancelled) stays in view; the
 * files imported fine fold into one line that opens on request, so a large import leaves the comparison its room.
 */
function FinishedRows({ rows }: { readonly rows: readonly ImportRow[] }) {
  const done = rows.filter((row) => row.status === 'done');
  const others = rows.filter((row) => row.status !== 'done');
  return (
    <>
      {others.length > 0 && (
        <ul className="import-rows" aria-live="polite">
          {others.map((row) => (
            <ImportRowItem key={row.id} row={row} />
          ))}
        </ul>
      )}
      {done.length > 0 && (
        <details className="import-done-list">
          <summary>
            {done.length === 1 ? `1 file imported: ${done[0]?.path ?? ''}` : `${done.length} files imported`}
          </summary>
          <ul className="import-rows">
            {done.map((row) => (
              <ImportRowItem key={row.id} row={row} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function ImportRowItem({ row }: { readonly row: ImportRow }) {
  return (
    <li className={`import-row import-${row.status}`} data-status={row.status}>
      <span className="import-symbol" aria-hidden="true">
        {STATUS_SYMBOLS[row.status]}
      </span>
      <span className="import-name" title={row.path}>
        {row.path}
      </span>
      <span className="import-status">{STATUS_WORDS[row.status]}</span>
      {row.status === 'error' && row.message && <span className="import-message">{row.message}</span>}
    </li>
  );
}
