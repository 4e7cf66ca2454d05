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
        {determinate ? ` — ${progress.done} of ${progress.total}` : ''}…
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
