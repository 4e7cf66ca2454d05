/** The progress indicator of a background job: what it is doing, and a bar when known (else a spinner). */
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
  // The spinner only until there is a bar: the bar moves as the job does, and a spinner beside it redrew the window at
  // every frame for as long as the job ran (in Chromium at 3,000 statements ~13% of a core in the compositor, the GPU
  // process and the browser, taken from the job's workers on two cores).
  return (
    <div className="job-progress" role="status">
      {!determinate && <span className="spinner" aria-hidden="true" />}
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
