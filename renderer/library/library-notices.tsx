/** What the main area says about the library itself: loading, load errors, set-aside files, empty, no reference. */
import { useAppState, useResolvedLibrary } from '../state/store-context';

/** The library's notices above the view. */
export function LibraryNotices() {
  const snapshot = useAppState((state) => state.snapshot);
  const error = useAppState((state) => state.libraryError);
  const problemsDismissed = useAppState((state) => state.problemsDismissed);
  const dismissProblems = useAppState((state) => state.dismissProblems);
  const refresh = useAppState((state) => state.refresh);
  const { reference } = useResolvedLibrary();
  return (
    <>
      {snapshot && snapshot.problems.length > 0 && !problemsDismissed && (
        <div className="notice notice-warning" role="alert">
          <div>
            <strong>Some library files were set aside:</strong>
            <ul>
              {snapshot.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismissProblems}>
            ×
          </button>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          <span>Could not load the library: {error}</span>
          <button type="button" className="button button-small" onClick={() => void refresh()}>
            Try again
          </button>
        </div>
      )}
      {!snapshot && !error && (
        <div className="compare-status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the library…
        </div>
      )}
      {snapshot && snapshot.statements.length === 0 && (
        <div className="empty-state">
          <span className="empty-symbol" aria-hidden="true">
            ⤓
          </span>
          <p className="empty-title">Drop statement files here, or use Import</p>
          <p className="muted">
            Plain text, Markdown, HTML, Word (.docx) or PDF — single files or whole folders.
          </p>
        </div>
      )}
      {snapshot && snapshot.statements.length > 0 && !reference && (
        <div className="notice notice-warning" role="alert">
          The reference statement is not in the library. Choose one with “Use as reference”.
        </div>
      )}
    </>
  );
}
