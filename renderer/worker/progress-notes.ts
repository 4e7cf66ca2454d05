/** A background job's two kinds of note over one sink: its progress, and what it has so far with the last progress. */
import type { AnalysisProgress } from './protocol';

/** `progress` tells `tell` each step; `partial` tells it what the job has so far, beside the last step told. */
export function progressNotes<P>(
  tell: (progress: AnalysisProgress, partial?: P) => void,
  first: AnalysisProgress,
): { readonly progress: (progress: AnalysisProgress) => void; readonly partial: (partial: P) => void } {
  let last = first;
  return {
    progress: (progress) => tell((last = progress)),
    partial: (partial) => tell(last, partial),
  };
}
