/** The progress indicator of a background job: a spinner, what it is doing and, when known, a bar. */
import type { AnalysisProgress } from './protocol';
import './job-progress.css';

/** Shows `progress` (or `fallback` before the first note) as a live status. */
export function JobProgress({
  progress,
  fallback,
}: {
  readonly progress: AnalysisProgress | null;
  readonly fallback: string;
}) {
  const determinate = progress !== null && progress.total > 1;
  return (
    <div className="job-progress" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>
        {progress?.label ?? fallback}
        {determinate
          ? ` — ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}`
          : ''}
        …
      </span>
      {determinate && (
        <progress
          className="job-progress-bar"
          max={progress.total}
          value={progress.done}
          aria-label={progress.label}
        />
      )}
    </div>
  );
}

/** The error state of a background job: what failed, the worker's message, what to do next, and a retry. */
export function JobError({
  what,
  message,
  advice,
  onRetry,
  className = '',
}: {
  /** "The overview", "The themes". */
  readonly what: string;
  readonly message: string;
  /** What to try if retrying fails again. */
  readonly advice: string;
  readonly onRetry: () => void;
  readonly className?: string;
}) {
  return (
    <div className={`notice notice-error ${className}`.trim()} role="alert">
      <div>
        <p className="notice-line">
          {what} could not be worked out: {message}
        </p>
        <p className="notice-line muted">Try again. If it fails again, {advice}; your library is saved.</p>
      </div>
      <button type="button" className="button button-small" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
