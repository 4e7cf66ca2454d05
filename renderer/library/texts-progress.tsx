/** What a view shows while the texts it needs come from the library, or why they did not. */
import { JobProgress } from '../worker/job-progress';
import type { TextsState } from './use-statements';

/** Progress of fetching texts (nothing once they are here), or the error with a way to try again. */
export function TextsProgress({
  state,
  onRetry,
}: {
  readonly state: TextsState;
  readonly onRetry: () => void;
}) {
  switch (state.status) {
    case 'idle':
    case 'ready':
      return null;
    case 'loading':
      return (
        <JobProgress
          progress={{ done: state.done, total: state.total, label: 'Fetching the statements’ texts' }}
          fallback="Fetching the statements’ texts"
        />
      );
    case 'error':
      return (
        <div className="notice notice-error" role="alert">
          <span>Could not fetch the statements’ texts: {state.message}</span>
          <button type="button" className="button button-small" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}
