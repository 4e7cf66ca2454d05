/** The typed messages between the window and the analysis worker. */
import type { Comparison } from '../../shared/compare/model';
import type { Statement } from '../../shared/statements/model';

/** Each job the worker runs: its input and its output. Part 2 adds 'overview' and 'themes' here. */
export interface AnalysisJobs {
  readonly compare: {
    readonly input: { readonly reference: Statement; readonly other: Statement };
    readonly output: Comparison;
  };
}

/** A job name. */
export type AnalysisKind = keyof AnalysisJobs;

/** A request to the worker; `id` pairs it with its response. */
export type AnalysisRequest = {
  readonly [K in AnalysisKind]: {
    readonly id: number;
    readonly kind: K;
    readonly input: AnalysisJobs[K]['input'];
  };
}[AnalysisKind];

/** The worker's answer to one request. */
export type AnalysisResponse =
  | {
      readonly [K in AnalysisKind]: {
        readonly id: number;
        readonly ok: true;
        readonly kind: K;
        readonly output: AnalysisJobs[K]['output'];
        /** Milliseconds the job took inside the worker. */
        readonly millis: number;
      };
    }[AnalysisKind]
  | { readonly id: number; readonly ok: false; readonly error: string };
